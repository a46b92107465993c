/** toLang: the messages' language from a locale, as clients and the command line give it. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toLang } from '../../shared/src';

describe('toLang', () => {
  it('English for en and its regions, in BCP 47 (en-US) and POSIX (en_US, en_GB.UTF-8) spelling', () => {
    for (const l of ['en', 'EN', 'en-US', 'en-gb', 'en_US', 'en_GB.UTF-8']) assert.equal(toLang(l), 'en', l);
  });
  it('Chinese for zh and its regions, for no locale and for any other language (the users are Chinese civil servants)', () => {
    for (const l of [undefined, '', 'zh-CN', 'zh_CN.UTF-8', 'zh-TW', 'ja', 'eng', 'enx', 'fr-FR']) assert.equal(toLang(l), 'zh-CN', String(l));
  });
});
