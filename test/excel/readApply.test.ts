/**
 * The Office.js adapter's read and write paths against office-addin-mock objects (fakeExcel.ts):
 * round trips counted, Grids as the core expects them, writes that never touch formulas, never
 * turn text into formulas and never half-write a sheet.
 */
import { evaluateWorkbook } from '../../src/core/evaluate';
import { format2OrNull } from '../../src/core/decimal';
import { Grid } from '../../src/core/grid';
import { PlanEntry, undoPlan, WritePlan } from '../../src/core/writePlan';
import { cellInput, needsTextMarker } from '../../src/excel/applyPlan';
import { HostError } from '../../src/excel/errors';
import { createOfficeWorkbook } from '../../src/excel/officeWorkbook';
import { toGrid } from '../../src/excel/gridOf';
import { blankOutputsSpec, correctSpec } from '../core/helpers';
import { addressIn, buildForm, gridOf } from '../support/buildForm';
import { FakeExcel, specFromGrid } from './fakeExcel';

const blank = buildForm(blankOutputsSpec());
const correct = buildForm(correctSpec());

/** Three sheets: two stacked forms, one form placed at C3, a notes sheet. */
function threeSheets(): Grid[] {
  return [
    gridOf('城运日常', [{ form: blank }, { form: blank, at: 'A30' }]),
    gridOf('专项经费', [{ form: blank, at: 'C3' }]),
    { sheet: '说明', origin: 'A1', values: [['填表说明'], ['金额单位：万元']], merges: [] },
  ];
}

const fakeOf = (grids: Grid[], apiMinor = 14) => new FakeExcel(grids.map((g) => specFromGrid(g)), { apiMinor });

const entry = (sheet: string, cell: string, after: PlanEntry['after'], before: PlanEntry['before'] = null): PlanEntry => ({ sheet, cell, kind: 'totalScore', before, after });
const plan = (...entries: PlanEntry[]): WritePlan => ({ entries, skippedSheets: [] });
const num = (text: string) => ({ type: 'number' as const, text });
const text = (t: string) => ({ type: 'text' as const, text: t });

