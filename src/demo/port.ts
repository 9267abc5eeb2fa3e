/**
 * DemoPort: the WorkbookPort of the demo host — the same interface the task pane uses in Excel,
 * over the in-memory DemoWorkbook. Every call is asynchronous (a host round trip) and decides as
 * the Excel adapter does: core/applyRules.ts for what a plan may write, codes of
 * src/excel/errors.ts for failures (the task pane words them). Typed entries come from the grid
 * view through `typeInto`, which refuses what Excel would refuse and tells the task pane of the
 * edit (onEdit).
 */
import {
  ApplyResult, CellValue, decideSheet, EditEvent, entriesBySheet, Grid, HostCapabilities, MarkerPlan, parseA1, PlanEntry, SettingsStore, SheetSpec, SkippedEntry, sliceGrid, WorkbookPort,
  WritePlan, WriteSheetResult,
} from '../core';
import { DemoBindings } from './bindings';
import { DemoMarkers } from './markers';
import { typedValue } from './typed';
import type { DemoView } from './view';
import type { DemoWorkbook } from './workbook';

/** An error as src/excel raises it: the task pane reads `code` (i18n/hostErrors.ts). */
export function demoError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { name: 'HostError', code });
}

/** Yields like a round trip to a host, so the pane never relies on synchronous answers. */
const roundTrip = () => new Promise<void>((r) => setTimeout(r, 0));

export type TypeResult = { ok: true } | { ok: false; reason: 'protected' | 'validation' | 'noSheet'; max?: string };

export class DemoPort implements WorkbookPort {
  readonly markersStore: DemoMarkers;
  /** The port the task pane runs on: this one, or the WPS port over it (?host=wps, wps/wpsHost.ts). */
  panePort: WorkbookPort = this;
  /** Where typed entries go instead of this port's own write (?host=wps: the fake WPS's user edit). */
  editSink?: (sheet: string, cell: string, value: CellValue) => void;
  readonly bindings: DemoBindings;
  private readonly handlers = new Set<(e: EditEvent) => void>();
  private readonly store = new Map<string, unknown>();

  constructor(
    readonly workbook: DemoWorkbook,
    readonly view: DemoView,
  ) {
    this.markersStore = new DemoMarkers((s) => workbook.look(s));
    this.bindings = new DemoBindings(() => view.selectionRange());
  }

  capabilities(): HostCapabilities {
    return { mergedAreas: true, settings: true, bindings: true, markers: true, editEvents: true, sheets: true };
  }

  async read(): Promise<Grid[]> {
    await roundTrip();
    return this.workbook.allGrids().map(copyGrid);
  }

  async readSheet(sheet: string): Promise<Grid> {
    await roundTrip();
    return copyGrid(this.sheetGrid(sheet));
  }

  async readRange(sheet: string, range: string): Promise<Grid> {
    await roundTrip();
    return sliceGrid(this.sheetGrid(sheet), range);
  }

  async apply(plan: WritePlan): Promise<ApplyResult> {
    await roundTrip();
    const written: PlanEntry[] = [];
    const skipped: SkippedEntry[] = [];
    const wb = this.workbook;
    for (const [sheet, entries] of entriesBySheet(plan.entries)) {
      const exists = wb.grid(sheet) !== undefined;
      const target = exists
        ? { protected: wb.isProtected(sheet), edited: false, valueAt: (c: string) => wb.valueAt(sheet, c), formulaAt: (c: string) => wb.formulaAt(sheet, c) }
        : undefined;
      const d = decideSheet(entries, target);
      skipped.push(...d.skipped);
      written.push(...d.write.map((w) => ({ ...w.entry, before: w.before })));
    }
    wb.writeEntries(written); // all sheets at once: one change notification, one repaint
    return { written, skipped };
  }

  async writeSheet(spec: SheetSpec): Promise<WriteSheetResult> {
    await roundTrip();
    return { ...this.workbook.putSheet(spec), chartSkipped: false };
  }

  async select(sheet: string, cell: string): Promise<void> {
    await roundTrip();
    if (!this.workbook.hasSheet(sheet)) throw demoError('sheetDeleted', `no sheet ${sheet}`);
    this.reveal(sheet, cell);
  }

  /** Shows a cell in the grid view (its sheet's tab, scrolled to it, column A kept). */
  reveal(sheet: string, cell: string): void {
    const { row, col } = parseA1(cell);
    this.view.reveal(sheet, row, col, cell.replace(/\$/g, '').toUpperCase());
  }

  async onEdit(handler: (edit: EditEvent) => void): Promise<() => void> {
    await roundTrip();
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  /** The user typed `input` into a cell of the grid view. */
  typeInto(sheet: string, cell: string, input: string): TypeResult {
    if (!this.workbook.hasSheet(sheet)) return { ok: false, reason: 'noSheet' };
    if (this.workbook.isProtected(sheet)) return { ok: false, reason: 'protected' };
    const value = typedValue(input);
    const refusal = this.markersStore.refusal(sheet, cell, value);
    if (refusal) return { ok: false, reason: 'validation', max: refusal.max };
    if (this.editSink) {
      this.editSink(sheet, cell, value);
      return { ok: true };
    }
    this.workbook.write([{ sheet, cell, value, source: 'user' }]);
    for (const h of [...this.handlers]) h({ sheet, address: cell });
    return { ok: true };
  }

  settings: SettingsStore = {
    get: async <T>(key: string): Promise<T | undefined> => {
      await roundTrip();
      const v = this.store.get(key);
      return v === undefined ? undefined : (structuredClone(v) as T); // a copy, as a host's is
    },
    set: async <T>(key: string, value: T): Promise<void> => {
      await roundTrip();
      if (value === undefined) this.store.delete(key);
      else this.store.set(key, JSON.parse(JSON.stringify(value)) as unknown);
    },
  };

  markers = {
    apply: async (plan: MarkerPlan) => {
      await roundTrip();
      const result = this.markersStore.apply(plan);
      this.workbook.touch();
      return result;
    },
    clear: async () => {
      await roundTrip();
      const n = this.markersStore.clear();
      this.workbook.touch();
      return n;
    },
  };

  private sheetGrid(sheet: string): Grid {
    const g = this.workbook.grid(sheet);
    if (!g) throw demoError('sheetDeleted', `no sheet ${sheet}`);
    return g;
  }
}

/** A Grid the pane may keep: its own arrays, not the workbook's cache. */
function copyGrid(g: Grid): Grid {
  return structuredClone(g);
}
