/**
 * What the analysis cache keeps from one keystroke to the next, so that a keystroke in a long report does not make
 * the whole document again: the subsections of unchanged headings and lines are the same objects, and a memo keeps
 * what the last analysis used and nothing else. (That a cached analysis equals a fresh one after any edit is
 * analysis-cache.test.ts's.)
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AnalysisCache, analyze, type ReportModel, type Subsection } from '../../shared/src';
import { Memo } from '../../shared/src/cache';
import { Doc } from '../helpers/doc';
import { seed } from '../helpers/fixtures';
import { bigReport } from '../helpers/generate';

function subsectionsOf(model: ReportModel): Subsection[] {
  const out: Subsection[] = [];
  const walk = (subs: readonly Subsection[]) => {
    for (const s of subs) {
      out.push(s);
      walk(s.children);
    }
  };
  for (const p of model.parts) walk(p.subsections);
  return out;
}

describe('analysis cache: what a keystroke makes again', () => {
  it('a keystroke in a subsection heading makes that subsection again and keeps every other (the same objects)', () => {
    const text = bigReport(seed('002'), 60_000);
    const cache = new AnalysisCache();
    const before = subsectionsOf(analyze(text, { cache }).model);
    assert.ok(before.length > 20, `${before.length} subsections`);
    const target = before[Math.floor(before.length / 2)]!;
    const line = target.range.start.line;
    const lines = text.split('\n');
    lines[line] = `${lines[line]!}的`;
    const edited = lines.join('\n');
    const after = subsectionsOf(analyze(edited, { cache }).model);
    assert.equal(after.length, before.length);
    const changed = after.filter((s, i) => s !== before[i]);
    // The edited heading's subsection, and those holding its line (none here: the seed's subsections do not nest there).
    assert.ok(changed.length >= 1 && changed.every((s) => s.fullRange.start.line <= line && line <= s.fullRange.end.line), `${changed.length} made again`);
    assert.deepEqual(after, subsectionsOf(analyze(edited).model));
  });

  it('a keystroke in one line of prose: the lists of kinds and of channels of the other lines are not read again (prose-sum’s findings there are the same objects)', () => {
    const doc = Doc.seed('002');
    const lists = [
      '本年度政务公开专栏发布信息74条（包括公开指南1条、政策文件60条、其他12条）。',
      '全年主动公开政务信息382条，包括政府网站350条，微信公众号80条。',
      '本年度办结申请58件，其中网络申请14件，信函申请50件。',
    ];
    const text = doc.insertLines(doc.line(/^一、/) + 1, ...lists).text;
    const cache = new AnalysisCache();
    const proseSum = (t: string) => analyze(t, { cache }).findings.filter((f) => f.code === 'prose-sum');
    const before = proseSum(text);
    assert.equal(before.length, 3);
    // A character typed into the second list: its finding is made again, the others' are kept.
    const edited = text.replace('微信公众号80条', '微信公众号81条');
    const after = proseSum(edited);
    assert.equal(after.length, 3);
    assert.deepEqual(after.map((f, i) => f.message === before[i]!.message), [true, false, true]);
    assert.deepEqual(after, analyze(edited).findings.filter((f) => f.code === 'prose-sum'));
    // A line typed above them moves them: the same findings, on their new lines, equal to a fresh analysis's.
    const moved = edited.replace(lists[0]!, `新的一行。\n${lists[0]!}`);
    assert.deepEqual(analyze(moved, { cache }).findings, analyze(moved).findings);
  });

  it('a keystroke in the prose keeps what narrative-mismatch says of the other failing claims (the same objects); a changed cell says it again', () => {
    const doc = Doc.seed('002');
    const text = doc.insertLines(doc.line(/^一、/) + 1, '全年共收到政府信息公开申请999件，予以公开888件。', '本年度工作有序推进。').text;
    const cache = new AnalysisCache();
    const narrative = (t: string) => analyze(t, { cache }).findings.filter((f) => f.code === 'narrative-mismatch');
    const before = narrative(text);
    assert.ok(before.length >= 2, `${before.length} findings`);
    // A character typed into another line of prose: every message is the one made before.
    const typed = text.replace('本年度工作有序推进。', '本年度工作有序推进了。');
    const after = narrative(typed);
    assert.equal(after.length, before.length);
    assert.ok(after.every((f, i) => f.message === before[i]!.message && f.related === before[i]!.related));
    assert.deepEqual(after, analyze(typed).findings.filter((f) => f.code === 'narrative-mismatch'));
    // A cell of table 三 changed: the readings are new, and so is what is said (equal to a fresh analysis's).
    const cell = typed.replace(/^\t178$/m, '\t177');
    assert.notEqual(cell, typed);
    const changed = narrative(cell);
    assert.ok(changed.some((f) => f.message['zh-CN'].includes('177件')));
    assert.ok(changed.every((f, i) => f.message !== after[i]?.message));
    assert.deepEqual(changed, analyze(cell).findings.filter((f) => f.code === 'narrative-mismatch'));
  });

  it('whether a paragraph names a narrower own part, and whether a line may state the period, are asked once a text, not at every keystroke', () => {
    const doc = Doc.seed('002');
    const narrower = '全县共收到政府信息公开申请200件，其中县政府本级收到35件。';
    const period = '本报告所列数据的统计期限为2024年1月1日至2024年12月31日。';
    const text = doc.insertLines(doc.line(/^一、/) + 1, period, narrower, '本年度工作有序推进。').text;
    const cache = new AnalysisCache();
    const { model } = analyze(text, { cache });
    // The memos are keyed by the folded text (full-width punctuation folded).
    const folded = (line: string) => model.folded[model.lines.findIndex((l) => l.text === line)]!;
    assert.equal(cache.narrowerOwn.lookup(folded(narrower)), true);
    assert.equal(cache.periodHints.lookup(folded(period)), true);
    // A keystroke elsewhere: both answers kept (the same entries, asked again from the memo).
    const typed = analyze(text.replace('本年度工作有序推进。', '本年度工作有序推进了。'), { cache });
    assert.equal(cache.narrowerOwn.lookup(folded(narrower)), true);
    assert.equal(cache.periodHints.lookup(folded(period)), true);
    assert.deepEqual(typed.model.period, analyze(text).model.period);
  });

  it('a memo forgets, when an analysis ends, what that analysis did not use, and keeps what it did', () => {
    const memo = new Memo<number>();
    let computed = 0;
    const length = (key: string): number => {
      computed++;
      return key.length;
    };
    memo.get('收到申请35件', length);
    memo.get('予以公开20件', length);
    memo.sweep();
    assert.equal(memo.size, 2);
    // The next analysis uses one of them: the other is forgotten when it ends.
    assert.equal(memo.get('收到申请35件', length), 7);
    assert.equal(computed, 2);
    memo.sweep();
    assert.equal(memo.size, 1);
    memo.get('予以公开20件', length);
    assert.equal(computed, 3);
  });
});
