/** Results columns (./columns) as a table of a sheet (./tableSheet): headers, widths, formats, rows and the totals row. */
import type { ResultColumn, ResultLine } from './columns';
import type { ResultTotals } from './resultRows';
import { SHEET_TEXT } from './sheetText';
import type { TableColumn, TableValue } from './tableSheet';

/** The sheets are in Chinese whatever the interface language. */
export function tableColumns(columns: readonly ResultColumn[]): TableColumn[] {
  return columns.map((c) => ({ header: c.header['zh-CN'], width: c.width, kind: c.format }));
}

/**
 * A form's line. With `links` (the form is in the same workbook) a linksToForm cell links to the
 * form, and names its range when the form does not start at A1 (a sheet may hold several forms).
 */
export function tableRow(columns: readonly ResultColumn[], row: ResultLine, index: number, links: boolean): TableValue[] {
  return columns.map((c) => {
    const v = c.value(row, index) ?? c.missing ?? null;
    if (!links || !c.linksToForm || v === null) return v;
    const text = row.range.startsWith('A1:') ? String(v) : `${String(v)}!${row.range}`;
    return { text, link: { sheet: row.sheet, cell: row.anchor } };
  });
}

/** 合计 in the first column, then each column's total (blank where it has none). */
export function totalsRow(columns: readonly ResultColumn[], totals: ResultTotals): TableValue[] {
  return columns.map((c, i) => (i === 0 ? SHEET_TEXT.totals : c.total?.(totals) ?? null));
}
