import { parseA1, RangeRef, rangeToA1 } from '../a1';
import { FormCell } from '../form';
import { Grid, GridView } from '../grid';
import { FundKind, fundKind, labelKey } from '../labels';
import { formCell, shownText } from '../locate/cells';
import { isBlankText } from '../numbers';
import {
  RESULTS_SHEET_SIGNATURE, SUMMARY_MEASURE_SYNONYMS, SUMMARY_UNIT_LABELS, SummaryColumn, SummaryMeasure, SummaryRow, SummaryTable,
} from './summaryTable';

const measureIndex = new Map<string, SummaryMeasure>();
for (const [measure, words] of Object.entries(SUMMARY_MEASURE_SYNONYMS) as [SummaryMeasure, readonly string[]][]) {
  for (const w of words) if (!measureIndex.has(w)) measureIndex.set(w, measure);
}
const measureOf = (key: string): SummaryMeasure | undefined => measureIndex.get(key);
// 小计 heads a total column in summaries only; on a form it never labels a fund row.
const fundOf = (key: string): FundKind | undefined => (key === '小计' ? 'total' : fundKind(key));
// A row that sums the projects above it ends the table: it is no project.
const TOTAL_ROW_RE = /^(合计|总计|小计|总合计|共计)/;

/** True for the add-in's own results sheet: cell A2 starts with RESULTS_SHEET_SIGNATURE. */
export function isResultsSheet(grid: Grid): boolean {
  const o = parseA1(grid.origin || 'A1');
  const v = o.col === 0 && o.row <= 1 ? grid.values[1 - o.row]?.[0] : null;
  return typeof v === 'string' && v.trim().startsWith(RESULTS_SHEET_SIGNATURE);
}

/**
 * Every 项目支出汇总表 on a sheet, at any offset: a header cell 项目名称 with at least one figure
 * column (measure × fund) on its row, or under a group header merged over two rows, and at least
 * one project row below. The add-in's results sheet is never one (isResultsSheet).
 */
export function locateSummaries(grid: Grid): SummaryTable[] {
  if (isResultsSheet(grid)) return [];
  let view: GridView | null = null;
  const o = parseA1(grid.origin || 'A1');
  const found: { table: SummaryTable; area: RangeRef }[] = [];
  grid.values.forEach((cells, i) =>
    cells?.forEach((v, j) => {
      // A cheap filter first: the label has 项 and 称 whatever spaces or widths it is written with.
      if (typeof v !== 'string' || v.length > 30 || !v.includes('项') || !v.includes('称') || labelKey(v) !== '项目名称') return;
      // …and its row names a measure or a fund somewhere (a form's 项目名称 row names neither): no
      // GridView is built for the thousands of forms of a batch
      if (!cells.some((x) => typeof x === 'string' && x !== v && x.length <= 30 && (measureOf(labelKey(x)) !== undefined || fundOf(labelKey(x)) !== undefined))) return;
      const row = o.row + i;
      const col = o.col + j;
      if (found.some(({ area }) => row >= area.top && row <= area.bottom && col >= area.left && col <= area.right)) return;
      view ??= new GridView(grid);
      const t = readTable(view, row, col);
      if (t) found.push(t);
    }),
  );
  return found.map((t) => t.table);
}

interface HeaderLabels {
  col: number;
  groupCell: string;
  group: string;
  sub: string;
}

