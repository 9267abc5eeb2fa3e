/**
 * The results chart's labels (core/results/chartLabels): one distinct label per form — shared short
 * names told apart by the sheet, then by a running number — the axis's shortened labels still
 * distinct, and the direction of the bars by number of forms.
 */
import { axisLabels, chartDirection, chartLabels, COLUMN_CHART_MAX_FORMS, shortProjectName } from '../../../src/core';

const f = (project: string | null, sheet: string) => ({ project, sheet });
const distinct = (xs: readonly string[]) => new Set(xs).size === xs.length;

describe('shortProjectName', () => {
  test.each([
    ['其他专项工作经费(安亭城运日常运行费用)', '安亭城运日常运行费用'],
    ['其他专项工作经费（安亭城运日常运行费用） ', '安亭城运日常运行费用'],
    ['没有括号的项目', '没有括号的项目'],
    ['  ', 'S'],
    [null, 'S'],
  ])('%p → %p', (name, short) => expect(shortProjectName(name, 'S')).toBe(short));
});

describe('chartLabels: one distinct label per form', () => {
  test.each<[string, { project: string | null; sheet: string }[], string[]]>([
    ['distinct short names stay as they are', [f('甲(一)', 'S1'), f('乙(二)', 'S2')], ['一', '二']],
    ['a shared short name gets the sheet', [f('合成项目1(专项经费)', '表1'), f('合成项目2(专项经费)', '表2'), f('其他(日常)', '表3')], ['专项经费（表1）', '专项经费（表2）', '日常']],
    ['a sheet named like the short name keeps it bare', [f('甲(专项)', '专项'), f('乙(专项)', '表2')], ['专项', '专项（表2）']],
    ['forms on one sheet with one short name get a running number', [f('甲(专项)', 'S'), f('乙(专项)', 'S'), f('丙(专项)', 'T')], ['专项（S）#1', '专项（S）#2', '专项（T）']],
    ['no project: the sheet', [f(null, 'S1'), f('', 'S2'), f('   ', 'S3')], ['S1', 'S2', 'S3']],
    ['no project, twice on one sheet', [f(null, 'S'), f(null, 'S')], ['S#1', 'S#2']],
    ['a running number never takes another form\'s label', [f('专项', 'S'), f('专项', 'S'), f('专项（S）#1', 'T')], ['专项（S）#2', '专项（S）#3', '专项（S）#1']],
  ])('%s', (_name, forms, labels) => {
    const out = chartLabels(forms);
    expect(out).toEqual(labels);
    expect(out).toHaveLength(forms.length);
    expect(distinct(out)).toBe(true);
  });

  test('300 forms sharing one short name, each on its sheet, or all on one sheet: 300 distinct labels', () => {
    const apart = Array.from({ length: 300 }, (_, i) => f(`合成项目${i + 1}(专项经费)`, `表${i + 1}`));
    const together = Array.from({ length: 300 }, (_, i) => f(`合成项目${i + 1}(专项经费)`, 'Sheet1'));
    for (const forms of [apart, together]) {
      const out = chartLabels(forms);
      expect(out).toHaveLength(300);
      expect(distinct(out)).toBe(true);
    }
  });
});

describe('axisLabels: at most n characters where that keeps them distinct', () => {
  test.each<[string[], number, string[]]>([
    [['短', '安亭城运日常运行费用'], 6, ['短', '安亭城…费用']],
    [['专项经费（表10）', '专项经费（表11）'], 6, ['专项经…0）', '专项经…1）']],
    // they differ in the 4th character: no cut of 4 keeps it, one of 5 does
    [['甲乙丙丁戊己庚', '甲乙丙子戊己庚'], 4, ['甲乙丙丁…', '甲乙丙子…']],
    [['专项经费（表2）#3', '专项经费（表12）#3', '专项经费（表22）#3'], 10, ['专项经费（表2）#3', '专项经费…12）#3', '专项经费…22）#3']],
    [['甲乙丙丁戊己庚辛壬', '甲乙丙丁戊己庚辛癸', '短'], 5, ['甲乙…辛壬', '甲乙…辛癸', '短']],
  ])('%p at %p', (labels, max, out) => {
    expect(axisLabels(labels, max)).toEqual(out);
  });

  test('300 long labels stay distinct, most of them short', () => {
    const labels = chartLabels(Array.from({ length: 300 }, (_, i) => f(`合成项目${i + 1}(专项经费)`, `合成项目${i + 1}`)));
    const out = axisLabels(labels, 10);
    expect(distinct(out)).toBe(true);
    expect(out.every((l) => [...l].length <= 10)).toBe(true);
  });

  test('300 labels with the sheet and a running number (10 forms on each of 30 sheets): distinct, none over 10 characters', () => {
    const labels = chartLabels(Array.from({ length: 300 }, (_, i) => f(`合成项目${i + 1}(专项经费)`, `表${(i % 30) + 1}`)));
    const out = axisLabels(labels, 10);
    expect(distinct(out)).toBe(true);
    expect(out.every((l) => [...l].length <= 10)).toBe(true);
  });
});

describe('chartDirection', () => {
  test.each([
    [1, 'column'],
    [COLUMN_CHART_MAX_FORMS, 'column'],
    [COLUMN_CHART_MAX_FORMS + 1, 'bar'],
    [300, 'bar'],
  ])('%p forms → %p', (n, d) => expect(chartDirection(n)).toBe(d));
});
