import { FormCell, IndicatorRow } from '../form';
import { HeaderField, headerFields, isFormTitle, isRowLabel } from '../labels';
import { formCell, shownText } from './cells';
import { LabelIndex } from './labelIndex';

/** The header row of an indicator table: 一级指标 | 二级指标 | 三级指标 | 年度指标值 | … | 得分. */
export interface IndicatorHeader {
  row: number;
  cols: Map<HeaderField, number>;
  left: number;
  right: number;
}

export interface IndicatorTable extends IndicatorHeader {
  indicators: IndicatorRow[];
  totalWeight: FormCell | null;
  totalScore: FormCell | null;
  grade: FormCell | null;
  lastRow: number;
}

const TABLE_COLUMNS: HeaderField[] = ['level1', 'level2', 'name', 'target', 'actual', 'weight', 'score', 'deviation'];

export function findIndicatorHeaders(index: LabelIndex): IndicatorHeader[] {
  const headers: IndicatorHeader[] = [];
  const seen = new Set<number>();
  for (const cell of index.all) {
    if (seen.has(cell.row)) continue;
    const anchor = headerFields(cell.key);
    if (!anchor.includes('level1') && !anchor.includes('name')) continue;
    const cols = index.headerColumns(cell.row);
    if (!(cols.has('level1') || cols.has('name')) || !cols.has('score')) continue;
    if (!cols.has('weight') && !cols.has('target') && !cols.has('actual')) continue;
    seen.add(cell.row);
    const used = TABLE_COLUMNS.map((f) => cols.get(f)).filter((c): c is number => c !== undefined);
    const right = Math.max(...used);
    const merge = index.view.mergeAt(cell.row, right);
    headers.push({ row: cell.row, cols, left: Math.min(...used), right: merge ? merge.right : right });
  }
  return headers.sort((a, b) => a.row - b.row);
}

export function missingTableColumns(header: IndicatorHeader): string[] {
  return (['name', 'target', 'actual', 'weight', 'score', 'deviation'] as HeaderField[]).filter((f) => !header.cols.has(f));
}

/**
 * Indicator rows below the header down to the 总分 row (or the next form). 一级/二级 labels
 * apply to the rows below them until the next label, merged or not.
 */
export function readIndicatorTable(index: LabelIndex, header: IndicatorHeader, stopRow: number): IndicatorTable {
  const view = index.view;
  const c = header.cols;
  const indicators: IndicatorRow[] = [];
  let level1 = '';
  let level2 = '';
  let totalRow = -1;
  let lastRow = header.row;
  const bottom = Math.min(stopRow - 1, view.bottom);
  for (let row = header.row + 1; row <= bottom; row++) {
    const labels = index.row(row).filter((l) => l.col >= header.left - 1 && l.col <= header.right);
    if (labels.some((l) => isRowLabel(l.key, 'totalScore'))) {
      totalRow = row;
      break;
    }
    if (labels.some((l) => isRowLabel(l.key, 'grade'))) break;
    // A form without 总分 row must not swallow the next form's head.
    if (labels.some((l) => isFormTitle(l.norm) || isRowLabel(l.key, 'project') || isRowLabel(l.key, 'department'))) break;
    const l1 = shownText(view, row, c.get('level1'));
    const l2 = shownText(view, row, c.get('level2'));
    if (l1 && l1 !== level1) {
      level1 = l1;
      level2 = '';
    }
    if (l2) level2 = l2;
    const nameCol = c.get('name') ?? c.get('level2') ?? c.get('level1');
    const name = c.get('name') !== undefined ? shownText(view, row, c.get('name')) : '';
    const ind: IndicatorRow = {
      row,
      level1,
      level2,
      name,
      nameCell: view.address(row, nameCol as number),
      target: formCell(view, row, c.get('target')),
      actual: formCell(view, row, c.get('actual')),
      weight: formCell(view, row, c.get('weight')),
      score: formCell(view, row, c.get('score')),
      deviation: formCell(view, row, c.get('deviation')),
    };
    const filled = [ind.target, ind.actual, ind.weight, ind.score].some((fc) => fc && fc.row === row && isFilled(fc.value));
    if (!name && !filled) continue;
    indicators.push(ind);
    lastRow = row;
  }
  let totalWeight: FormCell | null = null;
  let totalScore: FormCell | null = null;
  let grade: FormCell | null = null;
  let searchFrom = lastRow + 1;
  if (totalRow >= 0) {
    totalWeight = formCell(view, totalRow, c.get('weight'));
    totalScore = formCell(view, totalRow, c.get('score'));
    lastRow = totalRow;
    searchFrom = totalRow;
  }
  for (let row = searchFrom; row <= Math.min(bottom, searchFrom + 3) && !grade; row++) {
    const label = index.row(row).find((l) => l.col >= header.left - 1 && l.col <= header.right && isRowLabel(l.key, 'grade'));
    if (!label) continue;
    const found = index.valueRightOf(label, header.right);
    const merge = view.mergeAt(row, label.col);
    grade = formCell(view, row, found ? found.col : merge ? merge.right + 1 : label.col + 1);
    lastRow = Math.max(lastRow, row);
  }
  return { ...header, indicators, totalWeight, totalScore, grade, lastRow };
}

function isFilled(v: unknown): boolean {
  return v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '');
}
