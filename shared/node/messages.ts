/**
 * Plain-language reasons, in Chinese and English, for a file that could not be read, decoded or
 * written. Shared by the command line and the language server so both say the same thing.
 */
import type { Lang } from '../src/i18n';
import type { Damage, Refusal } from './decode';

type Pair = Readonly<Record<Lang, string>>;

const IO: Readonly<Record<string, Pair>> = {
  ENOENT: { 'zh-CN': '文件或文件夹不存在（可能已被删除或移走）', en: 'no such file or folder (it may have been deleted or moved)' },
  EACCES: { 'zh-CN': '没有权限', en: 'permission denied' },
  EPERM: { 'zh-CN': '操作不被允许', en: 'operation not permitted' },
  EISDIR: { 'zh-CN': '这是文件夹，不是文件', en: 'is a folder, not a file' },
  ENOTDIR: { 'zh-CN': '路径中有一段不是文件夹', en: 'a part of the path is not a folder' },
  ELOOP: { 'zh-CN': '符号链接循环', en: 'symbolic link loop' },
  EDANGLING: { 'zh-CN': '符号链接已失效（指向的文件或文件夹不存在）', en: 'a broken symbolic link (what it points to does not exist)' },
  ENOTREG: { 'zh-CN': '不是普通文件（可能是设备、管道或套接字）', en: 'not a regular file (a device, pipe or socket)' },
  ENAMETOOLONG: { 'zh-CN': '路径太长', en: 'path too long' },
  EMFILE: { 'zh-CN': '打开的文件太多', en: 'too many open files' },
  ENOSPC: { 'zh-CN': '磁盘空间不足', en: 'no space left on the disk' },
  EROFS: { 'zh-CN': '文件系统只读', en: 'read-only file system' },
  EIO: { 'zh-CN': '读写设备出错', en: 'input/output error' },
  EBUSY: { 'zh-CN': '文件正被占用', en: 'file busy' },
  ECHANGED: { 'zh-CN': '检查期间文件被其他程序改动过', en: 'the file was changed by another program while it was being checked' },
  ENOREPORTS: {
    'zh-CN': '文件夹（含子文件夹）中没有可检查的报告文件（纯文本、Word、OpenDocument、网页或 PDF）',
    en: 'the folder (sub-folders included) holds no report file to check (plain text, Word, OpenDocument, web page or PDF)',
  },
  ENOMATCH: {
    'zh-CN': '没有这个文件或文件夹，作为通配符模式也没有匹配到报告文件',
    en: 'no such file or folder, and no report file matches it as a pattern',
  },
  EBADNAME: {
    'zh-CN': '名称不是 UTF-8 编码（多半是在 Linux 上解压的 Windows 压缩包，名称为 GBK 编码），无法打开：请用 unzip -O GBK 重新解压，或改名',
    en: 'its name is not UTF-8 (most likely a Windows zip unpacked on Linux, names in GBK) and cannot be opened: unpack it again with unzip -O GBK, or rename it',
  },
};

/** A system error code (`ENOENT`, …) in words; unknown codes are shown as they are. */
export function describeIoError(code: string, lang: Lang): string {
  const known = IO[code];
  return known ? known[lang] : code;
}

const REFUSALS: Readonly<Record<Refusal, Pair>> = {
  binary: { 'zh-CN': '不是文本文件（看起来是二进制文件）', en: 'not a text file (looks binary)' },
  undecodable: {
    'zh-CN': '无法识别文件编码（既不是 UTF-8/UTF-16，也不是 GB18030/GBK）；请用“记事本”另存为 UTF-8',
    en: 'unknown text encoding (neither UTF-8/UTF-16 nor GB18030/GBK); save it as UTF-8',
  },
  pdf: {
    'zh-CN': '这是 PDF 文件，不能直接检查；请检查该报告的 Word 或网页版本，或在 PDF 阅读器中全选、复制正文，粘贴保存为 .txt 后检查（复制出的表格也能识别）',
    en: "this is a PDF file, which cannot be checked directly; check the report's Word or web-page version, or select all in a PDF reader, copy, and save the text as .txt (tables copied so are read)",
  },
  docx: { 'zh-CN': '这是 Word/WPS（.docx 等压缩包）文件，不是纯文本；请先另存为 .txt', en: 'this is a Word/WPS (.docx or other zip) file, not plain text; save it as .txt first' },
  doc: { 'zh-CN': '这是旧版 Word/WPS（.doc）文件，不是纯文本；请先另存为 .txt', en: 'this is an old Word/WPS (.doc) file, not plain text; save it as .txt first' },
  rtf: { 'zh-CN': '这是 RTF 文件，不是纯文本；请用 Word 或 WPS 另存为 .docx 后检查', en: 'this is an RTF file, not plain text; save it as .docx from Word or WPS and check that' },
  'utf-32': { 'zh-CN': '这是 UTF-32 编码的文件，不支持；请另存为 UTF-8', en: 'UTF-32 text is not supported; save it as UTF-8' },
  'utf-16-no-bom': {
    'zh-CN': '看起来是不带 BOM 的 UTF-16 文本，无法可靠识别；请另存为 UTF-8 或带 BOM 的 UTF-16',
    en: 'looks like UTF-16 text without a byte-order mark, which cannot be read reliably; save it as UTF-8 or UTF-16 with a BOM',
  },
};

export function describeRefusal(reason: Refusal, lang: Lang): string {
  return REFUSALS[reason][lang];
}

export function describeTooBig(size: number, limit: number, lang: Lang): string {
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  return lang === 'zh-CN'
    ? `文件太大（${mb(size)} MB，上限 ${mb(limit)} MB），不像是年度报告，已跳过`
    : `file too large (${mb(size)} MB, limit ${mb(limit)} MB); not a report, skipped`;
}

export function describeDamage(d: Damage, lang: Lang): string {
  return lang === 'zh-CN'
    ? `有 ${d.count} 处无效的字节序列（第一处在第 ${d.line + 1} 行第 ${d.character + 1} 列），已替换为 “\ufffd” 后检查；此文件不会被 --fix 改写`
    : `${d.count} invalid byte sequence${d.count === 1 ? '' : 's'} (the first at line ${d.line + 1}, column ${d.character + 1}) replaced by “\ufffd” for checking; --fix will not rewrite this file`;
}

export function describeWriteFailure(code: string, lang: Lang): string {
  return lang === 'zh-CN'
    ? `修复后写回失败（${describeIoError(code, lang)}），原文件未改动`
    : `writing the fixed file failed (${describeIoError(code, lang)}); the original is unchanged`;
}

export function describeReadFailure(code: string, lang: Lang): string {
  return lang === 'zh-CN' ? `无法读取：${describeIoError(code, lang)}` : `cannot read: ${describeIoError(code, lang)}`;
}
