/**
 * What the shared WorkbookPort contract (portContract.ts) needs of a host beside the port itself:
 * the workbook it was seeded with, a way to act as the user (an edit that fires the host's change
 * event, a protection switched on) and a look at what the host holds, bypassing the port.
 *
 * Which features a harness can drive is declared up front (`PortSupports`), because jest registers
 * tests synchronously, before any (asynchronous) harness exists: a case needing an undeclared
 * feature is registered with `it.skip`, its title naming why, so that skipping shows in the run.
 */
import type { CellValue, Grid } from '../../src/core/grid';
import type { WorkbookPort } from '../../src/core/port';

export interface PortHarness {
  port: WorkbookPort;
  /** What the workbook was built from, in tab order. */
  seed: Grid[];
  /** As the user: the cell takes `value` and the host fires its change event (awaited). */
  userEdit(sheet: string, cell: string, value: CellValue): Promise<void>;
  /** As the user: the sheet becomes protected (no port call). */
  protect(sheet: string): void;
  /** What the host holds in a cell now, past the port (blank → null; errors as `{ error }`). */
  cell(sheet: string, a1: string): { value: CellValue; formula: string | null };
  /** How many of the add-in's markers (validations + conditional formats) the host holds now. */
  markerCount(): number;
}

/** Features a harness may be unable to drive. */
export type Feature = 'userEdit' | 'protect' | 'editEvents' | 'settings' | 'bindings' | 'markers' | 'sheets';

/** Per feature: `true`, or why the harness cannot drive it (the skipped case's title says so). */
export type PortSupports = Record<Feature, true | string>;

export interface ContractOptions {
  supports: PortSupports;
  /**
   * Contract cases this port is known to fail, by exact case title → the bug, reported. They run
   * as `it.failing` (so a fix shows up as a failure to remove the entry); the contract is not
   * weakened for them.
   */
  knownBugs?: Record<string, string>;
}

export const ALL_SUPPORTED: PortSupports = { userEdit: true, protect: true, editEvents: true, settings: true, bindings: true, markers: true, sheets: true };
