/** heading-variant: a part heading in other words than the national format's, or without its numeral (format §1.3). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Doc } from '../../helpers/doc';
import { applyEdits, fixAll, parseReport } from '../../../shared/src';
import { covered, expectNone, expectOne, findingsOf, only } from '../../helpers/findings';

const OFFICIAL = Doc.seed('001');

const HEADINGS = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

/** Seed 001 with its part headings numbered 1. … 6. (Word's list numbering as some exports write it). */
function arabic(separator = '. '): Doc {
  return numbered((i) => `${i + 1}${separator}`);
}

/** Seed 001 with its part headings numbered by `marker(i)` instead of 一、 … 六、. */
function numbered(marker: (i: number) => string): Doc {
  const doc = OFFICIAL.clone();
  HEADINGS.forEach((h, i) => doc.replace(h, `${marker(i)}${h.slice(2)}`));
  return doc;
}

describe('heading-variant: parts numbered 1. … 6.', () => {
  for (const separator of ['. ', '.', '．', '、']) {
    it(`seed 001 numbered “1${separator}总体情况” …: the six parts are read, one note for the report on its first heading, and its fix restores the original`, () => {
      const doc = arabic(separator);
      const fs = findingsOf(doc.text);
      assert.deepEqual(only(fs, 'missing-section'), []);
      assert.deepEqual(only(fs, 'section-order'), []);
      assert.deepEqual(only(fs, 'missing-table'), []);
      const notes = only(fs, 'heading-variant');
      assert.equal(notes.length, 1);
      const note = notes[0]!;
      assert.equal(note.range.start.line, OFFICIAL.line(HEADINGS[0]!));
      assert.equal(covered(doc.text, note.range), `1${separator}总体情况`.trimEnd());
      assert.equal(note.message['zh-CN'], `部分标题应使用“一、”“二、”这样的序号：本报告有6个部分标题用的是“1${separator.trim()}”这样的序号。`);
      assert.equal(note.message.en, `Parts are numbered “一、”, “二、”, …: 6 part headings of this report are numbered like “1${separator.trim()}”.`);
      assert.deepEqual(note.related.map((r) => r.range.start.line), HEADINGS.map((h) => OFFICIAL.line(h)));
      assert.equal(note.related[5]!.message['zh-CN'], `“6${separator}其他需要报告的事项”应为“六、其他需要报告的事项”`);
      assert.equal(note.fixes.length, 1);
      assert.equal(applyEdits(doc.text, note.fixes[0]!.edits).text, OFFICIAL.text);
      assert.equal(fixAll(doc.text, {}, new Set(['heading-variant'])).text, OFFICIAL.text);
    });
  }

  // Bracketed, as an ordinal (第一部分), and with the 、 lost (一总体情况, the numeral run into the words).
  for (const [name, marker] of [
    ['（一）', (i: number) => `（${'一二三四五六'[i]}）`],
    ['(1)', (i: number) => `(${i + 1})`],
    ['第一部分 ', (i: number) => `第${'一二三四五六'[i]}部分 `],
    ['一', (i: number) => '一二三四五六'[i]!],
  ] as const) {
    it(`seed 001 numbered “${name}总体情况” …: the six parts are read, one note for the report on its first heading, and its fix restores the original`, () => {
      const doc = numbered(marker);
      const fs = findingsOf(doc.text);
      assert.deepEqual(only(fs, 'missing-section'), []);
      assert.deepEqual(only(fs, 'section-order'), []);
      const notes = only(fs, 'heading-variant');
      assert.deepEqual(notes.map((f) => f.range.start.line), [OFFICIAL.line(HEADINGS[0]!)]);
      assert.equal(notes[0]!.severity, 'info');
      assert.equal(notes[0]!.message['zh-CN'], `部分标题应使用“一、”“二、”这样的序号：本报告有6个部分标题用的是“${marker(0).trim()}”这样的序号。`);
      assert.deepEqual(notes[0]!.related.map((r) => [r.range.start.line, covered(doc.text, r.range)]), HEADINGS.map((h, i) => [OFFICIAL.line(h), `${marker(i)}${h.slice(2)}`]));
      assert.equal(applyEdits(doc.text, notes[0]!.fixes[0]!.edits).text, OFFICIAL.text);
      assert.equal(fixAll(doc.text, {}, new Set(['heading-variant'])).text, OFFICIAL.text);
    });
  }

  it('第一部分 … with two headings also worded otherwise: the note counts them, the related information and the fix give the official wording', () => {
    const doc = numbered((i) => `第${'一二三四五六'[i]}部分 `)
      .replace('第四部分 政府信息公开行政复议、行政诉讼情况', '第四部分 因政府信息公开工作被申请行政复议、提起行政诉讼情况')
      .replace('第五部分 存在的主要问题及改进情况', '第五部分 存在问题及改进情况');
    const notes = only(findingsOf(doc.text), 'heading-variant');
    assert.equal(notes.length, 1, notes.map((f) => f.message['zh-CN']).join('\n'));
    assert.equal(notes[0]!.message['zh-CN'], '部分标题应使用“一、”“二、”这样的序号：本报告有6个部分标题用的是“第一部分”这样的序号，其中2个的用语也与国家格式不同。');
    assert.equal(notes[0]!.related[4]!.message['zh-CN'], '“第五部分 存在问题及改进情况”应为“五、存在的主要问题及改进情况”');
    assert.equal(applyEdits(doc.text, notes[0]!.fixes[0]!.edits).text, OFFICIAL.text);
  });

  it('one heading numbered otherwise among 一、 headings: a note of its own, with its own fix (as before)', () => {
    const doc = OFFICIAL.clone().replace('三、收到和处理政府信息公开申请情况', '第三部分 收到和处理政府信息公开申请情况');
    expectOne(doc.text, 'heading-variant', doc.find('第三部分 收到和处理政府信息公开申请情况'), {
      severity: 'info',
      zh: ['部分标题应使用“三、”这样的序号，不是“第三部分”。'],
      en: ['Parts are numbered “三、”, not “第三部分”.'],
      fixed: OFFICIAL.text,
    });
  });

  it('two headings numbered otherwise: one note, counting two', () => {
    const doc = OFFICIAL.clone().replace('二、主动公开政府信息情况', '2.主动公开政府信息情况').replace('五、存在的主要问题及改进情况', '（五）存在的主要问题及改进情况');
    const notes = only(findingsOf(doc.text), 'heading-variant');
    assert.equal(notes.length, 1);
    assert.equal(covered(doc.text, notes[0]!.range), '2.主动公开政府信息情况');
    assert.match(notes[0]!.message['zh-CN'], /本报告有2个部分标题用的是“2\.”这样的序号。$/);
    assert.equal(applyEdits(doc.text, notes[0]!.fixes[0]!.edits).text, OFFICIAL.text);
  });

  it('a run-in numeral is a part only under its own numeral and before the exact title: 一是总体情况…, 二总体情况 are not', () => {
    for (const line of ['一是总体情况良好', '二总体情况', '一总体情况较好，各项工作有序推进。']) {
      const doc = OFFICIAL.clone().replace('一、总体情况', line);
      assert.deepEqual(parseReport(doc.text).parts.map((p) => p.id), [2, 3, 4, 5, 6], line);
    }
  });

  it('a bracketed numeral that is not the part\'s own is a sub-heading: （一）其他事项 is no part 六', () => {
    const doc = OFFICIAL.clone().replace('六、其他需要报告的事项', '（一）其他事项');
    assert.deepEqual(parseReport(doc.text).parts.map((p) => p.id), [1, 2, 3, 4, 5]);
    assert.equal(only(findingsOf(doc.text), 'missing-section').length, 1);
  });

  it('（一）基本情况 under a report that heads part 一 as 一、 stays a sub-heading', () => {
    const doc = OFFICIAL.clone();
    doc.insertLines(doc.line('一、总体情况') + 1, '（一）基本情况');
    const fs = findingsOf(doc.text);
    assert.deepEqual(only(fs, 'duplicate-section'), []);
    assert.deepEqual(only(fs, 'heading-variant'), []);
    assert.equal(parseReport(doc.text).parts.length, 6);
  });

  it('a sub-heading inside a part that uses a part\'s words with an Arabic numeral stays a sub-heading', () => {
    const doc = OFFICIAL.clone();
    doc.insertLines(doc.line('二、主动公开政府信息情况') - 1, '2.主动公开政府信息情况', '全年主动公开政府信息1200条。');
    const fs = findingsOf(doc.text);
    assert.deepEqual(only(fs, 'duplicate-section'), []);
    assert.deepEqual(only(fs, 'heading-variant'), []);
    assert.equal(parseReport(doc.text).parts.length, 6);
  });

  it('an Arabic-numbered line whose words are not exactly a part\'s title is no part heading', () => {
    const doc = OFFICIAL.clone().replace('一、总体情况', '1. 总体情况及主要做法的说明');
    assert.deepEqual(parseReport(doc.text).parts.map((p) => p.id), [2, 3, 4, 5, 6]);
  });
});

