/** The add-in's own writes, to recognise its change events where Excel does not say who made a change. */
import { parseRange, toA1 } from '../core/a1';

/** Cells the add-in wrote, each recognised once in the change events that follow (ExcelApi < 1.14). */
export class RecentWrites {
  private readonly pending = new Map<string, { cells: Set<string>; until: number }>();

  constructor(private readonly ttlMs = 5000, private readonly now: () => number = Date.now) {}

  add(sheet: string, cells: string[]): void {
    const entry = this.pending.get(sheet) ?? { cells: new Set<string>(), until: 0 };
    for (const c of cells) entry.cells.add(c);
    entry.until = this.now() + this.ttlMs;
    this.pending.set(sheet, entry);
  }

  /**
   * True (and forgotten) when every cell of `address` is one the add-in wrote moments ago: the
   * change event is the add-in's own. A user edit of other cells is never swallowed.
   */
  consume(sheet: string, address: string): boolean {
    const entry = this.pending.get(sheet);
    if (!entry) return false;
    if (this.now() > entry.until) {
      this.pending.delete(sheet);
      return false;
    }
    const cells = cellsOf(address);
    if (!cells || cells.length === 0 || !cells.every((c) => entry.cells.has(c))) return false;
    for (const c of cells) entry.cells.delete(c);
    if (entry.cells.size === 0) this.pending.delete(sheet);
    return true;
  }
}

/** The cells of a small A1 range (at most 10 000), or null for whole rows/columns and bigger ranges. */
function cellsOf(address: string): string[] | null {
  let r;
  try {
    r = parseRange(address);
  } catch {
    return null;
  }
  const n = (r.bottom - r.top + 1) * (r.right - r.left + 1);
  if (n > 10000) return null;
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(toA1(row, col));
  return out;
}
