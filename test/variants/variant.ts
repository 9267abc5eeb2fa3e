/** What one variant is (name, description, builder) and the base most variants start from. */
import type { Workbook } from 'exceljs';
import { Expect } from './expect';
import { FixtureForm } from './fixtureScan';

export interface BuildContext {
  /** A fresh copy of the fixture workbook (mutate freely). */
  fixture: Workbook;
  forms: FixtureForm[];
}

export interface VariantDef {
  name: string;
  description: string;
  build(ctx: BuildContext): Promise<{ wb: Workbook; expect: Expect }>;
}

/** Every fixture form in place, unchanged: the base most variants mutate. */
export function inPlace(ctx: BuildContext): Expect {
  const e = new Expect();
  for (const ff of ctx.forms) e.placeForm(ff, ctx.fixture.worksheets[ff.index], ff.sheet);
  return e;
}