describe('round trips', () => {
  test('a whole-workbook recalculation of 3 sheets and 3 stacked forms: 1 read sync + 1 write sync', async () => {
    const fake = fakeOf(threeSheets());
    const wb = createOfficeWorkbook({ host: fake.host }); // lists the sheets in the background
    expect(fake.syncs).toBe(1);

    const grids = await wb.read();
    expect(fake.syncs).toBe(2); // ONE sync for every sheet
    const ev = evaluateWorkbook(grids);
    expect(ev.forms).toHaveLength(3);
    expect(ev.plan.entries).toHaveLength(3 * 7);

    const result = await wb.apply(ev.plan);
    expect(fake.syncs).toBe(3); // ONE sync for every write
    expect(fake.runs).toBe(3);
    expect(result.skipped).toEqual([]);
    expect(result.written).toHaveLength(21);
    expect(fake.writes).toHaveLength(21);
    // Figures as numbers, the grade as plain text.
    expect(fake.cell('城运日常', 'G6')).toEqual({ v: 99.45 });
    expect(fake.cell('城运日常', 'G21')).toEqual({ v: 99.95 });
    expect(fake.cell('城运日常', 'C22')).toEqual({ v: '优' });
    expect(fake.cell('专项经费', addressIn('C3', blank.at.totalScore))).toEqual({ v: 99.95 });

    // Read back: nothing left to write.
    const again = evaluateWorkbook(await wb.read());
    expect(again.plan.entries).toEqual([]);
    expect(fake.syncs).toBe(4);
  });

  test('without the background sheet list the first read costs one more sync, later reads one', async () => {
    const fake = fakeOf(threeSheets());
    const wb = createOfficeWorkbook({ host: fake.host, prime: false });
    expect(fake.syncs).toBe(0);
    await wb.read();
    expect(fake.syncs).toBe(2); // the list, then the sheets
    await wb.read();
    expect(fake.syncs).toBe(3);
  });

  test('with the sheet names remembered in the document (the ribbon), read + write = 2 syncs from a cold start', async () => {
    const fake = fakeOf(threeSheets());
    const wb = createOfficeWorkbook({ host: fake.host, knownSheets: ['城运日常', '专项经费', '说明'] });
    expect(fake.syncs).toBe(0); // no priming
    const ev = evaluateWorkbook(await wb.read());
    expect(fake.syncs).toBe(1);
    await wb.apply(ev.plan);
    expect(fake.syncs).toBe(2);
    expect(fake.cell('城运日常', 'G6')).toEqual({ v: 99.45 });
  });

  test('a stale remembered list corrects itself (a sheet added since: one more sync)', async () => {
    const fake = fakeOf(threeSheets());
    const wb = createOfficeWorkbook({ host: fake.host, knownSheets: ['城运日常', '专项经费'] });
    const grids = await wb.read();
    expect(grids.map((g) => g.sheet)).toEqual(['城运日常', '专项经费', '说明']);
    expect(fake.syncs).toBe(2);
  });

  test('a sheet added since the last batch costs one more sync (only that sheet is read)', async () => {
    const fake = fakeOf(threeSheets());
    const wb = createOfficeWorkbook({ host: fake.host, prime: false });
    await wb.read();
    fake.sheets.push(fake.makeSheet(specFromGrid(gridOf('新增', [{ form: blank }]))));
    const before = fake.syncs;
    const grids = await wb.read();
    expect(fake.syncs - before).toBe(2);
    expect(grids.map((g) => g.sheet)).toEqual(['城运日常', '专项经费', '说明', '新增']);
    expect(evaluateWorkbook(grids).forms).toHaveLength(4);
  });

  test('a sheet deleted since the last batch: the failed batch is repeated without it', async () => {
    const fake = fakeOf(threeSheets());
    const wb = createOfficeWorkbook({ host: fake.host, prime: false });
    await wb.read();
    fake.sheets.splice(1, 1);
    const before = fake.syncs;
    const grids = await wb.read();
    expect(grids.map((g) => g.sheet)).toEqual(['城运日常', '说明']);
    expect(fake.syncs - before).toBe(3); // failed read, list, read
  });

  test('readSheet (the inline re-check when an edit lies outside every form) reads only that sheet, in one sync', async () => {
    const fake = fakeOf(threeSheets());
    const wb = createOfficeWorkbook({ host: fake.host });
    await wb.read();
    const before = fake.syncs;
    const g = await wb.readSheet('专项经费');
    expect(fake.syncs - before).toBe(1);
    expect(g.sheet).toBe('专项经费');
    expect(g.origin).toBe('C3');
    await expect(wb.readSheet('没有这张表')).rejects.toMatchObject({ code: 'sheetDeleted' });
  });

  test('a response over the payload limit is read again in halves', async () => {
    const fake = fakeOf(threeSheets());
    const wb = createOfficeWorkbook({ host: fake.host });
    await wb.read(); // learn the list
    const tooLarge = Object.assign(new Error('Response payload size limit exceeded'), { code: 'ResponsePayloadSizeLimitExceeded' });
    const start = fake.syncs;
    fake.failSync = (n) => (n === start + 1 ? tooLarge : undefined);
    const grids = await wb.read();
    expect(grids.map((g) => g.sheet)).toEqual(['城运日常', '专项经费', '说明']);
    expect(fake.syncs - start).toBe(3); // failed, first half, second half
  });

  test('select: activate the sheet, select from column A (its label scrolled into view) then the cell, one sync', async () => {
    const fake = fakeOf(threeSheets());
    const wb = createOfficeWorkbook({ host: fake.host, prime: false });
    await wb.select('专项经费', 'I9');
    expect(fake.syncs).toBe(1);
    expect(fake.selection).toEqual({ sheet: '专项经费', range: 'I9' });
    expect(fake.commands.filter((c) => c.op === 'select').map((c) => c.address)).toEqual(['A9:I9', 'I9']);
    await wb.select('专项经费', 'A3');
    expect(fake.commands.filter((c) => c.op === 'select').map((c) => c.address).slice(2)).toEqual(['A3']);
    await expect(wb.select('没有', 'A1')).rejects.toMatchObject({ code: 'sheetDeleted' });
  });
});