function readTable(view: GridView, row: number, col: number): { table: SummaryTable; area: RangeRef } | null {
  const nameMerge = view.mergeAt(row, col);
  const mergedDown = nameMerge !== undefined && nameMerge.bottom > row;
  const subRow = mergedDown ? (nameMerge as RangeRef).bottom : row + 1;
  const labels: HeaderLabels[] = [];
  for (let c = view.left; c <= view.right; c++) {
    if (c === col) continue;
    const g = view.master(row, c);
    const s = view.master(subRow, c);
    // A group merged down over the sub-header row has no sub-header (财政提供预算金额 D2:D3).
    const sub = s.row === subRow ? shownText(view, subRow, c) : '';
    labels.push({ col: c, groupCell: view.address(g.row, g.col), group: shownText(view, row, c), sub });
  }
  // The row below is a sub-header when the 项目名称 cell is merged down to it, or when it pairs a
  // fund with a measure above it (or the reverse); otherwise it is the first project.
  const hasSub = mergedDown || labels.some(({ group, sub }) => {
    const [g, s] = [labelKey(group), labelKey(sub)];
    return (measureOf(g) !== undefined && fundOf(s) !== undefined) || (fundOf(g) !== undefined && measureOf(s) !== undefined);
  });
  const columns: SummaryColumn[] = [];
  let unitColumn: number | null = null;
  for (const l of labels) {
    const column = columnOf(l, hasSub);
    if (column && !columns.some((x) => x.measure === column.measure && x.fund === column.fund)) columns.push(column);
    else if (!column && unitColumn === null && SUMMARY_UNIT_LABELS.includes(labelKey(l.group))) unitColumn = l.col;
  }
  if (columns.length === 0) return null;
  const headerBottom = hasSub ? subRow : row;
  let left = col;
  while (left - 1 >= view.left && shownText(view, row, left - 1) !== '') left--; // 序号 and the like
  const { rows, totalRow } = readRows(view, headerBottom, col, left, unitColumn, columns);
  if (rows.length === 0) return null;
  const right = Math.max(col, unitColumn ?? col, ...columns.map((c) => c.col));
  const bottom = totalRow ?? rows[rows.length - 1].row;
  const area = { top: row, left, bottom, right };
  const table: SummaryTable = {
    sheet: view.sheet,
    range: rangeToA1(area),
    headerRange: rangeToA1({ top: row, left, bottom: headerBottom, right }),
    projectColumn: col,
    unitColumn,
    columns,
    rows,
    totalRow,
  };
  return { table, area };
}

/**
 * The measure × fund of a header column: a measure group (年初预算数) over a fund sub-header
 * (当年财政拨款), a fund group over a measure, or a measure alone (its total). A caption group
 * (资金情况) over a measure also gives the total. Anything else is not a figure column.
 */
function columnOf(l: HeaderLabels, hasSub: boolean): SummaryColumn | null {
  const g = labelKey(l.group);
  const s = hasSub ? labelKey(l.sub) : '';
  const label = s ? `${l.group}/${l.sub}` : l.group;
  const gm = measureOf(g);
  if (gm) {
    const fund = s === '' ? 'total' : fundOf(s);
    return fund ? { col: l.col, headerCell: l.groupCell, label, measure: gm, fund } : null;
  }
  const sm = measureOf(s);
  if (sm) return { col: l.col, headerCell: l.groupCell, label, measure: sm, fund: fundOf(g) ?? 'total' };
  return null;
}

/** Project rows: up to the first blank project name, a 合计/总计 row or another header. */
function readRows(view: GridView, headerBottom: number, col: number, left: number, unitColumn: number | null, columns: SummaryColumn[]) {
  const rows: SummaryRow[] = [];
  let totalRow: number | null = null;
  for (let r = headerBottom + 1; r <= view.bottom; r++) {
    if (view.master(r, col).row !== r) continue; // a name merged down: its first row holds the figures
    const v = view.raw(r, col);
    // A 栏次 row (1, 2, 3 … under the header) names no project; no project is named by a number.
    if (typeof v === 'number') continue;
    let total = false;
    for (let c = left; c <= col && !total; c++) total = TOTAL_ROW_RE.test(labelKey(view.value(r, c)));
    if (total) {
      totalRow = r;
      break;
    }
    if (typeof v !== 'string' || isBlankText(v) || labelKey(v) === '项目名称') break;
    const unit = unitColumn === null ? '' : shownText(view, r, unitColumn);
    rows.push({
      row: r,
      project: v.trim(),
      projectCell: view.address(r, col),
      unit: unit || null,
      figures: columns.map((column) => ({ column, cell: formCell(view, r, column.col) as FormCell })),
    });
  }
  return { rows, totalRow };
}
