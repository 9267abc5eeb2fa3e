/** A WpsContext over the fake ET for the store's tests, recording the add-in's own writes. */
import type { Grid } from '../../src/core';
import type { WpsContext } from '../../src/wps/context';
import { createFakeEt, type FakeEt } from './fakeEt';

export interface TestContext extends WpsContext {
  writes: { sheet: string; address: string }[];
}

export function contextOf(fake: FakeEt): TestContext {
  const writes: { sheet: string; address: string }[] = [];
  const app = fake.app;
  return {
    app,
    writes,
    workbook() {
      const wb = app.ActiveWorkbook;
      if (!wb) throw Object.assign(new Error('no workbook'), { code: 'notInExcel' });
      return wb;
    },
    ownWrite: (sheet, address) => void writes.push({ sheet, address }),
  };
}

export function sheetGrid(sheet: string, values: Grid['values'] = [['x']], extra: Partial<Grid> = {}): Grid {
  return { sheet, origin: 'A1', values, merges: [], ...extra };
}

export function openFake(grids: Grid[]): { fake: FakeEt; ctx: TestContext } {
  const fake = createFakeEt(grids);
  return { fake, ctx: contextOf(fake) };
}

/** Saves, reopens, and gives a fresh context over the reopened workbook. */
export function reopen(fake: FakeEt): { fake: FakeEt; ctx: TestContext } {
  const next = fake.book.saveAndReopen();
  return { fake: next, ctx: contextOf(next) };
}
