/**
 * Reading report files as they arrive: UTF-8 with or without BOM, UTF-16 LE/BE with BOM (or without one,
 * when the bytes leave no doubt), and GB18030/GBK (the default of Chinese Windows text files). Encoding back to the same bytes is what
 * lets `--fix` rewrite a file without changing its encoding.
 *
 * What is refused, and why:
 * - binary files (NUL bytes, or many control characters), with a precise word for the common
 *   look-alikes (PDF, Word .docx/.doc, RTF, UTF-32, UTF-16 without a BOM that does not decode cleanly);
 * - bytes that are neither UTF-8 nor GB18030.
 *
 * What is accepted with a warning ("damaged"): a file that is UTF-8 (or UTF-16 with a BOM) except for a
 * few invalid byte sequences — a truncated download, a bad copy. Decoding such a file as GB18030 would
 * turn every Chinese character into a wrong one without a single error, so it is read as what it
 * evidently is, each bad sequence becomes U+FFFD, and the caller learns how many there were and
 * where the first is. Such a file must never be written back (the bad bytes would be lost).
 */
import { isUtf8, transcode } from 'node:buffer';
import { lazy, libraries } from './lazy';

/** Only GB18030 files need it (UTF-8 and UTF-16 are decoded by Node itself). */
const iconv = lazy(() => libraries().iconv());

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'utf-16le-no-bom' | 'utf-16be-no-bom' | 'gb18030';

/** Why a file's bytes are not read as text. */
export type Refusal =
  | 'binary'
  | 'undecodable'
  | 'pdf'
  | 'docx'
  | 'doc'
  | 'rtf'
  | 'utf-32'
  | 'utf-16-no-bom';

/** Invalid byte sequences in an otherwise readable file: how many, and where the first one is (0-based). */
export interface Damage {
  readonly count: number;
  readonly line: number;
  readonly character: number;
}

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncoding; readonly damage?: Damage }
  | { readonly ok: false; readonly reason: Refusal; readonly detail: string };

const REPLACEMENT = 0xfffd;

/** Share of the first 64K characters for which `test` holds. */
function shareOf(text: string, test: (code: number) => boolean): number {
  const n = Math.min(text.length, 65536);
  if (n === 0) return 0;
  let hits = 0;
  for (let i = 0; i < n; i++) if (test(text.charCodeAt(i))) hits++;
  return hits / n;
}

/** Control characters other than TAB, LF, VT, FF, CR. */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/;

/**
 * Share of control characters other than TAB, LF, VT, FF, CR in the first 64K characters. Most texts have none,
 * which one pattern search tells (every file read is asked: a call of a test per character cost a third of the
 * decoding's time over the 2,000 benchmark reports, where the command line turns TurboFan's inlining off).
 */
function controlRatio(text: string): number {
  const first = text.search(CONTROL);
  if (first === -1 || first >= 65536) return 0;
  return shareOf(text, (c) => (c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13) || c === 0x7f);
}

function damageOf(text: string): Damage | undefined {
  let count = 0;
  let first = -1;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) {
    if (first === -1) first = i;
    count++;
  }
  if (count === 0) return undefined;
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < first; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { count, line, character: first - lineStart };
}

function accept(text: string, encoding: TextEncoding, damage?: Damage): Decoded {
  if (controlRatio(text) > 0.05) return { ok: false, reason: 'binary', detail: 'control characters' };
  return damage ? { ok: true, text, encoding, damage } : { ok: true, text, encoding };
}

/**
 * Bytes up to which valid UTF-8 is decoded by ICU (`utf8Text`); longer texts by TextDecoder, so that their string
 * is an ordinary one (Node makes a string of more than about 1 MB of UTF-16 an external one).
 */
const ICU_UTF8_BYTES = 256 * 1024;

/**
 * The text of bytes that are valid UTF-8, exactly as a fatal TextDecoder (not taking a BOM off) reads them;
 * undefined when they are not. Checked by `isUtf8`, then converted by ICU to UTF-16 and copied into the string:
 * V8's UTF-8 decoder, which TextDecoder and `toString('utf8')` use, is slow on Chinese text (over the 2,000
 * benchmark reports, 19 MB, 70–118 ms a pass against 17–30 ms this way).
 */
function utf8Text(bytes: Uint8Array): string | undefined {
  if (!isUtf8(bytes)) return undefined;
  if (bytes.length <= ICU_UTF8_BYTES) {
    try {
      return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
    } catch {
      // A Node built without ICU: as below.
    }
  }
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
}

/** Decodes strictly; if that fails, leniently, reporting the damage. */
function decodeWith(label: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array, encoding: TextEncoding): Decoded {
  const strict = label === 'utf-8' ? utf8Text(bytes) : strictText(label, bytes);
  if (strict !== undefined) return accept(strict, encoding);
  const text = new TextDecoder(label, { ignoreBOM: true }).decode(bytes);
  return accept(text, encoding, damageOf(text));
}