describe('readRange (inline re-check of one form)', () => {
  const FORM2 = 'A30:I51'; // the second stacked form of 城运日常

  test('one sync; the Grid holds just the range: origin, every cell, the merges intersecting it, protection', async () => {
    const fake = fakeOf(threeSheets());
    const wb = createOfficeWorkbook({ host: fake.host });
    const [full] = await wb.read();
    const before = fake.syncs;
    const g = await wb.readRange('城运日常', FORM2);
    expect(fake.syncs - before).toBe(1);
    expect(fake.runs).toBe(3); // prime, read, readRange
    expect(g.sheet).toBe('城运日常');
    expect(g.origin).toBe('A30');
    expect(g.values).toHaveLength(22);
    expect(g.values.every((row) => row.length === 9)).toBe(true);
    expect(g.values[0][0]).toBe('项目支出绩效自评表');
    // the same cells as the used range (which ends at column H: nothing is in I but merged areas)
    expect(full.values[0]).toHaveLength(8);
    expect(g.values).toEqual(full.values.slice(29, 51).map((row) => [...row, null]));
    expect(g.protected).toBe(false);
    expect(new Set(g.merges)).toEqual(new Set(full.merges.filter((m) => Number(/\d+/.exec(m)?.[0]) >= 30)));
    // evaluated alone, the range is the same form
    const ev = evaluateWorkbook([g]);
    expect(ev.forms.map((f) => f.form.range)).toEqual([FORM2]);
    expect(ev.plan.entries).toEqual(evaluateWorkbook([full]).plan.entries.filter((e) => Number(/\d+/.exec(e.cell)?.[0]) >= 30));
  });

  test('a range cutting merged areas lists them whole; blanks are null; `$` and a sheet name in the address are fine', async () => {
    const fake = fakeOf(threeSheets());
    const wb = createOfficeWorkbook({ host: fake.host });
    const g = await wb.readRange('城运日常', "'城运日常'!$B$30:$C$31");
    expect(g).toEqual({
      sheet: '城运日常',
      origin: 'B30',
      values: [[null, null], [null, null]],
      formulas: [[null, null], [null, null]],
      numberFormats: [[null, null], [null, null]],
      merges: ['A30:I30', 'A31:I31'],
      protected: false,
    });
    const beyond = await wb.readRange('说明', 'A2:B3'); // past the used range: blanks
    expect(beyond.values).toEqual([['金额单位：万元', null], [null, null]]);
    expect(beyond.merges).toEqual([]);
  });

  test('a protected sheet: the flag comes with the range', async () => {
    const fake = new FakeExcel([specFromGrid(gridOf('锁定', [{ form: blank }]), { protected: true })]);
    const wb = createOfficeWorkbook({ host: fake.host });
    expect((await wb.readRange('锁定', 'A1:I22')).protected).toBe(true);
  });

  test('without ExcelApi 1.13 no merged areas are asked for', async () => {
    const fake = fakeOf(threeSheets(), 12);
    const wb = createOfficeWorkbook({ host: fake.host });
    const g = await wb.readRange('城运日常', FORM2); // the fake throws ApiNotFound if they are
    expect(g.merges).toEqual([]);
    expect(g.origin).toBe('A30');
  });

  test('a sheet that no longer exists → sheetDeleted; a malformed range is refused before any sync', async () => {
    const fake = fakeOf(threeSheets());
    const wb = createOfficeWorkbook({ host: fake.host });
    await wb.read();
    await expect(wb.readRange('没有这张表', 'A1:B2')).rejects.toMatchObject({ code: 'sheetDeleted' });
    const before = fake.syncs;
    await expect(wb.readRange('城运日常', '30:51')).rejects.toBeInstanceOf(HostError);
    expect(fake.syncs).toBe(before);
  });

  test('the snapshot is refreshed for the range: a formula typed there since the full read is refused by apply', async () => {
    const fake = fakeOf(threeSheets());
    const wb = createOfficeWorkbook({ host: fake.host });
    const ev = evaluateWorkbook(await wb.read());
    // the user turns form 2's 总分 得分 into a formula after the read (no change events subscribed)
    const total2 = addressIn('A30', blank.at.totalScore);
    fake.sheet('城运日常').cells.set(total2, { v: 90, f: '=SUM(G43:G50)' });
    const g = await wb.readRange('城运日常', FORM2);
    expect(g.formulas?.[blank.at.totalScore[0]][blank.at.totalScore[1]]).toBe('=SUM(G43:G50)');
    const r = await wb.apply(ev.plan);
    expect(r.skipped.find((x) => x.entry.cell === total2)).toEqual({ entry: expect.objectContaining({ sheet: '城运日常', cell: total2 }), reason: 'formula' });
    expect(r.skipped.every((x) => x.entry.sheet === '城运日常')).toBe(true); // the sheet all or nothing
    expect(r.written.every((e) => e.sheet === '专项经费')).toBe(true);
    expect(fake.cell('城运日常', total2)).toMatchObject({ f: '=SUM(G43:G50)' });
  });

  test('the snapshot is refreshed for the range: new values are the `before`; the user\'s edits inside it are settled, outside not', async () => {
    const fake = fakeOf(threeSheets());
    const wb = createOfficeWorkbook({ host: fake.host });
    const unsubscribe = await wb.onEdit(() => undefined);
    await wb.read();
    const grade2 = addressIn('A30', blank.at.grade);
    fake.sheet('城运日常').cells.set(grade2, { v: '差' });
    await fake.fireChanged('城运日常', grade2);
    // edited since the read: refused as changedMeanwhile until read again
    const stale = await wb.apply(plan(entry('城运日常', grade2, text('优'), '差')));
    expect(stale.skipped.map((x) => x.reason)).toEqual(['changedMeanwhile']);
    const syncs = fake.syncs;
    await wb.readRange('城运日常', FORM2);
    const ok = await wb.apply(plan(entry('城运日常', grade2, text('优'), '差')));
    expect(ok.skipped).toEqual([]);
    expect(ok.written).toEqual([expect.objectContaining({ cell: grade2, before: '差' })]);
    expect(fake.syncs - syncs).toBe(2); // the range, the write
    // an old `before` is changedMeanwhile (the snapshot holds what was read, then what was written)
    const old = await wb.apply(plan(entry('城运日常', grade2, text('良'), null)));
    expect(old.skipped.map((x) => x.reason)).toEqual(['changedMeanwhile']);

    // an edit in form 1 is not settled by reading form 2
    await fake.fireChanged('城运日常', 'G10');
    await wb.readRange('城运日常', FORM2);
    const outside = await wb.apply(plan(entry('城运日常', grade2, text('良'), '优')));
    expect(outside.skipped.map((x) => x.reason)).toEqual(['changedMeanwhile']);
    await wb.readRange('城运日常', 'A1:I51');
    expect((await wb.apply(plan(entry('城运日常', grade2, text('良'), '优')))).skipped).toEqual([]);
    unsubscribe();
  });

  test('a sheet known only by a range: a plan inside it needs no read, a plan reaching outside it reads the sheet first', async () => {
    const fake = fakeOf(threeSheets());
    const wb = createOfficeWorkbook({ host: fake.host, prime: false });
    const g = await wb.readRange('专项经费', 'C3:K24');
    expect(fake.syncs).toBe(1);
    const ev = evaluateWorkbook([g]);
    expect(ev.plan.entries).toHaveLength(7);
    const r = await wb.apply(ev.plan);
    expect(r.skipped).toEqual([]);
    expect(fake.syncs).toBe(2); // no read before the write
    const far = await wb.apply(plan(entry('专项经费', 'A1', text('备注'))));
    expect(far.written).toHaveLength(1);
    expect(fake.syncs).toBe(4); // the sheet read whole, then the write
  });
});

