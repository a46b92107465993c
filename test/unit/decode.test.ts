/**
 * Decoding report files (shared/node/decode.ts): UTF-16 saved without a byte-order mark is read when its bytes
 * leave no doubt, with the findings of its UTF-8 original, and written back byte for byte; binary stays refused.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { decode, encode } from '../../shared/node/decode';
import { analyze } from '../../shared/src';
import { SEEDS, seed } from '../helpers/fixtures';

const SEED_IDS = SEEDS.map((f) => f.slice(0, 3));

const findings = (text: string) => analyze(text).findings.map((f) => `${f.code} ${JSON.stringify(f.range)} ${f.message['zh-CN']}`);

describe('decode: UTF-16 without a BOM', () => {
  for (const id of SEED_IDS) {
    for (const order of ['utf-16le', 'utf-16be'] as const) {
      it(`seed ${id} saved as ${order} without a BOM: read as its UTF-8 original, the same findings, and written back to the same bytes`, () => {
        const text = seed(id);
        const le = Buffer.from(text, 'utf16le');
        const bytes = order === 'utf-16le' ? le : Buffer.from(le).swap16();
        const r = decode(bytes);
        assert.ok(r.ok, JSON.stringify(r));
        assert.equal(r.encoding, `${order}-no-bom`);
        assert.equal(r.text, text);
        assert.deepEqual(findings(r.text), findings(text));
        assert.deepEqual(encode(r.text, r.encoding), bytes);
      });
    }
  }

  it('English text in UTF-16 without a BOM (every other byte NUL) is read too', () => {
    const r = decode(Buffer.from('Annual report\r\nline two\r\n', 'utf16le'));
    assert.ok(r.ok);
    assert.equal(r.text, 'Annual report\r\nline two\r\n');
  });

  it('binary with NUL bytes stays binary; a UTF-16 pattern that does not decode is named as UTF-16 without a BOM', () => {
    for (let i = 0; i < 20; i++) {
      const r = decode(Buffer.concat([randomBytes(2000), Buffer.alloc(4)]));
      assert.ok(!r.ok && r.reason === 'binary', JSON.stringify(!r.ok && r));
    }
    // ASCII in UTF-16LE with an unpaired surrogate in it.
    const broken = Buffer.concat([Buffer.from('report text '.repeat(20), 'utf16le'), Buffer.from([0x00, 0xd8, 0x41, 0x00])]);
    const r = decode(broken);
    assert.ok(!r.ok && r.reason === 'utf-16-no-bom', JSON.stringify(r));
  });

  it('a text with a stray NUL or two is not taken for UTF-16 (its bytes do not decode so, or are not text)', () => {
    const text = Buffer.from(seed('002'), 'utf8');
    const r = decode(Buffer.concat([text.subarray(0, 100), Buffer.from([0, 0]), text.subarray(100)]));
    assert.ok(!r.ok && r.reason === 'binary', JSON.stringify(!r.ok && r));
  });
});

describe('decode: control characters', () => {
  const at = (s: string) => decode(Buffer.from(s, 'utf8'));

  it('more than one character in twenty a control character (no NUL) is binary; TAB, LF, VT, FF and CR are not counted', () => {
    for (const c of ['\u0001', '\u0008', '\u000e', '\u001b', '\u001f', '\u007f']) {
      const r = at(`报告${c}`.repeat(30) + '正文'.repeat(50));
      assert.ok(!r.ok && r.reason === 'binary' && r.detail === 'control characters', `${c.charCodeAt(0)}: ${JSON.stringify(r)}`);
      // One in 19 characters: binary; one in 21: text.
      assert.equal(at(`${c}${'文'.repeat(18)}`.repeat(10)).ok, false);
      assert.equal(at(`${c}${'文'.repeat(20)}`.repeat(10)).ok, true);
    }
    assert.ok(at('\t\n\u000b\u000c\r'.repeat(100)).ok);
    // The same with a BOM, and in UTF-16.
    assert.equal(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('\u0002a'.repeat(50))])).ok, false);
    assert.equal(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('\u0002文'.repeat(50), 'utf16le')])).ok, false);
  });

  it('only the first 64K characters are counted', () => {
    assert.ok(at('文'.repeat(65536) + '\u0001'.repeat(10000)).ok);
    assert.ok(at('文'.repeat(65530) + '\u0001'.repeat(10000)).ok);
    // 3,280 of the first 65,536 characters (5.005%): binary.
    assert.equal(at('文'.repeat(62256) + '\u0001'.repeat(10000)).ok, false);
    assert.ok(at('文'.repeat(62260) + '\u0001'.repeat(10000)).ok);
  });
});

describe('decode: UTF-8', () => {
  const fatal = (b: Uint8Array) => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b);
  /** Random text of every width of UTF-8: ASCII, two, three and four bytes, with U+FEFF, U+FFFD, U+FFFE and U+2028 among them. */
  const randomText = (length: number) => {
    const special = [0xfeff, 0xfffd, 0xfffe, 0xffff, 0x2028, 0x85, 0x0d, 0x0a];
    let s = '';
    for (let k = 0; k < length; k++) {
      const r = Math.random();
      let c: number;
      if (r < 0.05) c = special[Math.floor(Math.random() * special.length)]!;
      else if (r < 0.3) c = 0x20 + Math.floor(Math.random() * 0x5f);
      else if (r < 0.45) c = 0x80 + Math.floor(Math.random() * 0x780);
      else if (r < 0.85) do c = 0x800 + Math.floor(Math.random() * 0xf800); while (c >= 0xd800 && c < 0xe000);
      else c = 0x10000 + Math.floor(Math.random() * 0x100000);
      s += String.fromCodePoint(c);
    }
    return s;
  };

  it('valid UTF-8 reads exactly as a fatal TextDecoder reads it, with and without a BOM (a second BOM kept), short and long', () => {
    for (let i = 0; i < 300; i++) {
      const text = randomText(Math.floor(Math.random() * 400));
      const r = decode(Buffer.from(text, 'utf8'));
      if (r.ok) assert.equal(r.text, text.replace(/^\ufeff/, ''));
      else assert.equal(r.reason, 'binary', JSON.stringify(r));
      const withBom = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
      if (withBom.ok) assert.ok(withBom.encoding === 'utf-8-bom' && withBom.text === text);
    }
    for (const id of SEED_IDS) {
      const bytes = Buffer.from(seed(id), 'utf8');
      const r = decode(bytes);
      assert.ok(r.ok && r.encoding === 'utf-8' && r.text === fatal(bytes));
    }
    // Longer than what is converted by ICU (256 KB): read by TextDecoder, the same.
    const long = '政府信息公开工作年度报告\n'.repeat(30000);
    const r = decode(Buffer.from(`\ufeff\ufeff${long}`, 'utf8'));
    assert.ok(r.ok && r.encoding === 'utf-8-bom' && r.text === `\ufeff${long}`);
  });

  it('invalid UTF-8 is still read as damaged UTF-8 or as GB18030, never converted: overlong forms, surrogates, beyond U+10FFFF, cut sequences', () => {
    const body = Buffer.from(seed('002'), 'utf8');
    for (const bad of [[0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe0, 0x80, 0x80], [0xe6, 0x94]]) {
      for (const bom of [[], [0xef, 0xbb, 0xbf]]) {
        const r = decode(Buffer.concat([Buffer.from(bom), body.subarray(0, 300), Buffer.from(bad), body.subarray(300)]));
        assert.ok(r.ok && r.damage !== undefined && r.damage.count >= 1, JSON.stringify(r.ok ? r.damage : r));
        assert.ok(r.ok && r.text.includes('\ufffd'));
      }
    }
  });
});