describe('heading-variant fires', () => {
  const variants: [string, string, string][] = [
    ['四、政府信息公开行政复议、行政诉讼情况', '因政府信息公开工作被申请行政复议、提起行政诉讼情况', '政府信息公开行政复议、行政诉讼情况'],
    ['四、政府信息公开行政复议、行政诉讼情况', '政府信息公开行政复议和行政诉讼情况', '政府信息公开行政复议、行政诉讼情况'],
    ['四、政府信息公开行政复议、行政诉讼情况', '因政府信息公开工作被申请行政复议和提起行政诉讼情况', '政府信息公开行政复议、行政诉讼情况'],
    ['五、存在的主要问题及改进情况', '政府信息公开工作存在的主要问题及改进情况', '存在的主要问题及改进情况'],
    ['五、存在的主要问题及改进情况', '存在的主要问题和改进措施', '存在的主要问题及改进情况'],
    ['五、存在的主要问题及改进情况', '存在问题及改进情况', '存在的主要问题及改进情况'],
    ['三、收到和处理政府信息公开申请情况', '收到的处理政府信息公开申请情况', '收到和处理政府信息公开申请情况'],
  ];
  for (const [official, variant, title] of variants) {
    it(`seed 001 with “${official[0]}、${variant}” → heading-variant on the title, fix to “${title}”`, () => {
      const doc = OFFICIAL.clone().replace(official, `${official[0]}、${variant}`);
      expectOne(doc.text, 'heading-variant', doc.find(variant), {
        severity: 'info',
        zh: [`标题“${variant}”与国家格式不同，规范用语为“${title}”`],
        en: [`differs from the national format’s “${title}”`],
        fixed: OFFICIAL.text,
      });
      expectNone(doc.text, 'missing-section');
    });
  }

  // Words that do not name the part (known only by numeral and place) are another heading, not a variant (format §1.3, §11).
  for (const [official, wrong, title] of [
    ['二、主动公开政府信息情况', '信息发布情况', '主动公开政府信息情况'],
    ['五、存在的主要问题及改进情况', '下一步工作打算', '存在的主要问题及改进情况'],
    ['六、其他需要报告的事项', '工作亮点', '其他需要报告的事项'],
  ] as const) {
    it(`seed 001 with “${official[0]}、${wrong}” (words that do not name the part) → heading-variant as a warning, fix to “${title}”`, () => {
      const doc = OFFICIAL.clone().replace(official, `${official[0]}、${wrong}`);
      expectOne(doc.text, 'heading-variant', doc.find(wrong), {
        severity: 'warning',
        zh: [`标题“${wrong}”看不出是第${official[0]}部分“${title}”：它不是国家格式的标题，也不是其常见写法。`],
        en: [`does not name part ${official[0]}, “${title}”`],
        fixed: OFFICIAL.text,
      });
      expectNone(doc.text, 'missing-section');
    });
  }
  it('words that name the part without being a known variant (二、主动公开工作情况) stay a note (info)', () => {
    const doc = OFFICIAL.clone().replace('二、主动公开政府信息情况', '二、主动公开工作情况');
    expectOne(doc.text, 'heading-variant', doc.find('主动公开工作情况'), { severity: 'info', zh: ['与国家格式不同，规范用语为“主动公开政府信息情况”'] });
  });
  for (const heading of ['一、年度工作情况', '一、工作开展情况', '一、本年度工作情况']) {
    it(`part 一 named as the year's work (${heading}) stays a note (info)`, () => {
      const doc = OFFICIAL.clone().replace('一、总体情况', heading);
      expectOne(doc.text, 'heading-variant', doc.find(heading.slice(2)), { severity: 'info', zh: ['与国家格式不同，规范用语为“总体情况”'] });
    });
  }
  it('part 一 named by some other work (一、工作亮点) is a warning', () => {
    const doc = OFFICIAL.clone().replace('一、总体情况', '一、工作亮点');
    expectOne(doc.text, 'heading-variant', doc.find('工作亮点'), { severity: 'warning' });
  });
  for (const heading of ['三、政府信息公开申请情况', '三、受理政府信息公开申请情况', '三、政府信息公开申请办理情况', '三、办理政府信息公开申请情况']) {
    it(`part 三 named by its requests without 收到 or 处理 (${heading}) stays a note (info)`, () => {
      const doc = OFFICIAL.clone().replace('三、收到和处理政府信息公开申请情况', heading);
      expectOne(doc.text, 'heading-variant', doc.find(heading.slice(2)), { severity: 'info', zh: ['与国家格式不同，规范用语为“收到和处理政府信息公开申请情况”'] });
    });
  }
  it('a severity configured for the rule still applies to a heading that does not name its part', () => {
    const doc = OFFICIAL.clone().replace('六、其他需要报告的事项', '六、工作亮点');
    const fs = only(findingsOf(doc.text, { rules: { 'heading-variant': 'info' } }), 'heading-variant');
    assert.deepEqual(fs.map((f) => f.severity), ['info']);
  });

  it('a note in brackets after the title is part of it, colon and all: the note quotes “总体情况（单位：件）” whole and the fix gives the official title', () => {
    const doc = OFFICIAL.clone().replace('一、总体情况', '一、总体情况（单位：件）');
    expectOne(doc.text, 'heading-variant', doc.find('总体情况（单位：件）'), {
      zh: ['标题“总体情况（单位：件）”与国家格式不同，规范用语为“总体情况”'],
      fixed: OFFICIAL.text,
    });
    expectNone(doc.text, 'missing-section');
  });

  it('a heading without its numeral → heading-variant on it, fix adds the numeral', () => {
    const doc = OFFICIAL.clone().replace('六、其他需要报告的事项', '其他需要报告的事项');
    expectOne(doc.text, 'heading-variant', doc.find('其他需要报告的事项'), {
      zh: ['标题缺少序号，应为“六、其他需要报告的事项”'],
      en: ['lacks its numeral'],
      fixed: OFFICIAL.text,
    });
  });
});

