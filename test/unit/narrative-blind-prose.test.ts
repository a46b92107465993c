/**
 * The prose rules on single-fault mutants of the seeds' prose (helper h5, a fifth blind battery: 542 mutants and
 * controls of a paragraph of claims built from each seed's own tables). What it missed: a zero statement naming the
 * requests in full after the outcome (没有不予公开的政府信息公开申请), a share in a paragraph of its own whose only
 * word for the requests is 予以公开的申请, and the applicants' total not adding up where the table is missing.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, type Finding } from '../../shared/src';
import { Doc } from '../helpers/doc';

const NARRATIVE = new Set(['narrative-mismatch', 'share-mismatch', 'change-mismatch', 'prose-sum', 'prose-conflict']);

function covered(text: string, f: { range: Finding['range'] }): string {
  const line = text.split(/\r\n|\n|\r/)[f.range.start.line]!;
  return line.slice(f.range.start.character, f.range.end.character);
}

/**
 * Seed 002 (一 178: 自然人171, 商业企业7; 二 5; 予以公开 99, 部分公开 14, 不予公开 12, 无法提供 33, 其他处理 20; （七）178;
 * 四 5) with its 依申请公开 paragraph (35 where the table has 178) made neutral, the sentence on a line of its own
 * after part 一's last paragraph (under 监督保障); without tables 三 and 四 when `bare`.
 */
function on(sentence: string, bare = false): string[] {
  const doc = Doc.seed('002');
  doc.setLine(doc.line('2.依申请公开方面'), '2.依申请公开方面。依法依规做好依申请公开工作。');
  if (bare) {
    for (const kind of ['review', 'requests'] as const) {
      const t = doc.table(kind);
      doc.deleteLines(t.startLine, t.endLine - t.startLine + 1);
    }
  }
  const line = doc.line('二、主动公开政府信息情况');
  doc.insertLines(line, sentence, '');
  const text = doc.text;
  return analyze(text)
    .findings.filter((f) => NARRATIVE.has(f.code) && f.range.start.line === line)
    .map((f) => `${f.code}:${covered(text, f)}`);
}

describe('a zero statement of one outcome naming the requests in full', () => {
  it('没有不予公开的政府信息公开申请 where the table has 12', () => {
    assert.deepEqual(on('本年度没有不予公开的政府信息公开申请。'), ['narrative-mismatch:没有不予公开的政府信息公开申请']);
  });

  it('全年无部分公开的依申请公开申请 where the table has 14', () => {
    assert.deepEqual(on('全年无部分公开的依申请公开申请。'), ['narrative-mismatch:无部分公开的依申请公开申请']);
  });

  it('is not read of an outcome that was none (没有不予处理的政府信息公开申请: 0)', () => {
    assert.deepEqual(on('本年度没有不予处理的政府信息公开申请。'), []);
  });

  it('nor of one cause of the outcome (没有因国家秘密不予公开的政府信息公开申请)', () => {
    assert.deepEqual(on('本年度没有因国家秘密不予公开的政府信息公开申请。'), []);
  });
});

describe('a share whose paragraph names the requests by their outcome alone', () => {
  it('予以公开的申请占全部办理结果的60.6% (99 of 178 is 55.6%)', () => {
    assert.deepEqual(on('予以公开的申请占全部办理结果的60.6%。'), ['share-mismatch:予以公开的申请占全部办理结果的60.6%']);
  });

  it('is right at 55.6%', () => {
    assert.deepEqual(on('予以公开的申请占全部办理结果的55.6%。'), []);
  });

  it('not of applications of another kind (行政许可申请中，予以公开的申请占60.6%)', () => {
    assert.deepEqual(on('行政许可申请中，予以公开的申请占60.6%。'), []);
  });
});

describe('the applicants and their total, the table missing', () => {
  it('自然人171件，法人或其他组织7件，共计179件 does not add up', () => {
    assert.deepEqual(on('其中自然人申请171件，法人或其他组织申请7件，共计179件。', true), ['prose-sum:共计179件']);
  });

  it('共计178件 does', () => {
    assert.deepEqual(on('其中自然人申请171件，法人或其他组织申请7件，共计178件。', true), []);
  });

  it('not with the carry-over named in the sentence (上年结转5件 … 共计183件)', () => {
    assert.deepEqual(on('上年结转5件，自然人申请171件，法人或其他组织申请7件，共计183件。', true), []);
  });
});

