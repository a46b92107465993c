/** The five real reports with their exact expected findings (issue 2, "done when"). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brief, findings, lineOf, seed } from '../helpers/fixtures';

const serious = (text: string) => findings(text).filter((f) => f.severity === 'error' || f.severity === 'warning');

describe('seed reports', () => {
  it('001: no error or warning', () => {
    assert.deepEqual(brief(serious(seed('001'))), []);
  });

  it('002: no error; the two narrative-mismatch warnings only; infos for 不再受理 and 其他法律和行政法规禁止公开', () => {
    const text = seed('002');
    const line = lineOf(text, '全年共受理政府信息公开申请35件') + 1;
    assert.deepEqual(brief(serious(text)), [`narrative-mismatch@${line}`, `narrative-mismatch@${line}`]);
    const infos = findings(text).filter((f) => f.code === 'label-variant');
    assert.deepEqual(infos.map((f) => f.range.start.line), [
      lineOf(text, '其他法律和行政法规禁止公开'),
      lineOf(text, '逾期不补正、行政机关不再受理'),
      lineOf(text, '收费通知要求缴纳费用、行政机关不再受理'),
    ]);
  });

  it('003: numbering-gap on （四）积极回应社会关切 and a coverage warning naming 政府信息管理 and 监督保障', () => {
    const text = seed('003');
    assert.deepEqual(brief(serious(text)), [`coverage@${lineOf(text, '一、总体情况') + 1}`, `numbering-gap@${lineOf(text, '（四）积极回应社会关切') + 1}`]);
    const coverage = serious(text).find((f) => f.code === 'coverage')!;
    assert.match(coverage.message['zh-CN'], /政府信息管理、监督保障/);
  });

  it('004: no error or warning; hints for the bookmark and the stray page number', () => {
    const text = seed('004');
    assert.deepEqual(brief(serious(text)), []);
    const hints = findings(text).filter((f) => f.code === 'artifact');
    const lines = text.split(/\r?\n/);
    const pageNumber = lines.map((l) => l.trim()).lastIndexOf('1');
    assert.deepEqual(hints.map((f) => f.range.start.line), [lineOf(text, '[bookmark: _GoBack]'), pageNumber]);
    assert.ok(pageNumber > lineOf(text, '六、其他需要报告的事项'));
  });

  it('000: no error; one empty-cell warning for table 三 and one for table 四; an info-fee warning', () => {
    const text = seed('000');
    const fs = serious(text);
    assert.equal(fs.filter((f) => f.severity === 'error').length, 0);
    assert.deepEqual(brief(fs), [
      `empty-cell@${lineOf(text, '本列数据的勾稽关系') + 1}`,
      `empty-cell@${lineOf(text, '行政复议\t') + 1}`,
      `info-fee@${lineOf(text, '六、其他需要报告的事项') + 1}`,
    ]);
    assert.match(fs[0]!.message['zh-CN'], /150个空白单元格/);
    assert.match(fs[1]!.message['zh-CN'], /12个空白单元格/);
  });
});