describe('heading-variant: parts numbered （一）… with sub-headings numbered 1. …', () => {
  it('a sub-heading 1.主动公开情况 (a variant of part 二’s words, under another numeral) stays a sub-heading of part 一', () => {
    const doc = numbered((i) => `（${'一二三四五六'[i]}）`);
    doc.insertLines(doc.line('（一）总体情况') + 1, '1.主动公开情况', '');
    const fs = findingsOf(doc.text);
    assert.deepEqual(only(fs, 'duplicate-section'), []);
    assert.deepEqual(only(fs, 'section-order'), []);
    assert.deepEqual(only(fs, 'numbering-gap'), []);
    assert.equal(only(fs, 'heading-variant').length, 1);
    assert.deepEqual(parseReport(doc.text).parts.map((p) => p.id), [1, 2, 3, 4, 5, 6]);
  });
});

describe('heading-variant: a heading numbered as a list with its first sentence run in', () => {
  for (const [marker, separator] of [[(i: number) => `（${'一二三四五六'[i]}）`, '　'], [(i: number) => `${i + 1}.`, ' '], [(i: number) => `第${'一二三四五六'[i]}部分 `, '。']] as const) {
    const doc = numbered(marker);
    const numeral = marker(3);
    it(`“${numeral.trim()}政府信息公开行政复议、行政诉讼情况${separator}本年度…”: part 四, its text no part of its title`, () => {
      const run = doc.clone().replace(`${numeral}政府信息公开行政复议、行政诉讼情况`, `${numeral}政府信息公开行政复议、行政诉讼情况${separator}本年度未发生行政复议、行政诉讼。`);
      const fs = findingsOf(run.text);
      assert.deepEqual(only(fs, 'missing-section'), []);
      assert.deepEqual(only(fs, 'section-order'), []);
      assert.equal(parseReport(run.text).parts.find((p) => p.id === 4)?.title, '政府信息公开行政复议、行政诉讼情况');
      assert.equal(only(fs, 'heading-variant').length, 1);
    });
  }

  it('a sub-heading numbered as a list with a part’s words run into its sentence stays a sub-heading where the part is headed otherwise', () => {
    const doc = numbered((i) => `（${'一二三四五六'[i]}）`);
    doc.insertLines(doc.line('（一）总体情况') + 1, '1.主动公开情况。本年度主动公开政府信息120条。', '');
    const fs = findingsOf(doc.text);
    assert.deepEqual(only(fs, 'duplicate-section'), []);
    assert.deepEqual(parseReport(doc.text).parts.map((p) => p.id), [1, 2, 3, 4, 5, 6]);
  });
});

