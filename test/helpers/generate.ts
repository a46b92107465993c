/**
 * Reports made from the seeds for tests and the benchmark: long reports, reports with varied figures,
 * and hostile inputs. Deterministic: the same arguments give the same text.
 */

/** A report of about `size` characters: `base` with its overview prose repeated (a long report). */
export function bigReport(base: string, size: number): string {
  const lines = base.split('\n');
  const partTwo = lines.findIndex((l) => /^二、/.test(l.trim()));
  const prose = lines.slice(0, partTwo).filter((l) => l.length > 100);
  const extra: string[] = [];
  let length = base.length;
  for (let i = 0; length < size; i++) {
    const l = prose[i % prose.length]!;
    extra.push(l);
    length += l.length + 1;
  }
  return [...lines.slice(0, partTwo), ...extra, ...lines.slice(partTwo)].join('\n');
}

/** A small deterministic pseudo-random generator (mulberry32), values in [0, 1). */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `base` with about one figure in `rate` replaced by another (figures in prose and tables alike). */
export function varyFigures(base: string, seed: number, rate = 0.1): string {
  const next = random(seed);
  return base.replace(/\d+/g, (m) => (next() < rate ? String(Math.floor(next() * 300)) : m));
}

export interface HostileInput {
  readonly name: string;
  readonly text: string;
}

/**
 * Inputs built to make a parser or a regular expression misbehave: very long lines, runs of one
 * character that patterns look for, tens of thousands of heading-like lines, NUL bytes, lone
 * surrogates, unclosed export leftovers, a table of a hundred thousand rows, a multi-megabyte report.
 */
