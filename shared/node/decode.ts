/**
 * Reading report files as they arrive: UTF-8 with or without BOM, UTF-16 with BOM, and GB18030/GBK
 * (the default of Chinese Windows text files). Binary files are refused. Encoding back to the same
 * bytes is what lets `--fix` rewrite a file without changing its encoding.
 */
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncoding }
  | { readonly ok: false; readonly reason: 'binary' | 'undecodable'; readonly detail: string };

/** Control characters other than TAB, LF, VT, FF, CR, and not NUL (NUL is checked on bytes). */
function controlRatio(text: string): number {
  const n = Math.min(text.length, 65536);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13) || c === 0x7f) bad++;
  }
  return bad / n;
}

function refuseControls(text: string, encoding: TextEncoding): Decoded {
  if (controlRatio(text) > 0.05) return { ok: false, reason: 'binary', detail: 'control characters' };
  return { ok: true, text, encoding };
}

export function decode(bytes: Uint8Array): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return refuseControls(new TextDecoder('utf-8').decode(buf.subarray(3)), 'utf-8-bom');
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return refuseControls(new TextDecoder('utf-16le').decode(buf.subarray(2)), 'utf-16le');
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return refuseControls(new TextDecoder('utf-16be').decode(buf.subarray(2)), 'utf-16be');
  }
  if (buf.includes(0)) return { ok: false, reason: 'binary', detail: 'NUL bytes' };
  try {
    return refuseControls(new TextDecoder('utf-8', { fatal: true }).decode(buf), 'utf-8');
  } catch {
    // Not UTF-8: Chinese Windows saves text as GB18030 (a superset of GBK and GB2312).
  }
  const text = iconv.decode(buf, 'gb18030');
  if (text.includes('\ufffd')) return { ok: false, reason: 'undecodable', detail: 'neither UTF-8 nor GB18030' };
  return refuseControls(text, 'gb18030');
}

export function encode(text: string, encoding: TextEncoding): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be': {
      const le = Buffer.from(text, 'utf16le');
      const be = Buffer.alloc(le.length);
      for (let i = 0; i + 1 < le.length; i += 2) {
        be[i] = le[i + 1]!;
        be[i + 1] = le[i]!;
      }
      return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
    }
    case 'gb18030':
      return iconv.encode(text, 'gb18030');
  }
}