describe('heading-variant: parts headed by their titles alone', () => {
  it('all six headings without their numerals: one note on the first, each heading related, one fix numbers them all', () => {
    const doc = numbered(() => '');
    const fs = findingsOf(doc.text);
    assert.deepEqual(only(fs, 'missing-section'), []);
    const notes = only(fs, 'heading-variant');
    assert.equal(notes.length, 1);
    const note = notes[0]!;
    assert.equal(note.range.start.line, OFFICIAL.line(HEADINGS[0]!));
    assert.equal(note.message['zh-CN'], '部分标题应带“一、”“二、”这样的序号：本报告有6个部分标题没有序号。');
    assert.equal(note.message.en, 'Parts are numbered “一、”, “二、”, …: 6 part headings of this report have no numeral.');
    assert.deepEqual(note.related.map((r) => r.range.start.line), HEADINGS.map((h) => OFFICIAL.line(h)));
    assert.equal(note.related[1]!.message['zh-CN'], '“主动公开政府信息情况”应为“二、主动公开政府信息情况”');
    assert.equal(note.fixes.length, 1);
    assert.equal(applyEdits(doc.text, note.fixes[0]!.edits).text, OFFICIAL.text);
  });

  for (const separator of ['。', '：', ' ', '　']) {
    it(`titles alone with the part's first sentence run in after “${separator}”: the parts are read, in order`, () => {
      const doc = numbered(() => '');
      doc.replace('政府信息公开行政复议、行政诉讼情况', `政府信息公开行政复议、行政诉讼情况${separator}本年度未发生行政复议、行政诉讼。`);
      doc.replace('其他需要报告的事项', `其他需要报告的事项${separator}本年度未收取信息处理费。`);
      const fs = findingsOf(doc.text);
      assert.deepEqual(only(fs, 'missing-section'), []);
      assert.deepEqual(only(fs, 'section-order'), []);
      const parts = parseReport(doc.text).parts;
      assert.deepEqual(parts.map((p) => p.id), [1, 2, 3, 4, 5, 6]);
      assert.equal(parts.find((p) => p.id === 4)!.title, '政府信息公开行政复议、行政诉讼情况');
    });
  }

  it('a sentence that begins with a part’s title is no heading where the part has its own (五、… heads part 五)', () => {
    const doc = OFFICIAL.clone();
    doc.insertLines(doc.line('二、主动公开政府信息情况'), '存在的主要问题及改进情况：详见第五部分。', '');
    const parts = parseReport(doc.text).parts;
    assert.deepEqual(parts.map((p) => p.id), [1, 2, 3, 4, 5, 6]);
    assert.equal(parts.find((p) => p.id === 5)!.headingRange.start.line, doc.line('五、存在的主要问题及改进情况'));
    assert.deepEqual(only(findingsOf(doc.text), 'heading-variant'), []);
  });

  /** Seed 001 with `一、总体情况` gone and `title` run into the part's first paragraph (`总体情况：2024年，…`). */
  function runInOverview(doc: Doc, title: string): Doc {
    const first = doc.line('一、总体情况');
    const text = doc.line(/^2024年，湘潭县商务局坚持/);
    doc.setLine(text, `${title}${doc.text.split('\n')[text]}`);
    return doc.deleteLines(first);
  }

  for (const title of ['总体情况：', '总体情况:', '基本情况：', '概述：']) {
    it(`a short title with its colon run into part 一's first paragraph at the top (“${title}2024年，…”) heads part 一: the numeral is what it lacks`, () => {
      const doc = runInOverview(OFFICIAL.clone(), title);
      const fs = findingsOf(doc.text);
      assert.deepEqual(only(fs, 'missing-section'), []);
      const parts = parseReport(doc.text).parts;
      assert.deepEqual(parts.map((p) => p.id), [1, 2, 3, 4, 5, 6]);
      assert.equal(parts[0]!.headingRange.start.line, doc.line(title));
      assert.equal(parts[0]!.title, title.slice(0, -1));
      expectOne(doc.text, 'heading-variant', doc.find(title.slice(0, -1), doc.line(title)), { zh: ['标题缺少序号'] });
    });
  }

  it('the same where no part is numbered: one note counting six', () => {
    const doc = runInOverview(OFFICIAL.clone(), '总体情况：');
    for (const h of HEADINGS.slice(1)) doc.replace(h, h.slice(2));
    const fs = findingsOf(doc.text);
    assert.deepEqual(only(fs, 'missing-section'), []);
    assert.deepEqual(parseReport(doc.text).parts.map((p) => p.id), [1, 2, 3, 4, 5, 6]);
    const notes = only(fs, 'heading-variant');
    assert.equal(notes.length, 1);
    assert.match(notes[0]!.message['zh-CN'], /本报告有6个部分标题没有序号/);
  });

  // A short title is as likely a sentence's first words: only at the top, with a colon, where nothing else heads
  // part 一 and other parts' headings follow.
  const quiet: [string, (doc: Doc) => Doc][] = [
    ['part 一 headed 一、: a run-in 总体情况： in its text is text', (doc) => doc.replace('2024年，湘潭县商务局坚持', '总体情况：2024年，湘潭县商务局坚持')],
    ['after another part’s heading (in part 五)', (doc) => doc.deleteLines(doc.line('一、总体情况')).insertLines(doc.line('五、存在的主要问题及改进情况') + 1, '总体情况：本年度工作仍有不足。')],
    ['a stop, not a colon (总体情况。…)', (doc) => runInOverview(doc, '总体情况。')],
    ['more words than the title (总体情况良好：…)', (doc) => runInOverview(doc, '总体情况良好：')],
    ['a line numbered 一、 in words that name no part (一、工作开展情况) after it', (doc) => {
      runInOverview(doc, '基本情况：');
      return doc.insertLines(doc.line('基本情况：') + 1, '', '一、工作开展情况');
    }],
    ['no other part headed', (doc) => {
      runInOverview(doc, '总体情况：');
      for (const h of HEADINGS.slice(1)) doc.deleteLines(doc.line(h));
      return doc;
    }],
  ];
  for (const [what, edit] of quiet) {
    it(`a short run-in title heads no part: ${what}`, () => {
      const doc = edit(OFFICIAL.clone());
      const lines = doc.text.split('\n');
      for (const p of parseReport(doc.text).parts) assert.doesNotMatch(lines[p.headingRange.start.line]!, /^(?:总体情况|基本情况)/, `part ${p.id}`);
    });
  }

  it('two headings without numerals: one note counting two', () => {
    const doc = OFFICIAL.clone().replace('五、存在的主要问题及改进情况', '存在的主要问题及改进情况').replace('六、其他需要报告的事项', '其他需要报告的事项');
    const notes = only(findingsOf(doc.text), 'heading-variant');
    assert.equal(notes.length, 1);
    assert.match(notes[0]!.message['zh-CN'], /本报告有2个部分标题没有序号/);
    assert.equal(applyEdits(doc.text, notes[0]!.fixes[0]!.edits).text, OFFICIAL.text);
  });
});

