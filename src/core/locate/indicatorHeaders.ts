import { HeaderField, headerFields } from '../labels';
import { LabelIndex } from './labelIndex';

/** The header row of an indicator table: 一级指标 | 二级指标 | 三级指标 | 年度指标值 | … | 得分. */
export interface IndicatorHeader {
  /** The last header row: indicator rows start below it. */
  row: number;
  /** The first header row (the row above `row` where the header takes two rows). */
  top: number;
  cols: Map<HeaderField, number>;
  left: number;
  right: number;
}

export const TABLE_COLUMNS: HeaderField[] = [
  'level1', 'level2', 'name', 'nature', 'direction', 'target', 'unit', 'actual', 'completion', 'weight', 'score', 'deviation', 'criteria', 'remark',
];
// Labels a second header row holds under a merged group label (丽江 2020: 年度指标值 over
// 指标性质 | 指标值 | 度量单位; or 一级/二级/三级 under 绩效指标).
const SUB_FIELDS: HeaderField[] = ['level1', 'level2', 'name', 'nature', 'direction', 'target', 'unit'];

const isTable = (cols: Map<HeaderField, number>): boolean =>
  (cols.has('level1') || cols.has('name')) && cols.has('score') && (cols.has('weight') || cols.has('target') || cols.has('actual'));

/** Every indicator table header of the sheet, one- or two-row, several side by side. */
export function findIndicatorHeaders(index: LabelIndex): IndicatorHeader[] {
  const headers: IndicatorHeader[] = [];
  const rows = new Set<number>();
  const used = new Set<string>(); // groups taken as a header's second row: `row:firstCol`
  for (const cell of index.all) {
    // a header row names 一级指标/三级指标, or 得分 (丽江: 一级指标 on the second header row)
    if (rows.has(cell.row) || !headerFields(cell.key).some((f) => f === 'level1' || f === 'name' || f === 'score')) continue;
    rows.add(cell.row);
    for (const group of index.headerGroups(cell.row)) {
      // a budget word in the row (预算执行率 of a form beside this one) is no column of the table
      const cols = new Map([...group].filter(([f]) => TABLE_COLUMNS.includes(f)));
      if (cols.size === 0 || used.has(`${cell.row}:${Math.min(...cols.values())}`)) continue;
      const found = headerAt(index, cell.row, cols);
      if (!found) continue;
      const { sub, ...header } = found;
      if (sub) used.add(`${header.row}:${Math.min(...sub.values())}`);
      headers.push(header);
    }
  }
  return headers.sort((a, b) => a.row - b.row || a.left - b.left);
}

/** The header a group of header labels starts: alone, or with the sub-labels of the row below. */
function headerAt(index: LabelIndex, row: number, cols: Map<HeaderField, number>): (IndicatorHeader & { sub?: Map<HeaderField, number> }) | null {
  const below = subRow(index, row + 1, cols);
  if (isTable(cols) && !below) return make(index, row, row, cols);
  if (below && isTable(merged(cols, below))) return { ...make(index, row, row + 1, merged(cols, below)), sub: below };
  return null;
}

/** The labels of a row that sit under a group's columns and are sub-labels only, or null. */
function subRow(index: LabelIndex, row: number, over: Map<HeaderField, number>): Map<HeaderField, number> | null {
  if (over.size === 0) return null;
  // 一级/二级/三级 may stand left of the first row's labels, under a merged 绩效指标
  const left = leftEdge(index, row - 1, Math.min(...over.values()));
  const right = Math.max(...over.values());
  // only the labels under this header count (a form beside it may share the row)
  const group = new Map(index.headerGroups(row).flatMap((g) => [...g].filter(([, c]) => c >= left && c <= right)));
  if (group.size < 2 || [...group.keys()].some((f) => !SUB_FIELDS.includes(f))) return null;
  return group;
}

/** The first column of a header row's run of filled (or merged) cells ending at `col`. */
function leftEdge(index: LabelIndex, row: number, col: number): number {
  const view = index.view;
  let c = col;
  const filled = (x: number) => view.mergeAt(row, x) !== undefined || !(view.raw(row, x) === null || view.raw(row, x) === '');
  while (c - 1 >= view.left && col - (c - 1) <= 6 && filled(c - 1)) c--;
  return c;
}

/** The second row's labels win where both rows name a field (年度指标值 above, 指标值 below). */
function merged(first: Map<HeaderField, number>, second: Map<HeaderField, number>): Map<HeaderField, number> {
  return new Map([...first, ...second]);
}

function make(index: LabelIndex, top: number, row: number, cols: Map<HeaderField, number>): IndicatorHeader {
  const used = TABLE_COLUMNS.map((f) => cols.get(f)).filter((c): c is number => c !== undefined);
  const right = Math.max(...used);
  const merge = index.view.mergeAt(top, right);
  return { row, top, cols, left: Math.min(...used), right: merge ? merge.right : right };
}

/** Whether a row repeats a table's header (a form printed over two pages, its header restated). */
export function repeatsHeader(index: LabelIndex, row: number, header: IndicatorHeader): boolean {
  return index.headerGroups(row).some((g) => {
    const lead = g.has('level1') ? 'level1' : g.has('name') ? 'name' : null;
    return lead !== null && g.get(lead) === header.cols.get(lead) && (g.has('score') || g.has('weight') || g.size >= 3);
  });
}

export function missingTableColumns(header: IndicatorHeader): string[] {
  return (['name', 'target', 'actual', 'weight', 'score', 'deviation'] as HeaderField[]).filter((f) => !header.cols.has(f));
}