export function hostileInputs(typical: string): HostileInput[] {
  const prose = '2024年全年共受理政府信息公开申请35件，其中予以公开12件、部分公开3件，未收到行政复议申请';
  const line = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  return [
    { name: '2 MB single line of prose', text: line(prose, 2_000_000) },
    { name: '2 MB single line without sentence breaks', text: line('全年共受理政府信息公开申请35件和', 2_000_000) },
    { name: 'a megabyte of （', text: '（'.repeat(1_000_000) },
    { name: 'a megabyte of digits', text: '1'.repeat(1_000_000) },
    { name: 'a megabyte of spaces and ideographic spaces', text: `一、总体情况\n${line(' \u3000', 1_000_000)}\n` },
    { name: 'a megabyte of Chinese numerals', text: `一、总体情况\n${line('一二三四五六七八九十百千万亿', 1_000_000)}件` },
    { name: 'a megabyte of 未无没有', text: `三、收到和处理政府信息公开申请情况\n${line('未无没有暂无', 1_000_000)}申请` },
    // A zero statement and a bare zero, each before a megabyte of spaces: what must close a clause is looked for from its end.
    { name: 'a negation and a bare zero before a megabyte of spaces', text: `三、收到和处理政府信息公开申请情况\n依申请公开：收到申请178件，未出现不予公开${line(' \u3000', 500_000)}x；均为自然人申请${line(' ', 250_000)}x；上年结转为零${line(' ', 250_000)}x` },
    { name: 'a megabyte of **', text: line('*', 1_000_000) },
    // Each before a third of a megabyte of spaces, then words that fail late: patterns with an optional word between
    // two \s* (日?, (?:扣除…)?) backtracked through every way of sharing the spaces out, quadratic in their length.
    {
      name: 'a count, dates and a month, each before a third of a megabyte of spaces',
      text: `一、总体情况\n${[
        ['依申请公开收到申请5件', 'x，与上年持平，同比增长5%。'],
        ['2024年1月1', 'x，与上年持平。'],
        ['2024年1月03', 'x，同比增长5%。'],
        ['本报告统计期限为2024年1月1', '日x。'],
      ].map(([before, after]) => `${before}${' '.repeat(330_000)}${after}`).join('\n')}\n`,
    },
    // 截至 and a year before a third of a megabyte of spaces: a month after an optional year, and a span of two years,
    // each had \s* on both sides of an optional word (年?) and shared the spaces out every way.
    {
      name: 'a date counted up to and a span of years, each before a third of a megabyte of spaces',
      text: `一、总体情况\n全年截至${' '.repeat(330_000)}行政复议1件。\n全年2024${' '.repeat(330_000)}-x 行政复议1件。\n`,
    },
    { name: 'a megabyte of shares without a clause break', text: `一、总体情况\n依申请公开${line('予以公开占1%', 1_000_000)}\n${line('占1%', 1_000_000)}` },
    { name: 'a megabyte of shares, each with its count', text: `三、收到和处理政府信息公开申请情况\n依申请公开${line('予以公开99件，占1%，', 1_000_000)}` },
    // Each clause a statement about every case, each of which looked at the whole sentence before it.
    { name: 'a megabyte of case counts, each all upheld', text: `四、政府信息公开行政复议、行政诉讼情况\n被申请行政复议${line('1件，结果维持，2件，均维持，', 1_000_000)}` },
    { name: 'a megabyte of completion rates in one sentence', text: `一、总体情况\n依申请公开${line('申请1件办结率1%', 1_000_000)}` },
    { name: 'a megabyte of review rates in one sentence', text: `四、政府信息公开行政复议、行政诉讼情况\n${line('行政复议1件纠错率1%', 1_000_000)}` },
    { name: 'a megabyte of documents by issuer in one sentence', text: `二、主动公开政府信息情况\n主动公开${line('县政府制发规范性文件1件，', 1_000_000)}` },
    { name: 'a megabyte of changes against last year’s figure in one sentence', text: `一、总体情况\n依申请公开收到申请5件${line('，较上年的1件增加4件', 1_000_000)}` },
    // The title's year against an overview of another year, every year in one sentence, first inside an open quotation mark.
    { name: 'a megabyte of years in one quoted overview sentence', text: `某局2023年政府信息公开工作年度报告\n一、总体情况\n“${line('2024年，', 1_000_000)}\n${line('2024年开展工作', 1_000_000)}` },
    // A report in traditional characters is read through their simplified forms, every line of it.
    { name: 'a megabyte of traditional characters', text: `某局2024年政府信息公開工作年度報告\n一、總體情況\n${line('收到政府信息公開申請35件，辦結數量', 1_000_000)}\n${Array.from({ length: 20_000 }, () => '三、收到和處理政府信息公開申請情況').join('\n')}` },
    { name: 'unclosed leftovers', text: line('[bookmark: ', 500_000) + line('{ PAGE ', 500_000) },
    { name: 'a megabyte of TABs', text: `三、收到和处理政府信息公开申请情况\n${'\t'.repeat(1_000_000)}` },
    { name: '40,000 heading-like lines', text: Array.from({ length: 40_000 }, (_, i) => ['一、总体情况', '（一）主动公开', '1.依申请公开', '二、主动公开政府信息情况', '第三部分 其他', '①', '四、结转下年度继续办理'][i % 7]).join('\n') },
    { name: '40,000 numbered sub-headings in one part', text: `一、总体情况\n${Array.from({ length: 40_000 }, (_, i) => `（${'一二三四五六七八九十'[i % 10]}）${i}年`).join('\n')}` },
    { name: 'a table of 100,000 rows', text: `三、收到和处理政府信息公开申请情况\n${Array.from({ length: 100_000 }, (_, i) => `${['（一）予以公开', '（二）部分公开', '（七）总计', '四、结转下年度继续办理'][i % 4]}\t${i}\t0\t0\t0\t0\t0\t${i}`).join('\n')}` },
    // Every row breaks its own total: a failure per row for the arithmetic to explain.
    { name: '20,000 rows of one label, each adding up wrong', text: `三、收到和处理政府信息公开申请情况\n${Array.from({ length: 20_000 }, (_, i) => `（一）予以公开\t1\t2\t3\t4\t5\t6\t${i % 7}`).join('\n')}` },
    { name: 'a table without TABs: 40,000 cells one per line', text: `三、收到和处理政府信息公开申请情况\n${Array.from({ length: 40_000 }, (_, i) => ['（一）予以公开', '自然人', '1', '2', '（', '结果', '3', ''][i % 8]).join('\n')}\n四、政府信息公开行政复议、行政诉讼情况` },
    { name: 'a table of 100,000 cells, one per line', text: `四、政府信息公开行政复议、行政诉讼情况\n${Array.from({ length: 100_000 }, (_, i) => `\t${i % 10}`).join('\n')}` },
    { name: '100,000 cells closed by pipes, one per line', text: `三、收到和处理政府信息公开申请情况\n${Array.from({ length: 100_000 }, (_, i) => ['（一）予以公开 |', '5 |', '|', '||'][i % 4]).join('\n')}` },
    { name: '20,000 blocks of table 二 under mistyped captions, and 20,000 group labels of table 三', text: `二、主动公开政府信息情况\n${Array.from({ length: 20_000 }, (_, i) => `第二十条第（九）项\n信息内容\t本年处理决定数量\n${['行政许可', '行政处罚'][i % 2]}\t${i}`).join('\n')}\n三、收到和处理政府信息公开申请情况\n${Array.from({ length: 20_000 }, () => '（四）不予公开\t1.属于国家秘密\t0').join('\n')}` },
    { name: 'a megabyte of pipes', text: `二、主动公开政府信息情况\n${line('|', 1_000_000)}\n${line('规章 | ', 1_000_000)}|` },
    { name: '100,000 rows parted by pipes without the frame', text: `三、收到和处理政府信息公开申请情况\n${Array.from({ length: 100_000 }, (_, i) => ['（一）予以公开 | 1 | 2', '|5|6', '--- | ---', '4|', '\\|'][i % 5]).join('\n')}` },
    { name: 'a megabyte of dashes parted by pipes under a row without the frame', text: `四、政府信息公开行政复议、行政诉讼情况\n行政复议 | 1 | 2\n${line('-|', 1_000_000)}-\n${line('1|', 1_000_000)}1` },
    { name: 'NUL bytes', text: typical.replace(/。/g, '。\u0000').replace(/\t/g, '\t\u0000') + '\u0000'.repeat(100_000) },
    { name: 'lone surrogates', text: typical.replace(/件/g, '件\ud800').replace(/申请/g, '\udc00申请') + '\udfff'.repeat(100_000) },
    { name: 'only line breaks', text: '\r\n\r\n\n\r'.repeat(250_000) },
    { name: '4 MB report', text: bigReport(typical, 4_000_000) },
  ];
}
