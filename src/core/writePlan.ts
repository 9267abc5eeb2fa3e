import { CellValue } from './grid';

/** Output cells recalculation may write (SPEC §4). */
export type OutputKind = 'rate' | 'budgetScore' | 'indicatorScore' | 'totalScore' | 'grade';

/** A value to write: figures as exact decimal text (the adapter stores a number), words as text. */
export type PlanValue = { type: 'number'; text: string } | { type: 'text'; text: string };

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
