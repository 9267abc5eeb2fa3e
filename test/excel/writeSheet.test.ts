/**
 * writeSheet (生成汇总's 「绩效自评结果」) against the fake Excel (fakeExcel.ts), on the fixture's
 * seven forms: ONE sync; the sheet added last or replaced at its place; what Excel then holds —
 * values (numbers as numbers, text as text), number formats, bold, column widths, hyperlinks, frozen
 * rows, the chart — and nothing else touched; degraded without ExcelApi 1.7; failures as HostErrors.
 */
import ExcelJS from 'exceljs';
import * as path from 'path';
import { parseA1, parseRange, toA1 } from '../../src/core/a1';
import { evaluateWorkbook } from '../../src/core/evaluate';
import { EditEvent } from '../../src/core/port';
import { sheetOwnership } from '../../src/core/results/ownership';
import { RESULTS_SHEET, resultsOf, resultsSheetSpec } from '../../src/core/results/resultsSheet';
import type { SheetSpec } from '../../src/core/sheetSpec';
import { Grid } from '../../src/core/grid';
import { HostError } from '../../src/excel/errors';
import { createOfficeWorkbook } from '../../src/excel/officeWorkbook';
import { buildForm, gridOf } from '../support/buildForm';
import { workbookToGrids } from '../support/exceljsGrids';
import { antingSpec } from '../taskpane/forms';
import { FakeExcel, FakeSheetSpec, specFromGrid } from './fakeExcel';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'anting-2024.xlsx');
const FIRST_FORM = '安亭城运日常运行费用';
const PLUS_SHEET = '安亭镇城市运行一网统管平台+安亭镇城运分中心平台开发建设';

let fixture: Grid[];
beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(FIXTURE);
  fixture = workbookToGrids(wb);
});

/** The fixture's sheets, the first form's 项目名称 replaced by `project`. */
function fixtureSheets(project = '=SUM(A1)'): FakeSheetSpec[] {
  return fixture.map((g) => {
    const values = g.values.map((r) => [...r]);
    if (g.sheet === FIRST_FORM) {
      const row = values.findIndex((r) => r[0] === '项目名称');
      const col = values[row].findIndex((v, j) => j > 0 && v !== null);
      values[row][col] = project;
    }
    return specFromGrid({ ...g, values });
  });
}