describe('Grids as the core expects them', () => {
  test('merged cells: the value in the top-left only, merges listed; the core computes the fixture figures', async () => {
    const truth = gridOf('安亭城运日常运行费用', [{ form: correct }, { form: blank, at: 'C40' }]);
    const fake = fakeOf([truth]);
    const wb = createOfficeWorkbook({ host: fake.host });
    const [g] = await wb.read();
    expect(g.origin).toBe('A1');
    expect(new Set(g.merges)).toEqual(new Set(truth.merges));
    // 一级指标 产出指标 is merged over three rows: value in the first, null below.
    expect(g.values[13][0]).toBe('产出指标');
    expect(g.values[14][0]).toBeNull();
    expect(g.values[15][0]).toBeNull();
    expect(g.protected).toBe(false);

    const ev = evaluateWorkbook([g]);
    const ref = evaluateWorkbook([truth]);
    expect(ev.forms.map((f) => [f.form.range, format2OrNull(f.totalScore), f.grade])).toEqual([
      ['A1:I22', '99.95', '优'],
      ['C40:K61', '99.95', '优'],
    ]);
    expect(ev.forms[0].indicators.map((i) => i.row.level1)).toEqual(ref.forms[0].indicators.map((i) => i.row.level1));
    expect(ev.findings.map((f) => f.code)).toEqual(ref.findings.map((f) => f.code));
    expect(ev.plan).toEqual(ref.plan);
  });

  test('without ExcelApi 1.13 no merged areas are asked for; the core still reads the form', async () => {
    const fake = fakeOf([gridOf('S', [{ form: correct }])], 12);
    const wb = createOfficeWorkbook({ host: fake.host });
    expect(wb.capabilities().mergedAreas).toBe(false);
    const [g] = await wb.read(); // the fake throws ApiNotFound if getMergedAreasOrNullObject is called
    expect(g.merges).toEqual([]);
    expect(evaluateWorkbook([g]).plan.entries).toEqual([]);
  });

  test('toGrid: blanks, errors by valueTypes, quoted text is not a formula, formats, origin', () => {
    const g = toGrid("It's 表", true, {
      address: "'It''s 表'!$C$3:$F$4",
      values: [['', 99.45, '#DIV/0!', '#N/A'], ['=abc', 12, true, 'x']],
      formulas: [['', 99.45, '=E4/0', '#N/A'], ['=abc', '=SUM(D3)', true, 'x']],
      numberFormat: [['General', '0.00%', 'General', '@'], ['General', 'G/通用格式', 'General', 'General']],
      valueTypes: [['Empty', 'Double', 'Error', 'String'], ['String', 'Double', 'Boolean', 'String']],
    }, "'It''s 表'!C3:F3, 'It''s 表'!$C$4:$D$4");
    expect(g).toEqual({
      sheet: "It's 表",
      origin: 'C3',
      values: [[null, 99.45, { error: '#DIV/0!' }, '#N/A'], ['=abc', 12, true, 'x']],
      formulas: [[null, null, '=E4/0', null], [null, '=SUM(D3)', null, null]],
      numberFormats: [[null, '0.00%', null, '@'], [null, null, null, null]],
      merges: ['C3:F3', 'C4:D4'],
      protected: true,
    });
  });
});

