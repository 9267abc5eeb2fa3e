/** The review tests' workbook and the cells of 「复核记录」 as the fake host holds it after writeSheet. */
import { screen } from '@testing-library/react';
import type { Grid } from '../../src/core';
import { REVIEW_SHEET } from '../../src/core';
import { FakeWorkbookPort } from './fakePort';
import { ANTING, antingSpec, WANGGE, wanggeSpec, workbook } from './forms';

export { REVIEW_SHEET };

export function reviewPort(): FakeWorkbookPort {
  return new FakeWorkbookPort(workbook([ANTING, antingSpec()], [WANGGE, wanggeSpec()]));
}

/** The record's body rows of one form's items (not （总体）): 1-based row numbers and the form cell each names. */
export function itemRows(g: Grid, sheet: string): { row: number; cell: string }[] {
  return g.values.flatMap((r, k) => (k >= 3 && r[0] === sheet && r[3] !== '（总体）' ? [{ row: k + 1, cell: String(r[1]) }] : []));
}

export function overallRow(g: Grid, sheet: string): number {
  return g.values.findIndex((r, k) => k >= 3 && r[0] === sheet && r[3] === '（总体）') + 1;
}

/** The review view's section of a form. */
export const formView = (sheet: string): HTMLElement => {
  const el = screen.getByTestId('review').querySelector<HTMLElement>(`[data-review-form="${sheet}"]`);
  if (!el) throw new Error(`no review of ${sheet}`);
  return el;
};
