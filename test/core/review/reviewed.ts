/** The correct form on sheet S with a 「复核记录」 made for it and edited as a reviewer would. */
import { evaluateWorkbook, defaultOptions } from '../../../src/core/evaluate';
import type { Grid } from '../../../src/core/grid';
import { recordSheet } from '../../../src/core/review';
import { gridOf, buildForm } from '../../support/buildForm';
import { put, recordRow, specGrid } from '../../support/specGrid';
import { cellsOf, correctSpec, profile } from '../helpers';

export type SetRecord = (formCell: string, col: 'F' | 'G' | 'H', v: string | number | null, overall?: boolean) => void;

export const options = defaultOptions({ profile: profile('standard') });
export const built = buildForm(correctSpec());
export const c = cellsOf(built);
export const form = (): Grid => gridOf('S', [{ form: buildForm(correctSpec()) }]);

/** The form and a fresh record, the record edited by `edit` (cells by the form cell they name). */
export function reviewed(edit: (rec: Grid, set: SetRecord) => void = () => {}, grids = [form()]) {
  const made = recordSheet(evaluateWorkbook(grids, options).forms, null, options, grids.map((g) => g.sheet));
  if (!made) throw new Error('no record');
  const rec = specGrid(made.spec);
  edit(rec, (cell, col, v, overall = false) => put(rec, `${col}${recordRow(rec, cell, overall) + 1}`, v));
  const ev = evaluateWorkbook([...grids, rec], options);
  return { ev, rec, made, review: ev.review! };
}

