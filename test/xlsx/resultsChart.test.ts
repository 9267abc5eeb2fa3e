/**
 * The native chart of 「绩效自评结果」 as DrawingML, from the core's spec: one category per form,
 * the categories the sheet's 图表标签 column (distinct labels even where forms share a short
 * name), no label skipped, columns up for a few forms and bars across (first form at the top, the
 * chart as tall as the forms need) for many.
 */
import JSZip from 'jszip';
import { chartLabels, COLUMN_CHART_MAX_FORMS, Decimal, resultColumn, ResultRow, resultsSheetSpec, resultTotals } from '../../src/core';
import { newWorkbook } from '../../src/xlsx/sheetWriter';
import { anchorRows, readChartXml } from '../support/chartXml';
import { partText } from './sheetWriterSupport';

/** `n` forms named 合成项目N(专项经费) — one short name — on `sheets` sheets in turn. */
function model(n: number, sheets = n) {
  const lines: ResultRow[] = Array.from({ length: n }, (_, i) => ({
    sheet: `表${(i % sheets) + 1}`, range: `A${1 + 30 * Math.floor(i / sheets)}:I20`, anchor: 'A1', kind: 'project', project: `合成项目${i + 1}(专项经费)`, unit: null,
    annual: new Decimal(100), executed: new Decimal(90 + (i % 10)), rate: new Decimal(90 + (i % 10)), budgetScore: new Decimal(9), indicatorScore: new Decimal(80), totalScore: new Decimal(89 + (i % 10)), grade: '良', errors: 0, warnings: 0,
  }));
  const labels = chartLabels(lines);
  const rows = lines.map((r, i) => ({ ...r, chartLabel: labels[i] }));
  return { rows, totals: resultTotals(rows) };
}

async function written(n: number, sheets?: number) {
  const spec = resultsSheetSpec(model(n, sheets));
  const zip = await JSZip.loadAsync(await newWorkbook([spec]));
  const chartPart = Object.keys(zip.files).find((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))!;
  const drawingPart = Object.keys(zip.files).find((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p))!;
  return { spec, chart: readChartXml(await partText(zip, chartPart)), anchor: anchorRows(await partText(zip, drawingPart)) };
}

describe('the results chart part', () => {
  test.each([
    [6, 6, 'col'],
    [6, 2, 'col'],
    [COLUMN_CHART_MAX_FORMS, 3, 'col'],
    [COLUMN_CHART_MAX_FORMS + 1, 9, 'bar'],
    [300, 300, 'bar'],
    [300, 7, 'bar'],
  ])('%p forms on %p sheets, one short name: as many distinct categories as forms, barDir %p', async (n, sheets, barDir) => {
    const { spec, chart, anchor } = await written(n, sheets);
    expect(chart.barDir).toBe(barDir);
    expect(chart.series).toHaveLength(2);
    const labelColumn = spec.cells.find((c) => c.value.text === resultColumn('chartLabel').header['zh-CN'])!.cell.replace(/\d+$/, '');
    for (const s of chart.series) {
      expect(s.count).toBe(n);
      expect(s.labels).toHaveLength(n);
      expect(new Set(s.labels).size).toBe(n);
      expect(s.categories).toBe(`'绩效自评结果'!$${labelColumn}$4:$${labelColumn}$${3 + n}`);
    }
    // every label drawn; bars across: the first form at the top, a row of the sheet at least per form
    expect(chart.categoryAxis.tickLblSkip).toBe('1');
    expect(chart.categoryAxis).toMatchObject(barDir === 'bar' ? { orientation: 'maxMin', axPos: 'l' } : { orientation: 'minMax', axPos: 'b' });
    expect(anchor.to - anchor.from).toBeGreaterThanOrEqual(barDir === 'bar' ? Math.max(20, n) : 20);
  });
});