/** The text of UTF-16 bytes as a fatal TextDecoder reads them (not taking a BOM off); undefined when they are not valid. */
function strictText(label: 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function startsWith(buf: Uint8Array, ...sig: number[]): boolean {
  if (buf.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (buf[i] !== sig[i]) return false;
  return true;
}

/** Well-known document formats that people save with a .txt name or mistake for text. */
function knownFormat(buf: Uint8Array): Refusal | undefined {
  if (startsWith(buf, 0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf'; // %PDF-
  if (startsWith(buf, 0x50, 0x4b, 0x03, 0x04)) return 'docx'; // PK\3\4: .docx, .xlsx, .wps zip
  if (startsWith(buf, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'doc'; // OLE2: .doc, .xls, .wps
  if (startsWith(buf, 0x7b, 0x5c, 0x72, 0x74, 0x66)) return 'rtf'; // {\rtf
  if (startsWith(buf, 0xff, 0xfe, 0x00, 0x00) || startsWith(buf, 0x00, 0x00, 0xfe, 0xff)) return 'utf-32';
  return undefined;
}

/**
 * The byte order of UTF-16 saved without a BOM, from where its NUL bytes sit: mostly at odd offsets (the high
 * bytes of ASCII characters, little-endian) or mostly at even ones (big-endian), in the first 64K. A Chinese
 * report has few of them (its digits, tabs and line breaks), an English text many; `plenty` says whether
 * there are enough to call it UTF-16 even when it does not decode.
 */
function bomlessUtf16Order(buf: Uint8Array): { order: 'utf-16le' | 'utf-16be'; plenty: boolean } | undefined {
  if (buf.length < 4 || buf.length % 2 !== 0) return undefined;
  const n = Math.min(buf.length, 65536);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (buf[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  // Mostly of one parity: a CJK character whose code ends in 00 (开 U+5F00) puts a NUL at the other.
  if (even + odd === 0 || Math.min(even, odd) > (even + odd) / 5) return undefined;
  return { order: odd > even ? 'utf-16le' : 'utf-16be', plenty: even + odd >= n / 16 };
}

/** Share of CJK characters (ideographs, CJK and full-width punctuation) among the first 64K characters. */
function cjkRatio(text: string): number {
  return shareOf(text, (c) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef));
}

/**
 * UTF-16 without a BOM, read when nothing else can be meant: NUL bytes mostly of one parity, a strict decoding in
 * that byte order, no control characters to speak of, and either mostly CJK text or the NULs of mostly ASCII
 * text. (A binary file passes none of this; the same bytes read the other way round would be CJK ideographs
 * with NULs in them, which fails the control-character test.)
 */
function decodeBomlessUtf16(buf: Uint8Array): Decoded | undefined {
  const guess = bomlessUtf16Order(buf);
  if (!guess) return undefined;
  let text: string;
  try {
    text = new TextDecoder(guess.order, { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    return guess.plenty ? { ok: false, reason: 'utf-16-no-bom', detail: 'NUL bytes in UTF-16 pattern, invalid UTF-16' } : undefined;
  }
  if (controlRatio(text) > 0.05 || !(guess.plenty || cjkRatio(text) >= 0.3)) {
    return guess.plenty ? { ok: false, reason: 'utf-16-no-bom', detail: 'NUL bytes in UTF-16 pattern, not text' } : undefined;
  }
  return { ok: true, text, encoding: guess.order === 'utf-16le' ? 'utf-16le-no-bom' : 'utf-16be-no-bom' };
}

/** Counts U+FFFD and other non-ASCII characters in a leniently decoded text. */
function utf8Evidence(text: string): { bad: number; good: number } {
  let bad = 0;
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === REPLACEMENT) bad++;
    else if (c > 0x7f) good++;
  }
  return { bad, good };
}

export function decode(bytes: Uint8Array): Decoded {
  const buf = bytes;
  const format = knownFormat(buf);
  if (format) return { ok: false, reason: format, detail: format };
  if (startsWith(buf, 0xef, 0xbb, 0xbf)) return decodeWith('utf-8', buf.subarray(3), 'utf-8-bom');
  if (startsWith(buf, 0xff, 0xfe)) return decodeWith('utf-16le', buf.subarray(2), 'utf-16le');
  if (startsWith(buf, 0xfe, 0xff)) return decodeWith('utf-16be', buf.subarray(2), 'utf-16be');
  if (buf.includes(0)) return decodeBomlessUtf16(buf) ?? { ok: false, reason: 'binary', detail: 'NUL bytes' };
  // A leading BOM was taken off above (utf-8-bom): the fatal TextDecoder used here before, which takes one off, read the same.
  const text = utf8Text(buf);
  if (text !== undefined) return accept(text, 'utf-8');
  // Not valid UTF-8: GB18030 (a superset of GBK and GB2312), or damaged UTF-8.
  const lenient = new TextDecoder('utf-8').decode(buf);
  const { bad, good } = utf8Evidence(lenient);
  // Text in GB18030 read as UTF-8 is mostly invalid; UTF-8 with a few bad bytes is mostly valid.
  if (good >= 8 * bad) return accept(lenient, 'utf-8', damageOf(lenient));
  const gb = iconv().decode(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), 'gb18030', { stripBOM: false });
  if (gb.includes('\ufffd')) return { ok: false, reason: 'undecodable', detail: 'neither UTF-8 nor GB18030' };
  return accept(gb, 'gb18030');
}

export function encode(text: string, encoding: TextEncoding): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'utf-16le-no-bom':
      return Buffer.from(text, 'utf16le');
    case 'utf-16be-no-bom':
      return Buffer.from(text, 'utf16le').swap16();
    case 'gb18030':
      return iconv().encode(text, 'gb18030');
  }
}
