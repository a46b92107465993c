/** Why a report file could not be read, with the message a person sees (Chinese first). */
import type { Lang } from '../../src';
import type { Refusal } from '../decode';
import { describeReadFailure, describeRefusal } from '../messages';

/** Text refused by `decode` (binary, unknown encoding, a PDF…), or a document that cannot be read. */
export type ReadFailureReason =
  | Refusal
  | 'unreadable'
  | 'not-zip'
  | 'no-document'
  | 'odt'
  | 'odt-not-zip'
  | 'odt-no-text'
  | 'encrypted'
  | 'doc-unsupported'
  | 'doc-fast-saved'
  | 'doc-no-word'
  | 'too-large'
  | 'pdf-no-text'
  | 'pdf-unruled'
  | 'malformed';

export class ReadError extends Error {
  constructor(
    readonly reason: ReadFailureReason,
    readonly detail = '',
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
  }
}

const MESSAGES: Readonly<Record<Exclude<ReadFailureReason, Refusal>, Readonly<Record<Lang, string>>>> = {
  unreadable: { 'zh-CN': '无法读取文件', en: 'cannot read the file' },
  'not-zip': { 'zh-CN': '不是有效的 Word 文档（.docx 应为 zip 压缩包），已跳过', en: 'not a valid Word document (a .docx is a zip package); skipped' },
  'no-document': { 'zh-CN': '压缩包中没有 Word 正文（word/document.xml），不是 .docx 文档，已跳过', en: 'the package has no Word body (word/document.xml): not a .docx; skipped' },
  // The .docx reader's word that a package is OpenDocument text: the .odt reader then reads it (./index.ts).
  odt: { 'zh-CN': '这是 OpenDocument 文本（.odt），不是 .docx', en: 'this is an OpenDocument text (.odt), not a .docx' },
  'odt-not-zip': { 'zh-CN': '不是有效的 OpenDocument 文本（.odt 应为 zip 压缩包，.fodt 应为 XML），文件可能已损坏，已跳过', en: 'not a valid OpenDocument text (an .odt is a zip package, an .fodt XML); the file may be damaged; skipped' },
  'odt-no-text': { 'zh-CN': '压缩包中没有 OpenDocument 文本正文（content.xml 中的 office:text），不是 .odt 文字文档，已跳过', en: 'the package has no OpenDocument text body (office:text in content.xml): not an .odt text document; skipped' },
  encrypted: { 'zh-CN': '文档已加密（设置了打开密码），请去除密码后再检查', en: 'the document is encrypted (password to open); remove the password and check again' },
  'doc-unsupported': { 'zh-CN': '这是 Word 6.0/95 或更早版本的 .doc 文件，无法读取，请在 Word 或 WPS 中另存为 .docx 后再检查', en: 'this .doc file is from Word 6.0/95 or earlier and cannot be read; save it as .docx in Word or WPS and check again' },
  'doc-fast-saved': { 'zh-CN': '这个 .doc 文件是“快速保存”的（修改追加在文件末尾），无法可靠读取，请在 Word 或 WPS 中另存一次（或另存为 .docx）后再检查', en: 'this .doc file was fast-saved (its edits appended to the file) and cannot be read reliably; save it again in Word or WPS (or as .docx) and check again' },
  'doc-no-word': { 'zh-CN': '这是 OLE 复合文档，但其中没有 Word 正文（WordDocument 流），不是 Word/WPS 文字文档，已跳过', en: 'an OLE compound file without a Word body (WordDocument stream): not a Word or WPS text document; skipped' },
  'pdf-no-text': { 'zh-CN': 'PDF 中没有可提取的文字，可能是扫描件（图片），无法检查，已跳过', en: 'the PDF has no text to extract, probably a scan (images); skipped' },
  'pdf-unruled': { 'zh-CN': 'PDF 中的表格没有表格线，按文字位置也无法可靠还原表格，已跳过；请检查 Word 版本，或表格带框线的 PDF', en: 'the PDF\'s tables have no ruling lines and cannot be rebuilt reliably from the text\'s positions; skipped. Check the Word version, or a PDF whose tables are ruled' },
  'too-large': { 'zh-CN': '文件过大，已跳过', en: 'the file is too large; skipped' },
  malformed: { 'zh-CN': '文档内容已损坏，无法解析，已跳过', en: 'the document is damaged and cannot be parsed; skipped' },
};

export function readFailureMessage(reason: ReadFailureReason, lang: Lang, detail?: string): string {
  if (!(reason in MESSAGES)) return describeRefusal(reason as Refusal, lang);
  // A system error code (ENOENT…) in words, as for every other file the checker cannot read.
  if (reason === 'unreadable' && detail && /^E[A-Z]+$/.test(detail)) return describeReadFailure(detail, lang);
  const m = MESSAGES[reason as Exclude<ReadFailureReason, Refusal>][lang];
  if (!detail) return m;
  return lang === 'zh-CN' ? `${m}（${detail}）` : `${m} (${detail})`;
}
