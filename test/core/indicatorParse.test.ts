import { parseMeasure, qualitativeTier, sameUnit, Measure, Tier } from '../../src/core/indicator';
import { CellValue } from '../../src/core/grid';

type Plain = { comparator: Measure['comparator']; direction: Measure['direction']; value: string; unit: string };
const plain = (m: Measure | null): Plain | null =>
  m && { comparator: m.comparator, direction: m.direction, value: m.value.toString(), unit: m.unit };

describe('R3 parseMeasure: comparator + number [+ unit]', () => {
  test.each<[CellValue, Measure['comparator'], Measure['direction'], string, string]>([
    ['≥0.00(%)', '≥', 'positive', '0', '%'],
    ['≧90%', '≥', 'positive', '90', '%'],
    ['>=90%', '≥', 'positive', '90', '%'],
    ['＞＝90%', '≥', 'positive', '90', '%'],
    ['≥ 90.00 （%）', '≥', 'positive', '90', '%'],
    ['>90', '>', 'positive', '90', ''],
    ['＞90%', '>', 'positive', '90', '%'],
    ['≤1.00(工作日)', '≤', 'negative', '1', '工作日'],
    ['≤15.00(分钟)', '≤', 'negative', '15', '分钟'],
    ['≦3天', '≤', 'negative', '3', '天'],
    ['<=5', '≤', 'negative', '5', ''],
    ['<5%', '<', 'negative', '5', '%'],
    ['=1.00(年)', '=', 'equal', '1', '年'],
    ['＝100%', '=', 'equal', '100', '%'],
    ['=0.00(次)', '=', 'equal', '0', '次'],
    ['=100.00(%)', '=', 'equal', '100', '%'],
    ['≥90个', '≥', 'positive', '90', '个'],
    ['不低于95%', '≥', 'positive', '95', '%'],
    ['不超过3天', '≤', 'negative', '3', '天'],
    ['90%以上', '≥', 'positive', '90', '%'],
    ['3天以内', '≤', 'negative', '3', '天'],
    ['5%以下', '≤', 'negative', '5', '%'],
    ['100%', null, 'equal', '100', '%'],
    ['0.56(%)', null, 'equal', '0.56', '%'],
    ['3.00(个)', null, 'equal', '3', '个'],
    ['>70%', '>', 'positive', '70', '%'],
    ['1,500.00(万元)', null, 'equal', '1500', '万元'],
    [95, null, 'equal', '95', ''],
  ])('%j → %s %s %s %j', (text, comparator, direction, value, unit) => {
    expect(plain(parseMeasure(text))).toEqual({ comparator, direction, value, unit });
  });

  test.each<[CellValue]>([
    ['及时'],
    ['控制在概算范围内'],
    ['2024年12月31日前完成'],
    ['2024年12月前'],
    ['有效改善'],
    ['不超预算'],
    ['达成指标'],
    ['根据合同要求，如期完成'],
    [''],
    [null],
    [true],
    [{ error: '#N/A' }],
    [NaN],
  ])('%j is not a measure (qualitative)', (text) => {
    expect(parseMeasure(text)).toBeNull();
  });

  test.each<[string, string, boolean]>([
    ['%', '%', true],
    ['个', '个', true],
    ['%', '个', false],
    ['KM', 'km', true],
    ['天', '工作日', false],
  ])('sameUnit(%j, %j) = %p', (a, b, same) => {
    expect(sameUnit(a, b)).toBe(same);
  });
});

describe('R4 qualitativeTier: 达成 / 部分达成 / 未达成', () => {
  test.each<[CellValue, CellValue, Tier | null]>([
    ['达成指标', '及时', 'met'],
    ['达成年度指标', '及时', 'met'],
    ['达成预期指标', '有效改善', 'met'],
    ['及时', '及时', 'met'],
    [' 有效 改善 ', '有效改善', 'met'],
    ['部分达成指标并具有一定效果', '及时', 'partial'],
    ['部分达成年度指标', '及时', 'partial'],
    ['部分达成', '及时', 'partial'],
    ['未达成指标且效果较差', '及时', 'notMet'],
    ['未达成年度指标', '及时', 'notMet'],
    ['未达成', '及时', 'notMet'],
    ['效果良好', '及时', null],
    ['较及时', '及时', null],
    ['', '及时', null],
    [null, '及时', null],
    [100, '及时', null],
  ])('actual %j (target %j) → %p', (actual, target, tier) => {
    expect(qualitativeTier(actual, target)).toBe(tier);
  });
});
