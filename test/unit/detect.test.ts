/**
 * Report detection (shared/protocol/detect): what the editor switches to the `govreport` language and
 * what the server's workspace check reads as a report.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isReport, isReportFileName, looksLikeReport, partOfHeading } from '../../shared/protocol/detect';
import { SEEDS, seed } from '../helpers/fixtures';

/** A seed without its title lines, so that only the part headings can identify it. */
function untitled(text: string): string {
  return text.replace(/^[^\n]*(?:政府信息公开|年度报告)[^\n]*$/gm, '');
}

describe('report detection', () => {
  for (const name of SEEDS) {
    it(`${name}: detected by its title, and by its part headings alone`, () => {
      const text = seed(name.slice(0, 3));
      assert.equal(looksLikeReport(text), true);
      const bare = untitled(text);
      assert.ok(!/政府信息公开[^\n]*报告/.test(bare.slice(0, 300)));
      assert.equal(looksLikeReport(bare), true);
      assert.equal(looksLikeReport(text.replace(/\n/g, '\r\n')), true, 'CRLF');
    });
  }

  it('reads the title in its real wordings, also broken over two lines', () => {
    assert.ok(looksLikeReport('湘潭县2024年政府信息公开工作年度报告\n正文'));
    assert.ok(looksLikeReport('\n\n中国（湖南）自由贸易试验区工作办公室 2024 年度政府信息公开报告\n'));
    assert.ok(looksLikeReport('湘潭县商务局2024年政府信息公开工作\n\n年度报告\n'));
    assert.ok(looksLikeReport('湘潭市数据局\n2024年政府信息公开工作年度报告'));
  });

  it('reads a report in traditional characters as the core does', () => {
    assert.ok(looksLikeReport('湘潭縣2024年政府信息公開工作年度報告\n本報告依據《中華人民共和國政府信息公開條例》和國務院辦公廳關於印發報告格式的通知編製，數據統計期限為2024年。'));
    assert.ok(looksLikeReport('前言\n一、總體情況\n內容\n二、主動公開政府信息情況\n三、收到和處理政府信息公開申請情況\n本機關依據條例辦理的申請數量與處理結果見下表。'));
    assert.ok(!looksLikeReport('湘潭縣政府工作報告\n一、總體情況\n內容很多。\n'));
  });

  it('needs two part headings, each under its own numeral', () => {
    assert.ok(looksLikeReport('前言\n一、总体情况\n内容\n二、主动公开政府信息情况\n'));
    assert.ok(looksLikeReport('一 总体情况\n三．收到和处理政府信息公开申请情况\n'));
    assert.ok(!looksLikeReport('一、总体情况\n内容很多。\n'), 'one heading is not enough');
    assert.ok(!looksLikeReport('二、总体情况\n一、主动公开政府信息情况\n'), 'numerals that name other parts');
  });

  it('leaves other text alone: numbered notes, table rows numbered like parts, prose that quotes the format', () => {
    assert.ok(!looksLikeReport('会议记录\n一、出席人员\n二、议题\n下周二上午九点开会。\n'));
    assert.ok(!looksLikeReport('三、本年度办理结果\n四、结转下年度继续办理\n一、本年新收政府信息公开申请数量\n'));
    const prose = '根据《中华人民共和国政府信息公开工作年度报告格式》的要求，本单位整理了相关材料，内容较多，这里不再一一列出，仅作内部参考使用。';
    assert.ok(!looksLikeReport(`工作笔记\n${prose}\n`), 'a long prose line is no title');
    assert.ok(!looksLikeReport(''));
  });

  it('reads only the opening: headings after it do not count', () => {
    const filler = '这是一段很长的说明文字。\n'.repeat(500);
    assert.ok(!looksLikeReport(`${filler}一、总体情况\n二、主动公开政府信息情况\n`));
  });

  it('partOfHeading: the part a heading line names', () => {
    assert.equal(partOfHeading('四、政府信息公开行政复议、行政诉讼情况'), 4);
    assert.equal(partOfHeading('  六、其他需要报告的事项'), 6);
    assert.equal(partOfHeading('三、本年度办理结果\t\t0'), undefined);
    assert.equal(partOfHeading('四、结转下年度继续办理'), undefined);
  });

  it('a *.govreport.txt is a report whatever its content; detection can be switched off', () => {
    assert.ok(isReportFileName('/a/b/2024.govreport.txt'));
    assert.ok(isReportFileName('C:\\x\\Y.GOVREPORT.TXT'));
    assert.ok(!isReportFileName('/a/govreport.txt.bak'));
    assert.ok(isReport('/a/x.govreport.txt', '', false));
    assert.ok(isReport('/a/x.txt', seed('002'), true));
    assert.ok(!isReport('/a/x.txt', seed('002'), false));
  });
});
