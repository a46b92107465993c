/**
 * What the cross-year rules share: whether last year's report is really last year's, and reading a
 * cell of either report by row id and column.
 */
import { text, type LocalizedText } from '../i18n';
import type { Cell, ReportModel, Table, TableRow } from '../model';
import type { TableKind } from '../template';
import { reportYear, tableOf } from './helpers';
import { Derived } from '../derived';

/**
 * The two reports are consecutive years, or at least not known to be otherwise: when both years are
 * known and the previous one is not this year minus one, the cross-year relations do not apply.
 */
export function consecutive(model: ReportModel, previous: ReportModel): boolean {
  const y = reportYear(model);
  const p = reportYear(previous);
  return y === undefined || p === undefined || p === y - 1;
}

/**
 * The body a report's title names: the title without its years, the words every report title has, spaces
 * and punctuation (`湘潭县2024年政府信息公开工作年度报告` → `湘潭县`).
 */
export function bodyOf(title: string): string {
  // 县政府 is 县人民政府, its common short name (县政府办公室 too).
  return bodyNameOf(title).replace(/人民政府/g, '政府').replace(/政府$/, '').replace(PROVINCE_BEFORE_PLACE, '');
}

/**
 * A province named before a place of its own (湖南省湘潭县, 广东省湛江市…): the same body as the place alone, as one
 * year's title may name the province and the other's not. Only before a place (a name ending in 市, 县, 区, 州, 盟 or
 * 旗): 湖南省商务厅 is not 商务厅, which may be any province's.
 */
const PROVINCE_BEFORE_PLACE = /^\p{Script=Han}{2,7}?(?:省|自治区)(?=\p{Script=Han}{2,8}?[市县区州盟旗])/u;

/** The body as the title names it, for messages: `bodyOf` before the short and full names of a government are made one. */
export function bodyNameOf(title: string): string {
  return title
    .replace(/(?:19|20|１９|２０)[0-9０-９]{2}\s*年?度?|[〇零一二三四五六七八九]{4}\s*年?度?/g, '')
    .replace(/政府信息公开|信息公开|工作|年度|年报|报告|关于|的/g, '')
    .replace(/[\s\u3000\p{P}\p{S}]/gu, '')
    // 湘潭县人民政府 is 湘潭县 (not 湘潭县人民政府办公室).
    .replace(/人民政府$/, '');
}

/** What a report's title is read from: its model, or its identity (`parseIdentity`). */
type Titled = { readonly title?: { readonly text: string } };

/** The body both titles name when they name different ones (`--previous` given another body's report), else undefined. */
export function otherBody(model: Titled, previous: Titled): { readonly mine: string; readonly theirs: string } | undefined {
  const mine = model.title ? bodyOf(model.title.text) : '';
  const theirs = previous.title ? bodyOf(previous.title.text) : '';
  return mine && theirs && mine !== theirs ? { mine: bodyNameOf(model.title?.text ?? ''), theirs: bodyNameOf(previous.title?.text ?? '') } : undefined;
}

/**
 * Last year's report is this body's report of the year before, as far as the two tell: consecutive
 * years and, where both titles name a body, the same one.
 */
export function lastYearsOwn(model: ReportModel, previous: ReportModel): boolean {
  return consecutive(model, previous) && otherBody(model, previous) === undefined;
}

/** The report's words without layout, export leftovers or years: what a copy keeps. */
export function essence(model: ReportModel): string {
  let e = essences.get(model);
  if (e === undefined) {
    e = model.masked
      .join('')
      .replace(/[\s\u3000\u00a0]+/g, '')
      // A year in ASCII or full-width digits (２０２３) or in Chinese numerals.
      .replace(/(?:19|20|１９|２０)[0-9０-９]{2}|[一二][〇零九][〇零一二三四五六七八九]{2}/g, '#');
    essences.set(model, e);
  }
  return e;
}

const essences = new Derived<ReportModel, string>('essence');

/** Texts shorter than this are not compared whole (a stub is not a copied report). */
const MIN_TEXT = 200;

/**
 * This year's report is last year's with only the years changed. `copied-report` says so once; the
 * other cross-year rules stay quiet then, as their findings would only restate it.
 */
export function wholeCopy(model: ReportModel, previous: ReportModel): boolean {
  const mine = essence(model);
  return mine.length >= MIN_TEXT && mine === essence(previous);
}

/** A year in ASCII or full-width digits (２０２３) or in Chinese numerals: what a copy changes. */
const YEAR = /(?:19|20|１９|２０)[0-9０-９]{2}|[一二][〇零九][〇零一二三四五六七八九]{2}/g;

/** Lines shorter than this (once without layout) are headings, labels or a 无, not paragraphs a copy is told by. */
const MIN_PARAGRAPH = 30;

/** Prose shorter than this is not compared (a report of a few sentences shares most of them with any year's). */
const MIN_PROSE = 300;

/** The share of the prose, in characters, that last year's paragraphs must hold for the prose to be a copy. */
const COPIED_SHARE = 0.9;

/**
 * The report's paragraphs outside its tables, title and part headings, without layout or years; lines too short
 * to tell a copy (sub-headings, 单位：件, 无) are left out.
 */
export function paragraphs(model: ReportModel): string[] {
  let out = paragraphsOf.get(model);
  if (out !== undefined) return out;
  const skip = new Set<number>(model.parts.map((p) => p.headingRange.start.line));
  if (model.title) for (let l = model.title.range.start.line; l <= model.title.range.end.line; l++) skip.add(l);
  out = [];
  model.masked.forEach((line, i) => {
    if (skip.has(i) || model.tables.some((t) => i >= t.startLine && i <= t.endLine)) return;
    const e = line.replace(/[\s\u3000\u00a0]+/g, '').replace(YEAR, '#');
    if (e.length >= MIN_PARAGRAPH) out!.push(e);
  });
  paragraphsOf.set(model, out);
  return out;
}

const paragraphsOf = new Derived<ReportModel, string[]>('paragraphs');

/**
 * This year's prose is last year's with only the years changed, the tables apart: nine tenths of its paragraphs,
 * by characters, are paragraphs of last year's report word for word (a report whose figures were updated and
 * whose text was not). Boilerplate every year repeats (the preface, 单位：件, the labels of the tables) is too
 * little of a report's prose to make a copy.
 */
export function proseCopy(model: ReportModel, previous: ReportModel): boolean {
  const mine = paragraphs(model);
  const theirs = new Set(paragraphs(previous));
  let total = 0;
  let copied = 0;
  for (const p of mine) {
    total += p.length;
    if (theirs.has(p)) copied += p.length;
  }
  return total >= MIN_PROSE && copied >= COPIED_SHARE * total;
}

export function rowOf(model: ReportModel, kind: TableKind, rowId: string): { table: Table; row: TableRow } | undefined {
  const table = tableOf(model, kind);
  const row = table?.rows.find((r) => r.spec?.id === rowId);
  return table && row ? { table, row } : undefined;
}

/** A cell's number, or undefined when the cell is missing, blank or not a number. */
export function numberIn(cell: Cell | undefined): number | undefined {
  return cell?.value.kind === 'number' ? cell.value.value : undefined;
}

/** `2023年度报告` / `the 2023 report`, or `上一年度报告` when its year is unknown. */
export function previousName(previous: ReportModel): LocalizedText {
  const y = reportYear(previous);
  return y === undefined ? text('上一年度报告', 'last year’s report') : text(`${y}年度报告`, `the ${y} report`);
}
