/**
 * Pure parts of writeSheet.ts: a SheetSpec's table as one Value2 matrix, its number formats as
 * runs of cells, and the chart's source range.
 */
import { parseA1, parseRange, toA1 } from '../core/a1';
import { specBlock, type SheetSpec, type SpecCell } from '../core/sheetSpec';
import { textInput } from './refs';

/** A value as Value2 gets it: figures as numbers, text always as text, blank as ''. */
export function specInput(c: SpecCell): string | number {
  if (c.value.type === 'blank') return '';
  if (c.value.type === 'number') {
    const n = Number(c.value.text); // the core's exact two-decimal text: a double stores it as typed
    if (!Number.isFinite(n)) throw new TypeError(`not a number to write: ${JSON.stringify(c.value.text)}`);
    return n;
  }
  return textInput(c.value.text);
}

/** The whole table from A1: its address and the values, blanks between the spec's cells. */
export function sheetValues(spec: SheetSpec): { address: string; values: (string | number)[][] } {
  return specBlock<string | number>(spec, specInput, '');
}

/** The number format of a figure (counts are integers); null for text and blanks (General). */
function formatOf(c: SpecCell): string | null {
  if (c.value.type !== 'number') return null;
  return c.style === 'count' ? '0' : '0.00';
}

/** Figures' number formats as runs of adjacent cells in a row with the same format. */
export function formatRuns(spec: SheetSpec): { range: string; format: string }[] {
  const cells = spec.cells
    .map((c) => ({ p: parseA1(c.cell), format: formatOf(c) }))
    .filter((x): x is { p: { row: number; col: number }; format: string } => x.format !== null)
    .sort((a, b) => a.p.row - b.p.row || a.p.col - b.p.col);
  const out: { range: string; format: string }[] = [];
  let i = 0;
  while (i < cells.length) {
    let j = i;
    while (j + 1 < cells.length && cells[j + 1].p.row === cells[i].p.row && cells[j + 1].p.col === cells[j].p.col + 1 && cells[j + 1].format === cells[i].format) j++;
    const a = toA1(cells[i].p.row, cells[i].p.col);
    const b = toA1(cells[j].p.row, cells[j].p.col);
    out.push({ range: a === b ? a : `${a}:${b}`, format: cells[i].format });
    i = j + 1;
  }
  return out;
}

/**
 * The chart's source for SetSourceData: the category column and each series column, as areas of
 * one range (adjacent areas as one rectangle). When the row above every series holds its name (the header row), it is included, so
 * the series get their names and the categories' header stays the corner.
 */
export function chartSource(spec: SheetSpec): string | null {
  const c = spec.chart;
  if (!c || c.series.length === 0) return null;
  const text = new Map(spec.cells.map((x) => [x.cell, x.value.text]));
  const above = (range: string) => {
    const r = parseRange(range);
    return r.top > 0 ? toA1(r.top - 1, r.left) : null;
  };
  const named = c.series.every((s) => {
    const cell = above(s.values);
    return cell !== null && text.get(cell) === s.name;
  });
  const areas = [c.categories, ...c.series.map((s) => s.values)].map((range) => {
    const r = parseRange(range);
    return { ...r, top: named ? r.top - 1 : r.top };
  });
  // side by side in order: one rectangle (a union of areas only where the columns are apart)
  const merged = areas.reduce<typeof areas>((out, a) => {
    const last = out[out.length - 1];
    if (last && last.top === a.top && last.bottom === a.bottom && last.right + 1 === a.left) last.right = a.right;
    else out.push({ ...a });
    return out;
  }, []);
  return merged.map((r) => `${toA1(r.top, r.left)}:${toA1(r.bottom, r.right)}`).join(',');
}
