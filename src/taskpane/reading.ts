/**
 * The controller's read: port.read() and evaluate, with progress for large workbooks. The first
 * time, the workbook's bindings are listed too: the ranges the user bound are the locator's hints.
 */
import type { Grid, WorkbookEvaluation } from '../core';
import type { BindingKeeper } from './bindings';
import type { ActionName } from './i18n/strings';
import type { GridsPort } from './sessionPorts';
import { EvalProgress, evaluateInSlices } from './workbook';

/** What the read asks of the controller: its state and grids, and the bindings (hints). */
export interface ReadPort extends GridsPort {
  readonly bindings: Pick<BindingKeeper, 'ensureLoaded' | 'refreshIfStale'>;
}

/** Reads every sheet and evaluates it in slices (`pause` between them); the grids are kept. */
export async function readAndEvaluate(s: ReadPort, action: ActionName, scoreByRule: boolean, pause: () => Promise<void>): Promise<{ grids: Grid[]; ev: WorkbookEvaluation }> {
  s.set({ busy: { action, phase: 'reading' } });
  const grids = await s.port.read();
  await s.bindings.ensureLoaded();
  const progress = (p: EvalProgress) => s.set({ busy: { action, phase: 'evaluating', progress: p } });
  progress({ sheetsRead: grids.length, sheetsDone: 0, formsFound: 0 });
  let ev = await evaluateInSlices(grids, s.evaluateOptions(scoreByRule), progress, pause);
  // a bound range that no longer fits may have moved since it was listed: list again, re-evaluate
  if (await s.bindings.refreshIfStale(ev)) ev = await evaluateInSlices(grids, s.evaluateOptions(scoreByRule), progress, pause);
  s.lastGrids = grids;
  return { grids, ev };
}
