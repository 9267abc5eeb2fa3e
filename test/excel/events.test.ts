/** onEdit: user edits delivered, the add-in's own writes not; subscriptions removed. */
import { EditEvent } from '../../src/core/port';
import { HostError } from '../../src/excel/errors';
import { createOfficeWorkbook } from '../../src/excel/officeWorkbook';
import { buildForm, gridOf } from '../support/buildForm';
import { blankOutputsSpec } from '../core/helpers';
import { evaluateWorkbook } from '../../src/core/evaluate';
import { FakeExcel, specFromGrid } from './fakeExcel';

const form = buildForm(blankOutputsSpec());
const setup = (apiMinor: number) => {
  const fake = new FakeExcel([specFromGrid(gridOf('甲', [{ form }])), specFromGrid(gridOf('乙', [{ form }]))], { apiMinor });
  const wb = createOfficeWorkbook({ host: fake.host, prime: false });
  const edits: EditEvent[] = [];
  return { fake, wb, edits, handler: (e: EditEvent) => edits.push(e) };
};

test('ExcelApi 1.14: one workbook-level subscription (1 sync); ThisLocalAddin changes are ignored', async () => {
  const { fake, wb, edits, handler } = setup(14);
  const off = await wb.onEdit(handler);
  expect(fake.syncs).toBe(1);
  expect(fake.handlers.map((h) => h.sheet)).toEqual([null]);

  await fake.fireChanged('乙', 'E14', 'Unknown');
  await fake.fireChanged('甲', 'G6', 'ThisLocalAddin');
  expect(edits).toEqual([{ sheet: '乙', address: 'E14' }]);

  // The add-in's own write of a cell is not an edit even when the user touched it just before.
  const ev = evaluateWorkbook(await wb.read());
  await wb.apply(ev.plan);
  await fake.fireChanged('甲', 'G6', 'ThisLocalAddin');
  await fake.fireChanged('甲', 'G6', 'Unknown'); // the user, right after
  expect(edits).toEqual([{ sheet: '乙', address: 'E14' }, { sheet: '甲', address: 'G6' }]);

  off();
  await new Promise((r) => setTimeout(r, 0));
  expect(fake.handlers).toEqual([]);
  expect(fake.syncs).toBe(4); // subscribe, read, write, remove
  off(); // twice is harmless
});

test('before ExcelApi 1.14: the cells the add-in just wrote are its own changes, once each', async () => {
  const { fake, wb, edits, handler } = setup(13);
  await wb.onEdit(handler);
  const ev = evaluateWorkbook(await wb.read());
  await wb.apply(ev.plan);
  const written = ev.plan.entries.filter((e) => e.sheet === '甲').map((e) => e.cell);
  for (const cell of written) await fake.fireChanged('甲', cell); // Excel reports the add-in's writes
  expect(edits).toEqual([]);
  await fake.fireChanged('甲', 'G6'); // the same cell again: now the user
  await fake.fireChanged('甲', 'E6:F7'); // other cells
  expect(edits).toEqual([
    { sheet: '甲', address: 'G6' },
    { sheet: '甲', address: 'E6:F7' },
  ]);
});

test('ExcelApi 1.7/1.8: one subscription per sheet (2 syncs)', async () => {
  const { fake, wb, edits, handler } = setup(8);
  const off = await wb.onEdit(handler);
  expect(fake.syncs).toBe(2);
  expect(fake.handlers.map((h) => h.sheet)).toEqual(['甲', '乙']);
  await fake.fireChanged('乙', 'B2');
  expect(edits).toEqual([{ sheet: '乙', address: 'B2' }]);
  off();
  await new Promise((r) => setTimeout(r, 0));
  expect(fake.handlers).toEqual([]);
});

test('two subscribers share one Excel handler; it goes with the last one', async () => {
  const { fake, wb } = setup(14);
  const a: EditEvent[] = [];
  const b: EditEvent[] = [];
  const offA = await wb.onEdit((e) => a.push(e));
  const offB = await wb.onEdit((e) => b.push(e));
  expect(fake.handlers).toHaveLength(1);
  await fake.fireChanged('甲', 'A1', 'Unknown');
  offA();
  await fake.fireChanged('甲', 'A2', 'Unknown');
  expect([a.length, b.length]).toEqual([1, 2]);
  expect(fake.handlers).toHaveLength(1);
  offB();
  await new Promise((r) => setTimeout(r, 0));
  expect(fake.handlers).toEqual([]);
});

test('without ExcelApi 1.7: requirementMissing', async () => {
  const { wb, handler } = setup(6);
  expect(wb.capabilities().editEvents).toBe(false);
  const err = await wb.onEdit(handler).catch((e) => e);
  expect(err).toBeInstanceOf(HostError);
  expect(err.code).toBe('requirementMissing');
});