describe('safe writes', () => {
  test('formula cells are never assigned: the core leaves them out, and apply refuses them too', async () => {
    const truth = gridOf('S', [{ form: blank }]);
    const f = (truth.formulas = truth.values.map((r) => r.map(() => null as string | null)));
    f[20][6] = '=H6+SUM(G13:G20)'; // 总分 得分 (G21) is a formula with a stale result
    truth.values[20][6] = 90;
    const fake = fakeOf([truth, gridOf('T', [{ form: blank }])]);
    const wb = createOfficeWorkbook({ host: fake.host });
    const ev = evaluateWorkbook(await wb.read());
    expect(ev.plan.entries.some((e) => e.sheet === 'S' && e.cell === 'G21')).toBe(false);
    await wb.apply(ev.plan);
    expect(fake.writes.some((w) => w.sheet === 'S' && w.cell === 'G21')).toBe(false);
    expect(fake.cell('S', 'G21')).toMatchObject({ f: '=H6+SUM(G13:G20)' });

    // A plan made elsewhere (e.g. an undo after the user typed a formula): the sheet is refused.
    fake.writes.length = 0;
    const r = await wb.apply(plan(entry('S', 'G21', num('99.95'), 90), entry('S', 'H6', num('9.95'), 9.95), entry('T', 'C22', text('良'), '优')));
    expect(r.skipped).toEqual([
      { entry: expect.objectContaining({ cell: 'G21' }), reason: 'formula' },
      { entry: expect.objectContaining({ cell: 'H6' }), reason: 'sheetRefused' },
    ]);
    expect(r.written.map((e) => [e.sheet, e.cell, e.before])).toEqual([['T', 'C22', '优']]);
    expect(fake.writes.map((w) => [w.sheet, w.cell])).toEqual([['T', 'C22']]);
  });

  test('text starting with =, +, - or @ is written with a leading apostrophe and stays text', async () => {
    const fake = fakeOf([gridOf('S', [{ form: blank }])]);
    const wb = createOfficeWorkbook({ host: fake.host });
    await wb.read();
    const r = await wb.apply(plan(entry('S', 'C22', text('=良')), entry('S', 'I13', text('+1')), entry('S', 'I14', text('-')), entry('S', 'I15', text('@x')), entry('S', 'I16', text('99.45')), entry('S', 'I17', text('达成'))));
    expect(r.skipped).toEqual([]);
    expect(fake.writes.map((w) => w.values[0][0])).toEqual(["'=良", "'+1", "'-", "'@x", "'99.45", '达成']);
    expect(fake.cell('S', 'C22')).toEqual({ v: '=良', quoted: true });
    expect(fake.cell('S', 'I16')).toEqual({ v: '99.45', quoted: true });
    expect(fake.cell('S', 'I17')).toEqual({ v: '达成' });
  });

  test('needsTextMarker: only text Excel would not keep as text', () => {
    const yes = ['=SUM(A1)', '+1', '-', '-3', '@a', "'x", '99.45', '1,234.5', '50%', '¥12', '(12)', '1e5', '2024-1-5', '1/2', '2024年1月', '2024年1月5日', '12:30', 'TRUE', 'false', '#N/A', '９９．４４', ' 12 '];
    const no = ['优', '达成指标', '3个', '≥90%', 'abc', '', '得分-1', 'A1'];
    expect(yes.filter((t) => !needsTextMarker(t))).toEqual([]);
    expect(no.filter((t) => needsTextMarker(t))).toEqual([]);
    expect(cellInput(num('9.72'))).toBe(9.72);
    expect(cellInput(num('0.00'))).toBe(0);
    expect(cellInput({ type: 'blank', text: '' })).toBe('');
    expect(() => cellInput(num('9,72'))).toThrow(TypeError);
  });

  test('a protected sheet: nothing of it is written, every entry skipped as protected; other sheets are', async () => {
    const lockedGrid = gridOf('锁定', [{ form: blank }]);
    const fake = new FakeExcel([specFromGrid(lockedGrid, { protected: true }), specFromGrid(gridOf('开放', [{ form: blank }]))]);
    const wb = createOfficeWorkbook({ host: fake.host });
    const grids = await wb.read();
    expect(grids[0].protected).toBe(true);
    const ev = evaluateWorkbook(grids);
    expect(ev.plan.skippedSheets).toEqual(['锁定']); // the core already leaves it out…
    // …and apply refuses it anyway, for a plan made elsewhere.
    const locked = evaluateWorkbook([{ ...lockedGrid, protected: false }]).plan.entries;
    const r = await wb.apply({ entries: [...locked, ...ev.plan.entries], skippedSheets: [] });
    expect(r.skipped.map((s) => s.reason)).toEqual(locked.map(() => 'protected'));
    expect(r.written).toHaveLength(ev.plan.entries.length);
    expect(fake.writes.every((w) => w.sheet === '开放')).toBe(true);
  });

  test('a sheet that no longer exists: skipped as sheetMissing, nothing written', async () => {
    const fake = fakeOf([gridOf('S', [{ form: blank }])]);
    const wb = createOfficeWorkbook({ host: fake.host });
    await wb.read();
    const before = fake.syncs;
    const r = await wb.apply(plan(entry('已删除', 'G21', num('99.95'))));
    expect(r).toEqual({ written: [], skipped: [{ entry: expect.objectContaining({ sheet: '已删除' }), reason: 'sheetMissing' }] });
    expect(fake.writes).toEqual([]);
    expect(fake.syncs - before).toBe(2); // its read failed, the list showed it gone; no write sync
  });

  test('a plan for a sheet never read: one read sync for that sheet, then the write', async () => {
    const fake = fakeOf(threeSheets());
    const wb = createOfficeWorkbook({ host: fake.host });
    await wb.readSheet('城运日常');
    const before = fake.syncs;
    const r = await wb.apply(plan(entry('专项经费', addressIn('C3', blank.at.grade), text('优'))));
    expect(r.written).toHaveLength(1);
    expect(fake.syncs - before).toBe(2);
  });

  test('a value changed since the read, or a sheet edited since (change events): changedMeanwhile', async () => {
    const fake = fakeOf(threeSheets());
    const wb = createOfficeWorkbook({ host: fake.host });
    const unsubscribe = await wb.onEdit(() => undefined);
    const ev = evaluateWorkbook(await wb.read());
    await fake.fireChanged('专项经费', 'F9'); // the user types an amount
    const r = await wb.apply(ev.plan);
    expect(new Set(r.skipped.map((s) => `${s.entry.sheet}:${s.reason}`))).toEqual(new Set(['专项经费:changedMeanwhile']));
    expect(r.written.every((e) => e.sheet === '城运日常')).toBe(true);
    // Read again: the sheet is writable again.
    const ev2 = evaluateWorkbook([await wb.readSheet('专项经费')]);
    expect((await wb.apply(ev2.plan)).skipped).toEqual([]);
    // A `before` that is not what the snapshot holds (the plan was made from other content).
    const stale = await wb.apply(plan(entry('说明', 'A2', text('金额单位：元'), '金额单位：亿元')));
    expect(stale.skipped.map((s) => s.reason)).toEqual(['changedMeanwhile']);
    unsubscribe();
  });

  test('undo: written[].before comes back, blanks are written as empty', async () => {
    const fake = fakeOf([gridOf('S', [{ form: blank }])]);
    const wb = createOfficeWorkbook({ host: fake.host });
    const ev = evaluateWorkbook(await wb.read());
    const done = await wb.apply(ev.plan);
    expect(done.written.every((e) => e.before === null)).toBe(true);
    const undone = await wb.apply(undoPlan(done.written));
    expect(undone.skipped).toEqual([]);
    expect(fake.writes.slice(-done.written.length).every((w) => w.values[0][0] === '')).toBe(true);
    expect(fake.cell('S', 'G21')).toBeUndefined();
    expect(evaluateWorkbook(await wb.read()).plan.entries).toHaveLength(ev.plan.entries.length);
  });

  test('a failed write sync: a typed HostError naming the entries of the batch (batches are not transactional)', async () => {
    const fake = fakeOf([gridOf('A', [{ form: blank }]), gridOf('B', [{ form: blank }])]);
    const wb = createOfficeWorkbook({ host: fake.host });
    const ev = evaluateWorkbook(await wb.read());
    fake.sheet('B').protected = true; // protected between the read and the write
    const err = (await wb.apply(ev.plan).catch((e) => e)) as HostError;
    expect(err).toBeInstanceOf(HostError);
    expect(err.code).toBe('protected');
    expect(err.officeCode).toBe('AccessDenied');
    expect(err.attempted).toHaveLength(ev.plan.entries.length);
    // What Office.js does with such a batch: the commands before the failing one have run.
    expect(fake.writes.every((w) => w.sheet === 'A')).toBe(true);
    expect(fake.writes.length).toBe(7);

    const big = Object.assign(new Error('Request payload size limit exceeded'), { code: 'RequestPayloadSizeLimitExceeded' });
    fake.failSync = () => big;
    await expect(wb.apply(plan(entry('A', 'I20', text('x'))))).rejects.toMatchObject({ code: 'payloadTooLarge', attempted: [expect.objectContaining({ cell: 'I20' })] });
  });

  test('a sheet deleted between the read and the write fails the batch before any value is set', async () => {
    const fake = fakeOf([gridOf('A', [{ form: blank }]), gridOf('B', [{ form: blank }])]);
    const wb = createOfficeWorkbook({ host: fake.host });
    const ev = evaluateWorkbook(await wb.read());
    fake.sheets.splice(1, 1);
    await expect(wb.apply(ev.plan)).rejects.toMatchObject({ code: 'sheetDeleted' });
    expect(fake.writes).toEqual([]);
  });
});