describe('heading-variant stays quiet', () => {
  for (const s of ['000', '001', '002', '003', '004']) {
    it(`seed ${s} as published`, () => expectNone(Doc.seed(s).text, 'heading-variant'));
  }

  it('a part’s exact title followed by a space and its text on the same line: the text is no part of the title', () => {
    const doc = OFFICIAL.clone().replace('六、其他需要报告的事项', '六、其他需要报告的事项 本年度无其他需要报告的事项。');
    expectNone(doc.text, 'heading-variant');
    assert.equal(parseReport(doc.text).parts.find((p) => p.id === 6)?.title, '其他需要报告的事项');
  });

  it('a space after the title is looked for before its first stop only: a list-numbered title, a stop before the space', () => {
    const listed = OFFICIAL.clone().replace('六、其他需要报告的事项', '6.其他需要报告的事项 本年度无其他需要报告的事项。');
    assert.equal(parseReport(listed.text).parts.find((p) => p.id === 6)?.title, '其他需要报告的事项');
    // The stop ends the title; the space after it (in the part's text) is not where it ends.
    const stopped = OFFICIAL.clone().replace('六、其他需要报告的事项', '六、其他需要报告的事项。本年度 无其他需要报告的事项。');
    assert.equal(parseReport(stopped.text).parts.find((p) => p.id === 6)?.title, '其他需要报告的事项');
    expectNone(stopped.text, 'heading-variant');
  });

  it('typography is not wording: spaces, a dot or a space after the numeral', () => {
    const doc = OFFICIAL.clone()
      .replace('四、政府信息公开行政复议、行政诉讼情况', '四．政府信息公开行政复议、 行政诉讼情况')
      .replace('五、存在的主要问题及改进情况', '五.存在的主要问题及改进情况')
      .replace('一、总体情况', '一 总体情况')
      .replace('二、主动公开政府信息情况', '二、 主动公开 政府信息情况');
    expectNone(doc.text, 'heading-variant');
    assert.equal(only(findingsOf(doc.text), 'missing-section').length, 0);
  });
});
