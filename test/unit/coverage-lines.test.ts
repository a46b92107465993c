/**
 * The coverage rule looks for its topics line by line before it keys the whole overview. That is exact
 * only while every topic pattern matches within a line's key whenever it matches there in the whole
 * part's key: plain words and bounded gaps, no anchors, lookaround or back-references, and no literal
 * 、 or dot (a line's key reads a leading `1、` as `1.`, the whole part's key only its first one).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../shared/src';
import { TOPICS, plainWordsOf } from '../../shared/src/rules/coverage';
import { lineOf, seed } from '../helpers/fixtures';

describe('coverage: topics found line by line', () => {
  it('every topic pattern is made of words and bounded gaps only', () => {
    for (const t of TOPICS) {
      const src = t.pattern.source;
      // A caret opening a negated class (`[^\d.;；]`, a gap that stops at a clause's end) is no anchor: it is
      // allowed, as long as the class keeps the dot out of what it spans (a line's key writes a leading 1、 as 1.,
      // so a gap that stops at a dot stops at least as soon in a line as in the whole part).
      assert.doesNotMatch(src, /(?<!\[)\^|\$|\(\?[=!<]|\\b|\\B|\\\d|、|\\\./, `${t.name.en}: ${src}`);
      for (const m of src.matchAll(/\[\^([^\]]*)\]/g)) assert.ok(m[1]!.includes('.'), `${t.name.en}: a negated class spans dots: ${m[0]}`);
      assert.equal(t.pattern.flags.replace(/[u]/g, ''), '', `${t.name.en}: no flags that change matching`);
    }
  });

  it('a topic named only across two lines is still found (the whole part is keyed when a line does not do)', () => {
    const text = seed('003');
    const first = lineOf(text, '一、总体情况') + 1;
    // 003 lacks 政府信息管理 and 监督保障: write them split over two lines.
    const lines = text.split('\n');
    lines.splice(first + 1, 0, '加强信息', '管理，强化监', '督。');
    const findings = analyze(lines.join('\n')).findings.filter((f) => f.code === 'coverage');
    assert.deepEqual(findings, []);
  });

  it('a topic named nowhere is still reported', () => {
    const findings = analyze(seed('003')).findings.filter((f) => f.code === 'coverage');
    assert.equal(findings.length, 1);
    assert.match(findings[0]!.message['zh-CN'], /政府信息管理、监督保障/);
  });

  it('searches a line\'s text first for the plain words of a pattern alone (no gap, group or class)', () => {
    assert.equal(plainWordsOf(/主动公开|(?:公开|发布)[^\d.;|()]{0,40}\d{1,7}(?:条|篇)|网站|信息(?:全链条|全流程)管理|政策文件.{0,6}库/)?.source, '主动公开|网站');
    assert.equal(plainWordsOf(/(?:公开|发布)\d条/), undefined);
  });

  it('a topic whose words only the key joins (a space or quotes between them) is still found', () => {
    const text = seed('003');
    const first = lineOf(text, '一、总体情况') + 1;
    const lines = text.split('\n');
    lines.splice(first + 1, 0, '加强信息 管理，强化“监”督。');
    const findings = analyze(lines.join('\n')).findings.filter((f) => f.code === 'coverage');
    assert.deepEqual(findings, []);
  });
});
