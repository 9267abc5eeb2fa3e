/**
 * A sheet holding one table — title, the add-in's signature, a header row, body rows, optional
 * totals and extra rows — as a SheetSpec. 「绩效自评结果」 and the sheets of `jixiao summary` are
 * all made with it, so they look alike.
 */
import { toA1 } from '../a1';
import { Decimal, format2 } from '../decimal';
import type { CellStyle, ChartSpec, PrintSetup, SheetSpec, SpecCell } from '../sheetSpec';
import type { PlanValue } from '../writePlan';
import { chartDirection } from './chartLabels';
import { SHEET_TEXT } from './sheetText';

/** Marks a sheet as the add-in's own (see SheetSpec.signature): a same-named sheet without it is never replaced. */
export const SHEET_SIGNATURE = SHEET_TEXT.signature;
export const SIGNATURE_CELL = 'A2';
/** The table's header row (1-based): title in row 1, signature in row 2. */
export const HEADER_ROW = 3;

export type TableValue = string | Decimal | number | null | { text: string; link: { sheet: string; cell: string } };

export interface TableColumn {
  header: string;
  width: number;
  /** text: as is; figure: two decimals; count: an integer. */
  kind: 'text' | 'figure' | 'count';
}

export interface TableSheetInput {
  name: string;
  title: string;
  columns: TableColumn[];
  rows: TableValue[][];
  /** A totals row under the body (bold). */
  totals?: TableValue[];
  /** Rows after a blank line under the table (e.g. grade counts): [label, …values]. */
  extra?: { header: TableValue[]; rows: TableValue[][] };
  /** The chart over columns of the body: category column and series columns (0-based indexes); placed under the table from `fromColumn`. */
  chart?: { title: string; categoryColumn: number; series: { column: number; name: string }[]; fromColumn: number };
  /** Printed on A4 in this orientation, one page wide, the title, signature and header rows on every page. */
  print?: PrintSetup['orientation'];
}

function planValue(v: TableValue, kind: TableColumn['kind']): PlanValue {
  if (v === null || v === '') return { type: 'blank', text: '' };
  if (v instanceof Decimal) return { type: 'number', text: kind === 'count' ? v.toDecimalPlaces(0).toString() : format2(v) };
  if (typeof v === 'number') return { type: 'number', text: kind === 'count' ? String(Math.round(v)) : format2(new Decimal(v)) };
  if (typeof v === 'object') return { type: 'text', text: v.text };
  return { type: 'text', text: v };
}

function cellOf(row: number, col: number, v: TableValue, kind: TableColumn['kind'], style: CellStyle): SpecCell | null {
  const value = planValue(v, kind);
  if (value.type === 'blank' && style !== 'header' && style !== 'total') return null;
  // counts are integers wherever they stand (a totals row too; it then loses its bold there)
  const numericStyle = (style === 'body' || style === 'total') && kind === 'count' && value.type === 'number' ? 'count' : style;
  const out: SpecCell = { cell: toA1(row, col), value, style: numericStyle };
  if (v !== null && typeof v === 'object' && !(v instanceof Decimal)) out.link = v.link;
  return out;
}

export function tableSheet(input: TableSheetInput): SheetSpec {
  const { columns } = input;
  const cells: SpecCell[] = [
    { cell: 'A1', value: { type: 'text', text: input.title }, style: 'title' },
    { cell: SIGNATURE_CELL, value: { type: 'text', text: SHEET_SIGNATURE }, style: 'note' },
  ];
  const push = (c: SpecCell | null) => c && cells.push(c);
  const head = HEADER_ROW - 1; // 0-based
  columns.forEach((c, j) => push(cellOf(head, j, c.header, 'text', 'header')));
  input.rows.forEach((r, i) => columns.forEach((c, j) => push(cellOf(head + 1 + i, j, r[j] ?? null, c.kind, 'body'))));
  let next = head + 1 + input.rows.length;
  if (input.totals) {
    columns.forEach((c, j) => push(cellOf(next, j, input.totals?.[j] ?? null, c.kind, 'total')));
    next++;
  }
  if (input.extra) {
    next++; // a blank line
    input.extra.header.forEach((v, j) => push(cellOf(next, j, v, 'text', 'header')));
    input.extra.rows.forEach((r, i) => r.forEach((v, j) => push(cellOf(next + 1 + i, j, v, j === 0 ? 'text' : 'count', 'body'))));
  }
  return {
    name: input.name,
    cells,
    columnWidths: columns.map((c) => c.width),
    frozenRows: HEADER_ROW,
    chart: chartOf(input, next + (input.extra ? 1 + input.extra.rows.length : 0)),
    signatureCell: SIGNATURE_CELL,
    signature: SHEET_SIGNATURE,
    ...(input.print ? { print: { paper: 'A4', orientation: input.print, titleRows: HEADER_ROW, fitToWidth: true } } : {}),
  };
}

/** Rows of the sheet a chart of `lines` categories covers: 20, and for bars across one more per category past 12 (title, legend and axis take about 8). */
export function chartRows(direction: 'column' | 'bar', lines: number): number {
  return direction === 'bar' ? Math.max(20, lines + 8) : 20;
}

/**
 * The chart goes under everything else on the sheet, across the first columns: seen without
 * scrolling sideways. Many forms: bars across, the chart as tall as the forms need.
 */
function chartOf(input: TableSheetInput, firstFreeRow: number): ChartSpec | null {
  const c = input.chart;
  if (!c || input.rows.length === 0) return null;
  const first = HEADER_ROW; // 0-based row of the first body line
  const last = HEADER_ROW + input.rows.length - 1;
  const range = (col: number) => `${toA1(first, col)}:${toA1(last, col)}`;
  const top = firstFreeRow + 1;
  const direction = chartDirection(input.rows.length);
  return {
    title: c.title,
    direction,
    categories: range(c.categoryColumn),
    series: c.series.map((s) => ({ name: s.name, values: range(s.column) })),
    from: toA1(top, c.fromColumn),
    to: toA1(top + chartRows(direction, input.rows.length) - 1, c.fromColumn + Math.max(6, Math.min(input.columns.length - 1, 12))),
  };
}
