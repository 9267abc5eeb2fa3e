import { FormCell, IndicatorRow } from '../form';
import { FOOTER_RE, isFormTitle, isRowLabel, normalizeText } from '../labels';
import { IndicatorHeader, repeatsHeader } from './indicatorHeaders';
import { formCell, shownText } from './cells';
import { LabelIndex } from './labelIndex';

export { findIndicatorHeaders, missingTableColumns } from './indicatorHeaders';
export type { IndicatorHeader } from './indicatorHeaders';

export interface IndicatorTable extends IndicatorHeader {
  indicators: IndicatorRow[];
  totalWeight: FormCell | null;
  totalScore: FormCell | null;
  grade: FormCell | null;
  lastRow: number;
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
  let level1Cell: string | undefined;
  let level2 = '';
  let totalRow = -1;
  let lastRow = header.row;
  const bottom = Math.min(stopRow - 1, view.bottom);
  const col = {
    level1: c.get('level1'), level2: c.get('level2'), name: c.get('name'), target: c.get('target'),
    actual: c.get('actual'), weight: c.get('weight'), score: c.get('score'), deviation: c.get('deviation'),
    nature: c.get('nature'), direction: c.get('direction'), unit: c.get('unit'),
  };
  const nameCol = (col.name ?? col.level2 ?? col.level1) as number;
  for (let row = header.row + 1; row <= bottom; row++) {
    const end = rowEnd(index, row, header);
    if (end === 'total') {
      totalRow = row;
      break;
    }
    if (end === 'stop') break;
    if (end === 'skip') {
      row += header.row - header.top; // a two-row header is restated whole
      continue;
    }
    const l1 = shownText(view, row, col.level1);
    const l2 = shownText(view, row, col.level2);
    if (l1 && l1 !== level1) {
      level1 = l1;
      level1Cell = view.address(row, col.level1 as number);
      level2 = '';
    }
    if (l2) level2 = l2;
    const name = col.name !== undefined ? shownText(view, row, col.name) : '';
    const ind: IndicatorRow = {
      row,
      level1,
      level2,
      name,
      nameCell: view.address(row, nameCol),
      target: formCell(view, row, col.target),
      actual: formCell(view, row, col.actual),
      weight: formCell(view, row, col.weight),
      score: formCell(view, row, col.score),
      deviation: formCell(view, row, col.deviation),
    };
    if (level1Cell !== undefined) ind.level1Cell = level1Cell;
    if (col.nature !== undefined) ind.nature = formCell(view, row, col.nature);
    if (col.direction !== undefined) ind.direction = formCell(view, row, col.direction);
    if (col.unit !== undefined) ind.unit = formCell(view, row, col.unit);
    const empty = !filledHere(ind.target, row) && !filledHere(ind.actual, row) && !filledHere(ind.weight, row) && !filledHere(ind.score, row);
    // template rows left in (廊坊 2019: 指标2, ……) are no indicators
    if (empty && (!name || PLACEHOLDER_RE.test(name.normalize('NFKC')))) continue;
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

const PLACEHOLDER_RE = /^(指标\s*\d*[:：]?|[.…。·、\-—/]+|无|暂无)$/;

/** A cell of this very row (not a merge reaching down from above) with something in it. */
function filledHere(fc: FormCell | null, row: number): boolean {
  if (!fc || fc.row !== row) return false;
  const v = fc.value;
  return v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '');
}

/**
 * How a row ends the indicator rows: the 总分 row, a stop (评分等级, the next form's head, what
 * follows a form: 评价结论, signatures, 填表说明), a skip (the header restated after a page
 * break), or not.
 */
function rowEnd(index: LabelIndex, row: number, header: IndicatorHeader): 'total' | 'stop' | 'skip' | null {
  for (const l of index.row(row)) {
    if (l.col < header.left - 1 || l.col > header.right) continue;
    if (isRowLabel(l.key, 'totalScore')) return 'total';
    // A form without 总分 row must not swallow the next form's head.
    if (isRowLabel(l.key, 'grade') || isFormTitle(l.norm) || isRowLabel(l.key, 'project') || isRowLabel(l.key, 'department')) return 'stop';
  }
  const view = index.view;
  const first = view.master(row, header.left);
  const text = view.raw(first.row, first.col);
  if (typeof text === 'string' && FOOTER_RE.test(normalizeText(text))) return 'stop';
  // a note merged across the table (past the 得分 column) is no indicator row
  const merge = view.mergeAt(row, header.left);
  const scoreCol = header.cols.get('score') as number;
  if (merge && merge.top === row && merge.right >= scoreCol && merge.bottom - merge.top < 3) return 'stop';
  return repeatsHeader(index, row, header) ? 'skip' : null;
}