describe('a count handled against the figures the prose gives, the table missing', () => {
  const RECEIVED = '全年共收到政府信息公开申请178件，上年结转5件。';
  const OUTCOMES = '办理结果：予以公开99件，部分公开14件，不予公开12件，无法提供33件，其他处理20件，共计178件。';

  it('办结182件 is neither 一＋二 (178 + 5) nor （七）总计 (178)', () => {
    assert.deepEqual(on(RECEIVED + OUTCOMES + '全年共办结政府信息公开申请182件。', true), ['prose-conflict:共办结政府信息公开申请182件']);
  });

  it('办结183件 is 一＋二, 办结178件 （七）总计', () => {
    assert.deepEqual(on(RECEIVED + OUTCOMES + '全年共办结政府信息公开申请183件。', true), []);
    assert.deepEqual(on(RECEIVED + OUTCOMES + '全年共办结政府信息公开申请178件。', true), []);
  });

  it('not when the prose leaves one of them unsaid (no carry-over stated: 一＋二 unknown)', () => {
    assert.deepEqual(on('全年共收到政府信息公开申请178件。' + OUTCOMES + '全年共办结政府信息公开申请182件。', true), []);
  });

  it('not with the table there (narrative-mismatch compares the count with it)', () => {
    assert.deepEqual(on(RECEIVED + OUTCOMES + '全年共办结政府信息公开申请182件。'), ['narrative-mismatch:共办结政府信息公开申请182件']);
  });
});

/** Seed 003 (一 2: 自然人 2; 二 1) with the sentence on a line of its own before part 二. */
function on003(sentence: string): string[] {
  const doc = Doc.seed('003');
  const line = doc.line('二、主动公开政府信息情况');
  doc.insertLines(line, sentence, '');
  const text = doc.text;
  return analyze(text)
    .findings.filter((f) => NARRATIVE.has(f.code) && f.range.start.line === line)
    .map((f) => `${f.code}:${covered(text, f)}`);
}

describe('a part after 其中 more than the count it is part of (h6)', () => {
  it('收到申请2件，其中自然人申请3件: the table holds 3 as 一＋二’s 自然人, yet 3 is no part of 2', () => {
    assert.deepEqual(on003('2024年，本机关共收到政府信息公开申请2件，其中自然人申请3件，法人或其他组织申请0件。'), ['prose-sum:自然人申请3件']);
  });

  it('is quiet when the part fits (其中自然人申请2件)', () => {
    assert.deepEqual(on003('2024年，本机关共收到政府信息公开申请2件，其中自然人申请2件，法人或其他组织申请0件。'), []);
  });

  it('the table missing, the carry-over in the sentence (which the applicants’ sum leaves alone)', () => {
    assert.deepEqual(on('全年共收到政府信息公开申请170件，其中自然人申请171件，法人或其他组织申请7件，上年结转5件。', true), ['prose-sum:自然人申请171件']);
  });

  it('the parts of one list together more than the count', () => {
    assert.deepEqual(on('全年共收到政府信息公开申请175件，其中自然人申请171件，法人或其他组织申请7件，上年结转5件。', true), [
      'prose-sum:自然人申请171件，法人或其他组织申请7件',
    ]);
  });

  it('not a figure of another kind after 其中 (an outcome), nor a share, nor across sentences', () => {
    assert.deepEqual(on('全年共收到政府信息公开申请170件，其中予以公开175件。', true), []);
    assert.deepEqual(on('全年共收到政府信息公开申请170件，其中自然人申请占96.1%。', true), []);
    assert.deepEqual(on('全年共收到政府信息公开申请170件。其中自然人申请171件。', true), []);
  });

  it('其中上年结转 makes the count 一＋二: the sum already reports the whole, once', () => {
    assert.deepEqual(on('全年共收到政府信息公开申请170件，其中上年结转175件。', true), ['prose-sum:共收到政府信息公开申请170件']);
  });
});
