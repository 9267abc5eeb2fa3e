/** @jest-environment jsdom */
/**
 * The pane's results chart: one bar group per form with a distinct label — forms sharing a short
 * name, forms on one sheet, 300 forms — columns up for a few forms (Fluent, stubbed in jest),
 * bars across for many (plain SVG, drawn here in jsdom): every group and axis label there.
 */
import { render, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ChartedRow, COLUMN_CHART_MAX_FORMS, evaluateWorkbook, resultsOf } from '../../src/core';
import { chartData, ResultsChart } from '../../src/taskpane/components/ResultsChart';
import { buildForm, gridOf } from '../support/buildForm';
import { antingSpec } from './forms';

const NAMES = { total: '总分', rate: '执行率(%)', tooltip: (project: string, sheet: string) => `${project} @ ${sheet}` };

/** `n` forms 合成项目N(专项经费) — one short name — on `sheets` sheets in turn (several per sheet, 30 rows apart). */
function rowsOf(n: number, sheets = n): ChartedRow[] {
  const bySheet = Array.from({ length: sheets }, (_, s) => Array.from({ length: Math.ceil((n - s) / sheets) }, (_, k) => s + 1 + k * sheets));
  const grids = bySheet.map((forms, s) => gridOf(`表${s + 1}`, forms.map((i, k) => ({ form: buildForm({ ...antingSpec(), project: `合成项目${i}(专项经费)` }), at: `A${1 + 30 * k}` }))));
  return resultsOf(evaluateWorkbook(grids)).rows;
}

const distinct = (xs: readonly string[]) => new Set(xs).size === xs.length;

describe('chartData: one group per form, distinct names', () => {
  test.each([
    [2, 2],
    [6, 3],
    [6, 1],
    [COLUMN_CHART_MAX_FORMS + 1, 3],
  ])('%p forms sharing a short name on %p sheets', (n, sheets) => {
    const rows = rowsOf(n, sheets);
    expect(rows).toHaveLength(n);
    const data = chartData(rows, NAMES);
    expect(data).toHaveLength(n);
    expect(distinct(data.map((g) => g.name))).toBe(true);
    expect(data.every((g) => g.series.map((s) => s.key).join() === 'total,rate')).toBe(true);
    expect(data[0].series.map((s) => s.text)).toEqual(['99.95', '99.45']);
  });

  test('300 forms: 300 distinct names, none longer than the axis allows', () => {
    const rows = rowsOf(300, 30);
    const data = chartData(rows, NAMES);
    expect(data).toHaveLength(300);
    expect(distinct(data.map((g) => g.name))).toBe(true);
    expect(data.every((g) => [...g.name].length <= 10)).toBe(true);
  });
});

const draw = (rows: ChartedRow[]) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <ResultsChart rows={rows} title="各项目总分与执行率" names={NAMES} />
    </FluentProvider>,
  );

describe('ResultsChart', () => {
  test('a few forms: columns up, one category per form', () => {
    const { getByTestId } = draw(rowsOf(6, 2));
    expect(getByTestId('results-chart')).toHaveAttribute('data-direction', 'column');
    const categories = [...getByTestId('chart-stub').querySelectorAll('[data-category]')].map((e) => e.getAttribute('data-category')!);
    expect(categories).toHaveLength(6);
    expect(distinct(categories)).toBe(true);
  });

  test.each([COLUMN_CHART_MAX_FORMS + 1, 300])('%p forms: bars across, a group, two bars and an axis label per form, the chart as tall as they need', (n) => {
    const { getByTestId } = draw(rowsOf(n, Math.min(n, 30)));
    const chart = getByTestId('results-chart');
    expect(chart).toHaveAttribute('data-direction', 'bar');
    const svg = within(chart).getByTestId('bars-across');
    const groups = [...svg.querySelectorAll('[data-group]')];
    expect(groups).toHaveLength(n);
    const labels = [...svg.querySelectorAll('[data-axis-label]')].map((t) => t.lastChild?.textContent ?? '');
    expect(labels).toHaveLength(n);
    expect(distinct(labels)).toBe(true);
    expect(svg.querySelectorAll('[data-bar]')).toHaveLength(2 * n);
    // the tooltip names the project in full
    expect(groups[0].querySelector('title')?.textContent).toBe('合成项目1(专项经费) @ 表1');
    const height = Number(svg.getAttribute('viewBox')!.split(' ')[3]);
    expect(height).toBeGreaterThanOrEqual(n * 20);
  });
});
