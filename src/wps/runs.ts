/**
 * A sheet's cells to write, grouped into runs: cells adjacent in a column (the usual case: 执行率
 * in G, 得分 in H), then the cells left alone there adjacent in a row. Each run is one rectangle
 * `G6:G9` written with one `Range(…).Value2 = [[…], …]`, so a write costs per run, not per cell.
 */
import { parseA1, toA1 } from '../core/a1';

export interface Run<T> {
  /** `G6:G9`, `C5:E5` or `G6`. */
  address: string;
  /** Rows of values, the shape Value2 takes (a column run: one value per row). */
  values: T[][];
  /** The cells of the run, in its order. */
  cells: string[];
}

interface Cell<T> {
  row: number;
  col: number;
  cell: string;
  value: T;
}

/** Cells (A1) with their values → runs; a cell given twice keeps its last value. */
export function groupRuns<T>(items: readonly { cell: string; value: T }[]): Run<T>[] {
  const byCell = new Map<string, Cell<T>>();
  for (const it of items) {
    const { row, col } = parseA1(it.cell);
    const cell = toA1(row, col);
    byCell.set(cell, { row, col, cell, value: it.value });
  }
  const cells = [...byCell.values()];
  const runs: Run<T>[] = [];
  const alone: Cell<T>[] = [];
  const byColumn = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  for (const seq of sequences(byColumn, (a, b) => a.col === b.col && b.row === a.row + 1)) {
    if (seq.length > 1) runs.push(runOf(seq, true));
    else alone.push(seq[0]);
  }
  alone.sort((a, b) => a.row - b.row || a.col - b.col);
  for (const seq of sequences(alone, (a, b) => a.row === b.row && b.col === a.col + 1)) runs.push(runOf(seq, false));
  return runs;
}

/** Maximal stretches of `sorted` whose neighbours are `next` of each other. */
function sequences<T>(sorted: Cell<T>[], next: (a: Cell<T>, b: Cell<T>) => boolean): Cell<T>[][] {
  const out: Cell<T>[][] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && next(last[last.length - 1], c)) last.push(c);
    else out.push([c]);
  }
  return out;
}

function runOf<T>(seq: Cell<T>[], vertical: boolean): Run<T> {
  const first = seq[0].cell;
  const last = seq[seq.length - 1].cell;
  return {
    address: first === last ? first : `${first}:${last}`,
    values: vertical ? seq.map((c) => [c.value]) : [seq.map((c) => c.value)],
    cells: seq.map((c) => c.cell),
  };
}
