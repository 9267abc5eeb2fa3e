/** Workbooks, plans and the port over the fake ET, for the port's tests. */
import type { Grid } from '../../src/core';
import type { PlanEntry, WritePlan } from '../../src/core/writePlan';
import { OwnWrites } from '../../src/wps/events';
import { createWpsWorkbook } from '../../src/wps/wpsWorkbook';
import { buildForm, gridOf } from '../support/buildForm';
import { antingSpec } from '../taskpane/forms';
import { createFakeEt, type FakeEtOptions } from './fakeEt';

export const formsWorkbook = (n: number) => Array.from({ length: n }, (_, i) => gridOf(`表${i + 1}`, [{ form: buildForm(antingSpec()) }]));
export const plan = (...entries: PlanEntry[]): WritePlan => ({ entries, skippedSheets: [] });
export const entry = (sheet: string, cell: string, before: PlanEntry['before'], text: string, type: 'number' | 'text' = 'number'): PlanEntry =>
  ({ sheet, cell, kind: 'rate', before, after: { type, text } as PlanEntry['after'] });

export function open(grids: Grid[], options: FakeEtOptions = {}, ownWrites?: OwnWrites) {
  const fake = createFakeEt(grids, options);
  return { ...fake, port: createWpsWorkbook({ app: fake.app, ownWrites }) };
}

