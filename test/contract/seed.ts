/**
 * The contract's workbook, small and hand-made, in tab order:
 *  - 城运日常: one 项目支出绩效自评表 (test/support/buildForm, outputs blank: the core has a plan);
 *  - 杂项 (from B2): text, numbers, booleans, errors, formulas, text that looks like a number,
 *    merged areas (B3:C4, D6:E7 — the latter reaching past the last value), blanks inside;
 *  - 锁定表: a protected sheet holding a form.
 */
import { parseA1, toA1 } from '../../src/core/a1';
import type { CellValue, Grid } from '../../src/core/grid';
import { blankOutputsSpec } from '../core/helpers';
import { buildForm, gridOf } from '../support/buildForm';

export const FORM_SHEET = '城运日常';
export const MISC_SHEET = '杂项';
export const LOCKED_SHEET = '锁定表';
export const MISSING_SHEET = '没有这张表';

export const FORM = buildForm(blankOutputsSpec());

function miscSheet(): Grid {
  const e = (error: string) => ({ error });
  // B..E, rows 2..7
  const values: CellValue[][] = [
    ['名称', 12.5, true, e('#N/A')],
    ['合并', null, 3, 15.5],
    [null, null, false, e('#DIV/0!')],
    ['备注', null, -7, 'TRUE'],
    ['0012', null, '跨', null],
    [null, null, null, null],
  ];
  const formulas: (string | null)[][] = values.map((r) => r.map(() => null));
  formulas[1][3] = '=C2+D3';
  formulas[2][3] = '=1/0';
  return { sheet: MISC_SHEET, origin: 'B2', values, formulas, merges: ['B3:C4', 'D6:E7'] };
}

/** buildForm leaves '' in a few cells; a host holds no empty text, so the seed has null there. */
const noEmptyText = (g: Grid): Grid => ({ ...g, values: g.values.map((r) => r.map((v) => (v === '' ? null : v))) });

export function seedWorkbook(): Grid[] {
  return [gridOf(FORM_SHEET, [{ form: FORM }]), miscSheet(), gridOf(LOCKED_SHEET, [{ form: FORM }], { protected: true })].map(noEmptyText);
}

/** Every non-blank cell of a Grid by address (values and formulas), for hosts seeded cell by cell. */
export function cellsOf(g: Grid): { cell: string; value: CellValue; formula: string | null }[] {
  const o = parseA1(g.origin);
  const out: { cell: string; value: CellValue; formula: string | null }[] = [];
  g.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const formula = g.formulas?.[r]?.[c] ?? null;
      if (value !== null || formula) out.push({ cell: toA1(o.row + r, o.col + c), value, formula });
    }),
  );
  return out;
}
