/**
 * How a host decides which entries of a WritePlan it may write — the same for every host (Excel,
 * the demo's in-memory workbook), so it lives in the core. A sheet is written all or nothing:
 *
 *  - a sheet the host does not have → every entry `sheetMissing`; protected → `protected`;
 *    edited by the user since it was read → `changedMeanwhile`;
 *  - a cell holding a formula → `formula`; a cell whose value is not the plan's `before` →
 *    `changedMeanwhile`; when one entry of a sheet is refused, the others become `sheetRefused`.
 */
import type { CellValue } from './grid';
import type { SkipReason, SkippedEntry } from './port';
import type { PlanEntry, PlanValue } from './writePlan';

/** What a host knows of one sheet when it applies a plan. */
export interface PlanTarget {
  readonly protected: boolean;
  /** The user changed the sheet since it was read, and it was not read again. */
  readonly edited: boolean;
  valueAt(cell: string): CellValue | undefined;
  formulaAt(cell: string): string | null | undefined;
}

export interface SheetDecision {
  /** Entries to write, each with the value its cell holds now (for undo). */
  write: { entry: PlanEntry; before: CellValue }[];
  skipped: SkippedEntry[];
}

/** The cell content a plan value leaves (numbers as JS numbers, as a host stores them). */
export function contentAfter(v: PlanValue): CellValue {
  if (v.type === 'blank') return null;
  if (v.type === 'number') return Number(v.text);
  return v.text;
}

/** Same cell content, across the forms the core and hosts give it (`'9.95'` vs 9.95, '' vs null). */
export function sameContent(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const blank = (x: CellValue | undefined) => x === null || x === undefined || x === '';
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (typeof a === 'object' || typeof b === 'object') {
    const ea = typeof a === 'object' && a !== null ? a.error : a;
    const eb = typeof b === 'object' && b !== null ? b.error : b;
    return ea === eb;
  }
  if (typeof a === 'number' || typeof b === 'number') {
    // comparing what the host holds (a double) with the plan's record of it: identity, not arithmetic
    const na = typeof a === 'number' ? a : typeof a === 'string' && a.trim() !== '' ? Number(a) : NaN;
    const nb = typeof b === 'number' ? b : typeof b === 'string' && b.trim() !== '' ? Number(b) : NaN;
    return na === nb;
  }
  return a === b;
}

/** The entries of one sheet: which to write, which to skip and why (see the file comment). */
export function decideSheet(entries: PlanEntry[], target: PlanTarget | undefined): SheetDecision {
  const all = (reason: SkipReason): SheetDecision => ({ write: [], skipped: entries.map((entry) => ({ entry, reason })) });
  if (!target) return all('sheetMissing');
  if (target.protected) return all('protected');
  if (target.edited) return all('changedMeanwhile');
  const write: SheetDecision['write'] = [];
  const refused = new Map<PlanEntry, SkipReason>();
  const current = new Map<string, CellValue>(); // a cell written twice in one plan
  for (const entry of entries) {
    const before = current.has(entry.cell) ? (current.get(entry.cell) as CellValue) : (target.valueAt(entry.cell) ?? null);
    if (!current.has(entry.cell) && target.formulaAt(entry.cell)) refused.set(entry, 'formula');
    else if (!sameContent(entry.before, before)) refused.set(entry, 'changedMeanwhile');
    else write.push({ entry, before });
    current.set(entry.cell, contentAfter(entry.after));
  }
  if (refused.size === 0) return { write, skipped: [] };
  return { write: [], skipped: entries.map((entry) => ({ entry, reason: refused.get(entry) ?? 'sheetRefused' })) };
}

/** Entries grouped by sheet, in the plan's order. */
export function entriesBySheet(entries: readonly PlanEntry[]): Map<string, PlanEntry[]> {
  const bySheet = new Map<string, PlanEntry[]>();
  for (const e of entries) {
    const list = bySheet.get(e.sheet);
    if (list) list.push(e);
    else bySheet.set(e.sheet, [e]);
  }
  return bySheet;
}
