/**
 * What the controller's helpers (bindings, inline check, tools, results, undo record, writes) may
 * ask of it: narrow interfaces, so that no helper imports session.ts back (no import loop) and
 * each can be driven by a stub. TaskpaneSession satisfies them all and passes itself.
 */
import type { EvaluateOptions, Grid, WorkbookEvaluation, WorkbookPort } from '../core';
import type { ActionName } from './i18n/strings';
import type { SessionState } from './sessionState';

/** The host and the pane's state: read it, patch it. */
export interface StatePort {
  readonly port: WorkbookPort;
  getState(): SessionState;
  set(patch: Partial<SessionState>): void;
}

/** The grids kept in memory and the evaluation options of the current settings. */
export interface GridsPort extends StatePort {
  lastGrids: Grid[] | null;
  evaluateOptions(scoreByRule?: boolean): EvaluateOptions;
}

/** Running one action at a time, and reading the workbook within it. */
export interface ActionPort extends GridsPort {
  run(action: ActionName, work: () => Promise<void>): Promise<boolean>;
  readAndEvaluate(action: ActionName, scoreByRule?: boolean): Promise<{ grids: Grid[]; ev: WorkbookEvaluation }>;
}
