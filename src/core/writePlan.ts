import { CellValue } from './grid';

/** Output cells recalculation may write (SPEC §4). */
export type OutputKind = 'rate' | 'budgetScore' | 'indicatorScore' | 'totalScore' | 'grade';

/**
 * A value to write: figures as exact decimal text (the adapter stores a number), words as text
 * (always stored as text, never as a formula), blank to empty a cell (only undo does that).
 */
export type PlanValue = { type: 'number'; text: string } | { type: 'text'; text: string } | { type: 'blank'; text: '' };

export interface PlanEntry {
  sheet: string;
  cell: string;
  kind: OutputKind;
  /** What the cell holds now (for the change list and for undo). */
  before: CellValue;
  after: PlanValue;
}

/** The one thing adapters apply, in one round trip. */
export interface WritePlan {
  entries: PlanEntry[];
  /** Sheets that had changes but are protected: nothing of theirs is in entries. */
  skippedSheets: string[];
}

export function emptyPlan(): WritePlan {
  return { entries: [], skippedSheets: [] };
}

/** What a cell held, as a value to write back: numbers as numbers, text as text, empty as blank. */
export function planValueOf(value: CellValue): PlanValue {
  if (value === null || value === undefined || value === '') return { type: 'blank', text: '' };
  if (typeof value === 'number') return { type: 'number', text: String(value) };
  if (typeof value === 'boolean') return { type: 'text', text: value ? 'TRUE' : 'FALSE' };
  if (typeof value === 'object') return { type: 'text', text: value.error };
  return { type: 'text', text: value };
}

/**
 * The entries without two writes to one cell: of identical writes one is kept, of differing ones
 * none. Overlapping merges can make one cell two output cells (a 执行率 merged with its 得分, two
 * forms sharing a cell), and either value would be wrong for the other (found by the fuzzer).
 */
export function withoutConflicts(entries: PlanEntry[]): PlanEntry[] {
  if (entries.length < 2) return entries;
  const first = new Map<string, PlanEntry | null>();
  for (const e of entries) {
    const key = `${e.sheet}\u0000${e.cell}`;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, e);
    else if (seen && (seen.after.type !== e.after.type || seen.after.text !== e.after.text)) first.set(key, null);
  }
  if (first.size === entries.length) return entries;
  return entries.filter((e) => first.get(`${e.sheet}\u0000${e.cell}`) === e);
}

/**
 * The plan that restores what a written plan changed (撤销上次重算): every written cell gets its
 * `before` back, in reverse order. A cell written twice ends with its first `before`.
 */
export function undoPlan(written: readonly PlanEntry[]): WritePlan {
  const entries: PlanEntry[] = [];
  for (let i = written.length - 1; i >= 0; i--) {
    const e = written[i];
    entries.push({ sheet: e.sheet, cell: e.cell, kind: e.kind, before: valueOfPlan(e.after), after: planValueOf(e.before) });
  }
  return { entries, skippedSheets: [] };
}

/** A plan value as cell content for change lists (figures stay exact decimal text). */
export function valueOfPlan(v: PlanValue): CellValue {
  if (v.type === 'blank') return null;
  return v.text;
}
