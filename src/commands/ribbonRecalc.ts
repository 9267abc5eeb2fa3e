/**
 * 一键重算 from the ribbon, run in the function file's own runtime: the same whole-workbook
 * recalculation as the task pane's button (read → evaluate every form → write the plan), without
 * needing the pane open. What it wrote is stored in the workbook (SETTING_KEYS.lastWrite), so the
 * pane's 撤销上次重算 can undo it, and the sheet list is remembered so that the next ribbon run reads
 * in one round trip: read (1 sync) + write (1 sync).
 */
import { evaluateWorkbook, hintsOf, loadSettings, parseFormMap, parseSheetNames, SETTING_KEYS, WorkbookPort } from '../core';

export interface RibbonOutcome {
  written: number;
  skipped: number;
  forms: number;
  errors: number;
}

export interface RibbonDeps {
  /** The port over the open workbook, created with the remembered sheet names. */
  openPort(knownSheets: string[] | null): WorkbookPort;
  /** The settings store, available before the port (document settings cost no round trip). */
  settings: WorkbookPort['settings'];
  now?: () => number;
}

export async function recalculateFromRibbon(deps: RibbonDeps): Promise<RibbonOutcome> {
  const { profile } = await loadSettings(deps.settings);
  const known = parseSheetNames(await deps.settings.get<unknown>(SETTING_KEYS.sheets));
  const port = deps.openPort(known);
  const grids = await port.read();
  await deps.settings.set(SETTING_KEYS.sheets, grids.map((g) => g.sheet));
  // Ranges the user bound (odd layouts) from the saved form map: no round trip. They are as of
  // binding time; a range that no longer holds its table gives BINDING_MISMATCH and the sheet is
  // located as usual.
  const hints = hintsOf(parseFormMap(await deps.settings.get<unknown>(SETTING_KEYS.bindings)));
  const ev = evaluateWorkbook(grids, { profile, hints });
  const applied = ev.plan.entries.length ? await port.apply(ev.plan) : { written: [], skipped: [] };
  if (applied.written.length) {
    await deps.settings.set(SETTING_KEYS.lastWrite, { at: (deps.now ?? Date.now)(), entries: applied.written });
  }
  return {
    written: applied.written.length,
    skipped: applied.skipped.length,
    forms: ev.forms.length,
    errors: ev.findings.filter((f) => f.severity === 'error').length,
  };
}