/** A 「绩效自评结果」 left by an earlier 生成汇总 (signed), with cells the new one does not have. */
const oldResults = (): FakeSheetSpec => ({
  name: RESULTS_SHEET,
  values: [['旧的标题'], ['由「绩效自评助手」生成，重新生成时整表覆盖，请勿在此表中填写内容'], ['旧表头', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', 'Z3 旧值']],
  merges: ['A1:F1'],
});

/** A fake workbook, an adapter that has read it, and the spec 生成汇总 makes of it. */
async function setup(options: { apiMinor?: number; sheets?: FakeSheetSpec[] } = {}) {
  const fake = new FakeExcel(options.sheets ?? fixtureSheets(), { apiMinor: options.apiMinor ?? 14 });
  const wb = createOfficeWorkbook({ host: fake.host, prime: false });
  const grids = await wb.read();
  const spec = resultsSheetSpec(resultsOf(evaluateWorkbook(grids)));
  expect(sheetOwnership(grids, spec)).not.toBe('foreign');
  return { fake, wb, spec, grids };
}

/** What a spec cell must hold in Excel: figures as numbers, text as text, blanks nothing. */
function expectedCell(c: SheetSpec['cells'][number]): unknown {
  if (c.value.type === 'blank') return undefined;
  if (c.value.type === 'number') return { v: Number(c.value.text) };
  return expect.objectContaining({ v: c.value.text });
}

/** Every cell the fake holds on a sheet, as A1 → value. */
const contents = (fake: FakeExcel, sheet: string) => Object.fromEntries([...fake.sheet(sheet).cells].map(([a, c]) => [a, c.v]));

const sheetNames = (fake: FakeExcel) => fake.sheets.map((s) => s.name);

describe('writeSheet: 「绩效自评结果」 added to the fixture workbook', () => {
  test('one sync; the sheet is last and holds the spec: values, formats, bold, widths, links, frozen rows, chart', async () => {
    const { fake, wb, spec } = await setup();
    const before = { syncs: fake.syncs, runs: fake.runs, names: sheetNames(fake) };
    const otherCells = new Map(fake.sheets.map((s) => [s.name, structuredClone([...s.cells])]));

    const result = await wb.writeSheet(spec);
    expect(result).toEqual({ replaced: false, chartSkipped: false });
    expect(fake.syncs - before.syncs).toBe(1);
    expect(fake.runs - before.runs).toBe(1);
    expect(sheetNames(fake)).toEqual([...before.names, RESULTS_SHEET]);

    // Nothing but the new sheet was touched.
    expect(fake.commands.filter((c) => c.sheet !== RESULTS_SHEET)).toEqual([]);
    for (const [name, cells] of otherCells) expect([...fake.sheet(name).cells]).toEqual(cells);

    // Values: every spec cell as Excel holds it, and no other cell.
    const s = fake.sheet(RESULTS_SHEET);
    for (const c of spec.cells) expect([c.cell, s.cells.get(c.cell)]).toEqual([c.cell, expectedCell(c)]);
    const filled = spec.cells.filter((c) => c.value.type !== 'blank').map((c) => c.cell);
    expect([...s.cells.keys()].sort()).toEqual([...filled].sort());
    expect(contents(fake, RESULTS_SHEET)).toMatchObject({ A1: '绩效自评结果（共 7 个项目）', A3: '序号', A4: 1, C4: FIRST_FORM, D4: 762.25, F4: 99.45, I4: 99.95, J4: '优', K4: 0, A11: '合计', D11: 6364.22, F11: 98.78, N3: '类型', N4: '项目支出' });
    for (const c of ['A4', 'D4', 'I4', 'K4', 'D11']) expect(typeof fake.cell(RESULTS_SHEET, c)?.v).toBe('number');
    // The project named `=SUM(A1)` stays text: written with the quote prefix, never a formula.
    expect(fake.cell(RESULTS_SHEET, 'B4')).toEqual({ v: '=SUM(A1)', quoted: true });
    const block = fake.writes.filter((w) => w.sheet === RESULTS_SHEET);
    expect(block).toHaveLength(1); // one values matrix
    expect(block[0].values[3][1]).toBe("'=SUM(A1)");
    expect(Object.values(contents(fake, RESULTS_SHEET)).filter((v) => typeof v === 'string' && v.startsWith('#'))).toEqual([]);

    // Number formats: two decimals on figures, integers on counts, General on text.
    const nf = (cell: string) => fake.format(RESULTS_SHEET, cell).numberFormat;
    for (const cell of ['D4', 'E4', 'F4', 'G4', 'H4', 'I4', 'D10', 'D11', 'E11', 'F11']) expect([cell, nf(cell)]).toEqual([cell, '0.00']);
    for (const cell of ['A4', 'A10', 'K4', 'L4', 'K10', 'B14', 'F14']) expect([cell, nf(cell)]).toEqual([cell, '0']);
    for (const cell of ['A1', 'A3', 'B4', 'C4', 'J4', 'A11', 'A14']) expect([cell, nf(cell)]).toEqual([cell, 'General']);
    for (const c of spec.cells) if (c.value.type === 'number') expect([c.cell, nf(c.cell)]).toEqual([c.cell, c.value.text.includes('.') ? '0.00' : '0']);

    // Bold: the title (larger), header rows, the totals row; not the body.
    const bold = (cell: string) => fake.format(RESULTS_SHEET, cell).bold === true;
    expect(fake.format(RESULTS_SHEET, 'A1')).toMatchObject({ bold: true, size: 14 });
    for (const cell of ['A3', 'B3', 'I3', 'L3', 'A13', 'F13', 'A11', 'D11', 'E11', 'F11']) expect([cell, bold(cell)]).toEqual([cell, true]);
    for (const cell of ['A2', 'B4', 'D4', 'I10', 'A14', 'B14']) expect([cell, bold(cell)]).toEqual([cell, false]);
    for (const c of spec.cells.filter((x) => x.style === 'header' || x.style === 'title')) expect([c.cell, bold(c.cell)]).toEqual([c.cell, true]);
    expect(fake.format(RESULTS_SHEET, 'A3')).toMatchObject({ horizontalAlignment: 'Center', wrapText: true, fill: '#F2F2F2', borders: { top: 'Continuous', bottom: 'Continuous', left: 'Continuous', right: 'Continuous' } });
    expect(fake.format(RESULTS_SHEET, 'A2')).toMatchObject({ italic: true });

    // Column widths (points): Excel's 7-px character plus 5 px of padding, at 0.75 pt a pixel.
    expect(spec.columnWidths).toEqual([6, 44, 26, 13, 13, 11, 10, 10, 10, 10, 7, 7, 24, 14]);
    const widths = [...'ABCDEFGHIJKLMN'].map((col) => s.columnWidths.get(col));
    expect(widths).toEqual(spec.columnWidths.map((w) => Math.round((w * 7 + 5) * 0.75)));
    expect(widths[1]).toBe(235); // B, 项目名称: 44 characters

    // Hyperlinks to each form (the sheet name quoted, whatever it holds), shown as the sheet name.
    expect(s.hyperlinks.size).toBe(7);
    const forms = fixture.slice(1).map((g) => g.sheet);
    forms.forEach((name, i) => expect(s.hyperlinks.get(`C${4 + i}`)).toEqual({ documentReference: `'${name}'!A1`, textToDisplay: name }));
    expect(s.hyperlinks.get('C10')).toEqual({ documentReference: `'${PLUS_SHEET}'!A1`, textToDisplay: PLUS_SHEET });

    expect(s.frozenRows).toBe(3);

    // The chart: title, 总分 and 执行率(%) over the body rows, the 图表标签 column (one distinct label per form) as categories.
    expect(s.charts).toHaveLength(1);
    const chart = s.charts[0];
    const c = spec.chart!;
    expect(c).toMatchObject({ direction: 'column', categories: 'M4:M10', series: [{ name: '总分', values: 'I4:I10' }, { name: '执行率(%)', values: 'F4:F10' }] });
    expect(chart).toMatchObject({ type: 'ColumnClustered', title: '各项目总分与执行率', legend: { position: 'Bottom' }, from: c.from, to: c.to });
    expect(chart.series).toEqual([
      { name: '总分', values: 'I4:I10', xValues: 'M4:M10' },
      { name: '执行率(%)', values: 'F4:F10', xValues: 'M4:M10' },
    ]);
    expect(chart.categoryAxis).toEqual({ tickLabelSpacing: 1 });
    // …and those ranges hold the totals, the rates and the project names.
    const column = (range: string) => {
      const r = parseRange(range);
      return Array.from({ length: r.bottom - r.top + 1 }, (_, i) => fake.cell(RESULTS_SHEET, toA1(r.top + i, r.left))?.v);
    };
    expect(column(chart.series[0].values!)).toEqual([99.95, 97.88, 100, 99.88, 100, 100, 100]);
    expect(column(chart.series[1].values!)).toEqual([99.45, 78.79, 100, 98.82, 100, 100, 100]);
    const labels = column(chart.series[0].xValues!);
    expect(new Set(labels).size).toBe(7);
    expect(labels[0]).toBe('A1'); // the text in the brackets of 「=SUM(A1)」, written as text

    // Read back through the adapter: one sync, the sheet in the list, nothing Excel turned into a formula.
    const syncs = fake.syncs;
    const grids = await wb.read();
    expect(fake.syncs - syncs).toBe(1);
    const g = grids.find((x) => x.sheet === RESULTS_SHEET)!;
    expect(g.formulas?.flat().filter(Boolean)).toEqual([]);
    expect(sheetOwnership(grids, spec)).toBe('ours');
  });
});

describe('writeSheet: replacing the add-in\'s own sheet', () => {
  test('deleted and added again at its position with the new content only, in one sync; other sheets untouched', async () => {
    const sheets = fixtureSheets();
    sheets.splice(1, 0, oldResults());
    const { fake, wb, spec, grids } = await setup({ sheets });
    expect(sheetOwnership(grids, spec)).toBe('ours');
    const names = sheetNames(fake);
    expect(names[1]).toBe(RESULTS_SHEET);
    const old = fake.sheet(RESULTS_SHEET);
    const otherCells = new Map(fake.sheets.filter((s) => s !== old).map((s) => [s.name, structuredClone([...s.cells])]));

    const syncs = fake.syncs;
    const result = await wb.writeSheet(spec);
    expect(fake.syncs - syncs).toBe(1);
    expect(result).toEqual({ replaced: true, chartSkipped: false });
    expect(sheetNames(fake)).toEqual(names); // same sheets, same order: 「绩效自评结果」 still second
    const now = fake.sheet(RESULTS_SHEET);
    expect(now).not.toBe(old);
    expect(now.id).not.toBe(old.id);
    expect(fake.sheets.indexOf(now)).toBe(1);

    // The old sheet is gone whole: its stray cell, merge and title.
    expect(fake.cell(RESULTS_SHEET, 'Z3')).toBeUndefined();
    expect(now.merges).toEqual([]);
    expect(fake.cell(RESULTS_SHEET, 'A1')).toEqual({ v: '绩效自评结果（共 7 个项目）' });
    expect([...now.cells.keys()].sort()).toEqual(spec.cells.filter((c) => c.value.type !== 'blank').map((c) => c.cell).sort());
    expect(now.charts).toHaveLength(1);

    // Commands: the old sheet was only deleted; the others got none; the rest went to the new sheet.
    expect(fake.commands.filter((c) => c.sheetId === old.id).map((c) => c.op)).toEqual(['delete']);
    expect(fake.commands.filter((c) => c.sheet !== RESULTS_SHEET)).toEqual([]);
    expect(fake.commands.filter((c) => c.sheetId !== old.id).every((c) => c.sheetId === now.id)).toBe(true);
    expect(fake.commands.map((c) => c.op).slice(0, 3)).toEqual(['delete', 'worksheets.add', 'position']);
    for (const [name, cells] of otherCells) expect([...fake.sheet(name).cells]).toEqual(cells);

    // Written again (the figures changed): still one sheet at position 1, one chart, one link per form.
    const again = await setupAgain(wb, fake);
    expect(again.replaced).toBe(true);
    expect(sheetNames(fake)).toEqual(names);
    const third = fake.sheet(RESULTS_SHEET);
    expect(third.charts).toHaveLength(1);
    expect(third.hyperlinks.size).toBe(7);
    expect(third.frozenRows).toBe(3);
    expect(fake.cell(RESULTS_SHEET, 'B4')).toEqual({ v: '新的项目名称' });
  });
});

test('a signed sheet whose name differs only in case is the same sheet to Excel: replaced in place, not doubled', async () => {
  const sheets = fixtureSheets();
  sheets.splice(1, 0, { ...oldResults(), name: 'RESULTS' });
  const { fake, wb, spec, grids } = await setup({ sheets });
  const named = { ...spec, name: 'Results' };
  expect(sheetOwnership(grids, named)).toBe('ours');
  const result = await wb.writeSheet(named);
  expect(result.replaced).toBe(true);
  expect(sheetNames(fake).filter((n) => n.toUpperCase() === 'RESULTS')).toEqual(['Results']);
  expect(sheetNames(fake).indexOf('Results')).toBe(1);
});

/** The first form renamed, read and written again: what 生成汇总 does the second time. */
async function setupAgain(wb: ReturnType<typeof createOfficeWorkbook>, fake: FakeExcel) {
  const form = fake.sheet(FIRST_FORM);
  const [addr] = [...form.cells].find(([, c]) => c.v === '=SUM(A1)')!;
  form.cells.set(addr, { v: '新的项目名称' });
  const grids = await wb.read();
  const spec = resultsSheetSpec(resultsOf(evaluateWorkbook(grids)));
  expect(sheetOwnership(grids, spec)).toBe('ours');
  const syncs = fake.syncs;
  const r = await wb.writeSheet(spec);
  expect(fake.syncs - syncs).toBe(1);
  return r;
}

describe('writeSheet without ExcelApi 1.7', () => {
  test('values and formats written; no hyperlink, no frozen rows, no chart; chartSkipped', async () => {
    const { fake, wb, spec } = await setup({ apiMinor: 6 });
    expect(wb.capabilities().sheets).toBe(false);
    const syncs = fake.syncs;
    const result = await wb.writeSheet(spec); // the fake fails the sync on any API above 1.6
    expect(result).toEqual({ replaced: false, chartSkipped: true });
    expect(fake.syncs - syncs).toBe(1);
    expect(sheetNames(fake).slice(-1)[0]).toBe(RESULTS_SHEET);
    const s = fake.sheet(RESULTS_SHEET);
    for (const c of spec.cells) expect([c.cell, s.cells.get(c.cell)]).toEqual([c.cell, expectedCell(c)]);
    expect(fake.cell(RESULTS_SHEET, 'B4')).toEqual({ v: '=SUM(A1)', quoted: true });
    expect(fake.cell(RESULTS_SHEET, 'C4')).toEqual({ v: FIRST_FORM }); // the sheet's name, without a link
    expect(fake.format(RESULTS_SHEET, 'D4').numberFormat).toBe('0.00');
    expect(fake.format(RESULTS_SHEET, 'A4').numberFormat).toBe('0');
    expect(fake.format(RESULTS_SHEET, 'A3').bold).toBe(true);
    expect(s.columnWidths.get('B')).toBe(235);
    expect(s.hyperlinks.size).toBe(0);
    expect(s.frozenRows).toBe(0);
    expect(s.charts).toEqual([]);
    expect(fake.commands.map((c) => c.op).filter((op) => op === 'hyperlink' || op.startsWith('chart') || op.startsWith('freezePanes'))).toEqual([]);
  });

  test('a workbook without forms: no chart to skip', async () => {
    const { fake, wb, spec } = await setup({ apiMinor: 6, sheets: [{ name: '说明', values: [['填表说明']] }] });
    expect(spec.chart).toBeNull();
    expect(await wb.writeSheet(spec)).toEqual({ replaced: false, chartSkipped: false });
    expect(fake.sheet(RESULTS_SHEET).charts).toEqual([]);
  });
});

describe('writeSheet failures', () => {
  test('the workbook structure protected: a HostError "protected", nothing changed, the sheet list still right', async () => {
    const { fake, wb, spec } = await setup();
    const names = sheetNames(fake);
    fake.structureProtected = true;
    const syncs = fake.syncs;
    const err = await wb.writeSheet(spec).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err).toMatchObject({ code: 'protected', officeCode: 'AccessDenied' });
    expect(fake.syncs - syncs).toBe(1);
    expect(sheetNames(fake)).toEqual(names);
    expect(fake.commands).toEqual([]);

    // The adapter did not take the sheet for added: protection lifted, the next write adds it
    // (it would try to delete a sheet that is not there if it thought so) and a read costs one sync.
    fake.structureProtected = false;
    expect(await wb.writeSheet(spec)).toEqual({ replaced: false, chartSkipped: false });
    expect(sheetNames(fake)).toEqual([...names, RESULTS_SHEET]);
    const before = fake.syncs;
    expect((await wb.read()).map((g) => g.sheet)).toEqual([...names, RESULTS_SHEET]);
    expect(fake.syncs - before).toBe(1);
  });

  test('replacing under structure protection: the old sheet stays as it was; lifted, it is replaced at its place', async () => {
    const sheets = fixtureSheets();
    sheets.splice(1, 0, oldResults());
    const { fake, wb, spec } = await setup({ sheets });
    const names = sheetNames(fake);
    const old = fake.sheet(RESULTS_SHEET);
    fake.structureProtected = true;
    const err = await wb.writeSheet(spec).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).code).toBe('protected');
    expect(fake.sheet(RESULTS_SHEET)).toBe(old);
    expect(fake.cell(RESULTS_SHEET, 'Z3')).toEqual({ v: 'Z3 旧值' });
    expect(sheetNames(fake)).toEqual(names);

    fake.structureProtected = false;
    expect((await wb.writeSheet(spec)).replaced).toBe(true);
    expect(sheetNames(fake)).toEqual(names);
    expect(fake.sheet(RESULTS_SHEET)).not.toBe(old);
    const before = fake.syncs;
    expect((await wb.read()).map((g) => g.sheet)).toEqual(names);
    expect(fake.syncs - before).toBe(1);
  });

  test('any other failed sync is a HostError with a code, never the raw Office.js error', async () => {
    const { fake, wb, spec } = await setup();
    const raw = Object.assign(new Error('Excel hit an internal error'), { code: 'GeneralException', name: 'RichApi.Error' });
    fake.failSync = () => raw;
    const err = await wb.writeSheet(spec).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err).not.toBe(raw);
    expect(err).toMatchObject({ code: 'generalException', officeCode: 'GeneralException' });
  });

  test('「绩效自评结果」 deleted by the user between the read and the write: sheetDeleted', async () => {
    const sheets = fixtureSheets();
    sheets.splice(1, 0, oldResults());
    const { fake, wb, spec } = await setup({ sheets });
    fake.sheets.splice(1, 1);
    const err = await wb.writeSheet(spec).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).code).toBe('sheetDeleted');
    expect(sheetNames(fake)).not.toContain(RESULTS_SHEET); // the failed batch added nothing
    // 生成汇总 reads before it writes: the read corrects the list and the write then adds the sheet.
    await wb.read();
    expect((await wb.writeSheet(spec)).replaced).toBe(false);
    expect(sheetNames(fake).slice(-1)[0]).toBe(RESULTS_SHEET);
  });
});

