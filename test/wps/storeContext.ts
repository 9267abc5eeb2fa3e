/** A WpsContext over the fake ET for the store's tests, recording the add-in's own writes. */
import type { Grid } from '../../src/core';
import type { WpsContext } from '../../src/wps/context';
import type { EtApplication, EtRange } from '../../src/wps/et';
import { createFakeEt, type FakeEt } from './fakeEt';

export interface TestContext extends WpsContext {
  writes: { sheet: string; address: string }[];
}

/**
 * The fake's app, with Application.Selection (which the fake does not have yet) read from the
 * fake's own selection (Range.Select), as WPS gives it: a Range of the active workbook.
 */
function withSelection(fake: FakeEt): EtApplication {
  const selection = (): EtRange | null => {
    const s = fake.book.selection();
    return s ? fake.app.ActiveWorkbook!.Worksheets.Item(s.sheet).Range(s.range) : null;
  };
  return new Proxy(fake.app, { get: (t, p) => (p === 'Selection' ? selection() : Reflect.get(t, p)) });
}

export function contextOf(fake: FakeEt): TestContext {
  const writes: { sheet: string; address: string }[] = [];
  const app = withSelection(fake);
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
