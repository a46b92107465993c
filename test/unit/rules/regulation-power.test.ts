/** regulation-power: a body of a county or below makes no 规章, so table 二's 规章 row is 0 (format §2, 立法法). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Doc } from '../../helpers/doc';
import { expectNone, expectOne, findingsOf, only } from '../../helpers/findings';
import { localBody } from '../../../shared/src/rules/regulation-power';

/** The township report (青山镇人民政府), its table 二 one row per line: 规章 0 0 0. */
const TOWN = readFileSync(join(__dirname, '..', '..', 'fixtures', 'synthetic', 'township-rows.txt'), 'utf8');
const TITLE = '青山镇人民政府2024年政府信息公开工作年度报告';

/** The township report with its 规章 row written `figures` and its title `title`. */
function town(figures: string, title = TITLE): Doc {
  return Doc.of(TOWN).replace('规章\t0\t0\t0', `规章\t${figures}`).replace(TITLE, title);
}

describe('regulation-power fires', () => {
  it('a town with regulations in force (规章 0 0 6) → one warning, on the 6', () => {
    const doc = town('0\t0\t6');
    expectOne(doc.text, 'regulation-power', doc.find('6', doc.line('规章\t0\t0\t6')), {
      severity: 'warning',
      zh: ['表二“规章”行“现行有效件数”列为6，但“青山镇”没有规章制定权', '“规章”一行应填 0'],
      en: ['cannot make regulations'],
      fixed: null,
    });
  });

  it('every non-zero cell of the row, once each', () => {
    const doc = town('2\t0\t2');
    const found = only(findingsOf(doc.text), 'regulation-power');
    assert.deepEqual(found.map((f) => f.range.start.character), [3, 7]);
  });

  for (const title of ['湘潭县商务局2024年政府信息公开工作年度报告', '长沙市岳麓区人民政府2024年政府信息公开工作年度报告', '青山街道办事处2024年政府信息公开工作年度报告', '某某旗教育局2024年政府信息公开工作年度报告', '某某经济技术开发区管理委员会2024年政府信息公开工作年度报告']) {
    it(`a body of a county or below: ${title.slice(0, -15)}`, () => {
      const doc = town('1\t0\t0', title);
      expectOne(doc.text, 'regulation-power', doc.find('1', doc.line('规章\t1\t0\t0')));
    });
  }

  it('a title without its body, the body on the line under it (桃江县松木塘镇人民政府, as a web page gives it)', () => {
    const doc = Doc.of(town('1\t0\t0', '2024年政府信息公开工作年度报告\n青山镇人民政府').text);
    expectOne(doc.text, 'regulation-power', doc.find('1', doc.line('规章\t1\t0\t0')));
  });
});

describe('regulation-power stays quiet', () => {
  for (const s of ['000', '001', '002', '003', '004']) {
    it(`seed ${s} as published`, () => expectNone(Doc.seed(s).text, 'regulation-power'));
  }

  it('a town’s 规章 row of zeros', () => expectNone(town('0\t0\t0').text, 'regulation-power'));

  for (const title of ['长沙市人民政府2024年政府信息公开工作年度报告', '广西壮族自治区人民政府2024年政府信息公开工作年度报告', '住房和城乡建设部2024年政府信息公开工作年度报告', '国家乡村振兴局2024年政府信息公开工作年度报告', '湖南省人民政府2024年政府信息公开工作年度报告', '长沙市教育局2024年政府信息公开工作年度报告']) {
    it(`a body that may make regulations, or whose level its name does not show: ${title.slice(0, -15)}`, () => {
      expectNone(town('3\t1\t20', title).text, 'regulation-power');
    });
  }

  it('a title naming no body, no body on the line under it', () => {
    expectNone(town('1\t0\t0', '2024年政府信息公开工作年度报告').text, 'regulation-power');
  });

  it('words that only hold a county’s character (城乡, 乡村, 区域) name no county', () => {
    assert.equal(localBody('住房和城乡建设部2024年政府信息公开工作年度报告'), undefined);
    assert.equal(localBody('湖南省乡村振兴局2024年政府信息公开工作年度报告'), undefined);
    assert.equal(localBody('湘潭县商务局2024年政府信息公开工作年度报告'), '湘潭县商务局');
  });

  it('a title with its year in full-width digits: the message names the body without the year', () => {
    assert.equal(localBody('清平县人力资源和社会保障局２０２２年政府信息公开工作年度报告'), '清平县人力资源和社会保障局');
    const doc = town('0\t0\t6', '青山镇人民政府２０２４年政府信息公开工作年度报告');
    expectOne(doc.text, 'regulation-power', doc.find('6', doc.line('规章\t0\t0\t6')), { zh: ['但“青山镇”没有规章制定权'], fixed: null });
  });
});

describe('regulation-power: a report without its body in the title that calls itself a town', () => {
  /** The township report under a title naming no body, its own name left out of its text. */
  const untitled = (figures: string, self: string): Doc => {
    const doc = town(figures, '2024年政府信息公开工作年度报告');
    const text = doc.text.split('青山镇人民政府').join('').split('青山镇').join('');
    const d = Doc.of(text);
    const at = d.line('一、总体情况');
    d.insertLines(at + 1, `结合${self}实际，现将政府信息公开工作情况报告如下。`);
    return d;
  };

  for (const self of ['我镇', '本街道', '本乡']) {
    it(`${self} in part 一, 规章 0 0 6 → found on the 6, naming ${self} (it was not checked)`, () => {
      const doc = untitled('0\t0\t6', self);
      expectOne(doc.text, 'regulation-power', doc.find('6', doc.line('规章\t0\t0\t6')), { zh: [`但“${self}”没有规章制定权`] });
    });
  }

  it('without such words (我局, 本单位), or with a title naming a city body, still not checked', () => {
    expectNone(untitled('0\t0\t6', '我局').text, 'regulation-power');
    const city = Doc.of(untitled('0\t0\t6', '我镇').text.replace('2024年政府信息公开工作年度报告', '长沙市人民政府2024年政府信息公开工作年度报告'));
    expectNone(city.text, 'regulation-power');
  });
});