describe('writeSheet and the change events', () => {
  test('before ExcelApi 1.14: the change Excel reports for the written block is the add-in\'s own, once', async () => {
    const { fake, wb, spec } = await setup({ apiMinor: 13 });
    const edits: EditEvent[] = [];
    await wb.onEdit((e) => edits.push(e));
    await wb.writeSheet(spec);
    const block = fake.writes.find((w) => w.sheet === RESULTS_SHEET)!.cell;
    expect(block).toBe('A1:N14');
    const syncs = fake.syncs;
    await fake.fireChanged(RESULTS_SHEET, block); // Excel reports the values write (no triggerSource before 1.14)
    expect(edits).toEqual([]);
    expect(fake.syncs).toBe(syncs); // the new sheet's id was learned with the write: no lookup
    await fake.fireChanged(RESULTS_SHEET, 'B4'); // the same cell again: now the user
    await fake.fireChanged(RESULTS_SHEET, 'N20'); // a cell the add-in did not write
    expect(edits).toEqual([
      { sheet: RESULTS_SHEET, address: 'B4' },
      { sheet: RESULTS_SHEET, address: 'N20' },
    ]);
  });
});

describe('writeSheet: many forms sharing a short name', () => {
  /** 11 forms 合成项目N(专项经费): nine on their own sheets, two on one sheet. */
  function manySheets(): FakeSheetSpec[] {
    const spec = (i: number) => buildForm({ ...antingSpec(), project: `合成项目${i}(专项经费)` });
    const own = Array.from({ length: 9 }, (_, i) => gridOf(`表${i + 1}`, [{ form: spec(i + 1) }]));
    return [...own, gridOf('两表', [{ form: spec(10) }, { form: spec(11), at: 'A30' }])].map((g) => specFromGrid(g));
  }

  test('a bar chart (BarClustered), one distinct category per form, first at the top, every label shown', async () => {
    const { fake, wb, spec } = await setup({ sheets: manySheets() });
    expect(spec.chart).toMatchObject({ direction: 'bar', categories: 'M4:M14' });
    await wb.writeSheet(spec);
    const [chart] = fake.sheet(RESULTS_SHEET).charts;
    expect(chart).toMatchObject({ type: 'BarClustered', from: spec.chart!.from, to: spec.chart!.to, categoryAxis: { tickLabelSpacing: 1, reversePlotOrder: true } });
    for (const s of chart.series) expect(s.xValues).toBe('M4:M14');
    const labels = Array.from({ length: 11 }, (_, i) => fake.cell(RESULTS_SHEET, `M${4 + i}`)?.v);
    expect(new Set(labels).size).toBe(11);
    expect(labels.every((l) => typeof l === 'string' && l.startsWith('专项经费'))).toBe(true);
    // the chart covers a row of the sheet at least per form
    expect(parseA1(spec.chart!.to).row - parseA1(spec.chart!.from).row + 1).toBeGreaterThanOrEqual(20);
  });
});
