/**
 * 生成汇总 through the WPS port on the bundled example: the real 「绩效自评结果」 spec, whose chart
 * takes the 图表标签 column and series columns that are not side by side — a multi-area source
 * (`Range('M3:M10,F3:G10')`-style) — written with its chart, not chartSkipped.
 */
import * as fs from 'fs';
import * as path from 'path';
import { evaluateWorkbook, parseRange } from '../../src/core';
import { resultsOf, resultsSheetSpec, RESULTS_SHEET } from '../../src/core/results/resultsSheet';
import { XL_COLUMN_CLUSTERED } from '../../src/wps/et';
import { createWpsWorkbook } from '../../src/wps/wpsWorkbook';
import { isReadError, readWorkbook } from '../../src/xlsx/read';
import { createFakeEt } from './fakeEt';

test('the example’s results sheet: values, and a chart over the labels and both series', async () => {
  const grids = await readWorkbook(new Uint8Array(fs.readFileSync(path.resolve(__dirname, '../../assets/anting-2024.xlsx'))));
  if (isReadError(grids)) throw new Error(grids.code);
  const spec = resultsSheetSpec(resultsOf(evaluateWorkbook(grids)));
  const chart = spec.chart;
  if (!chart) throw new Error('the results spec has a chart');
  const { app, book } = createFakeEt(grids);
  const port = createWpsWorkbook({ app });
  const result = await port.writeSheet(spec);
  expect(result).toMatchObject({ replaced: false, chartSkipped: false });
  const charts = book.charts(RESULTS_SHEET);
  expect(charts).toHaveLength(1);
  expect(charts[0]).toMatchObject({ type: XL_COLUMN_CLUSTERED, hasTitle: true, title: chart.title });
  // every area of the source: the categories and each series (with the header row above them)
  const source = String(charts[0].source).replace(/^'[^']+'!/, '').split(',').map((a) => parseRange(a));
  const covers = (range: string) => {
    const r = parseRange(range);
    return source.some((a) => a.left <= r.left && a.right >= r.right && a.top <= r.top && a.bottom >= r.bottom);
  };
  expect([chart.categories, ...chart.series.map((s) => s.values)].filter((r) => !covers(r))).toEqual([]);
  expect(book.cell(RESULTS_SHEET, 'F4').value).toBe(99.45);
});
