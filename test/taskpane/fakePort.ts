/**
 * FakeWorkbookPort: the WorkbookPort of the task-pane tests, backed by Grids (test/support/
 * buildForm.ts). It reads the workbook, a sheet or a range of a sheet (`rangeReads` records
 * which), applies plans to its grids as the real hosts decide (core/applyRules.ts: protected
 * sheets, formulas and cells changed meanwhile refused, a sheet all or nothing), records selects
 * (a missing sheet rejects `sheetDeleted`), keeps settings as copies, bindings and markers (the
 * markers it holds: `markerCount`), lets a test simulate the user's edits, and can be told to fail
 * any call with a HostError-like error. test/contract/fake.contract.test.ts holds it to the
 * WorkbookPort contract.
 *
 * Bindings behave as src/excel/bindings.ts: `bound` is what Excel has, `formMap` what the workbook's
 * settings remember (status() reports the difference as lost); bind() numbers the parts per sheet
 * and part and replaces the automatic bindings of the sheets it is given, leaving the user's
 * (`…:user<n>:…`). A test moves a binding (moveBinding), loses it (loseBinding) or inserts rows
 * (insertRows: the cells, merges and bindings move as in Excel).
 */
import {
  ApplyResult,
  BindingsStatus,
  CellValue,
  contentAfter,
  decideSheet,
  EditEvent,
  entriesBySheet,
  FormBinding,
  Grid,
  HostCapabilities,
  inMarkerScope,
  MarkerPlan,
  parseA1,
  parseRange,
  PlanEntry,
  rangeToA1,
  RangeRef,
  SheetSpec,
  SkippedEntry,
  sliceGrid,
  WriteSheetResult,
  WorkbookPort,
  WritePlan,
} from '../../src/core';
import { bindingId, isUserBinding, userBindingId } from '../../src/core/bindingIds';

export type FakeMethod =
  | 'read'
  | 'readSheet'
  | 'readRange'
  | 'apply'
  | 'writeSheet'
  | 'select'
  | 'onEdit'
  | 'settings.get'
  | 'settings.set'
  | 'bindings.bind'
  | 'bindings.list'
  | 'bindings.status'
  | 'bindings.bindSelection'
  | 'bindings.remove'
  | 'markers.apply'
  | 'markers.clear';

/** What src/excel's HostError looks like to the task pane: an Error with a `code`. */
export function hostError(code: string, message = `fake host: ${code}`): Error & { code: string } {
  return Object.assign(new Error(message), { name: 'HostError', code });
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** A written SheetSpec as the Grid a host would read back (values only, from A1). */
export function specGrid(spec: SheetSpec): Grid {
  const values: CellValue[][] = [];
  for (const c of spec.cells) {
    const { row, col } = parseA1(c.cell);
    while (values.length <= row) values.push([]);
    while (values[row].length <= col) values[row].push(null);
    values[row][col] = c.value.type === 'blank' ? null : c.value.type === 'number' ? Number(c.value.text) : c.value.text;
  }
  const width = Math.max(0, ...values.map((r) => r.length));
  return { sheet: spec.name, origin: 'A1', values: values.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]), merges: [] };
}

/** The core's sliceGrid: what a host's readRange returns. */
export { sliceGrid };

export class FakeWorkbookPort implements WorkbookPort {
  readonly selects: { sheet: string; cell: string }[] = [];
  readonly applied: WritePlan[] = [];
  readonly calls: string[] = [];
  /** Every readRange, in order. */
  readonly rangeReads: { sheet: string; range: string }[] = [];
  readonly store = new Map<string, unknown>();
  /** The bindings Excel has now. */
  readonly bound: FormBinding[] = [];
  /** The form map saved in the workbook's settings (what was bound, at the time). */
  readonly formMap: FormBinding[] = [];
  readonly markerPlans: MarkerPlan[] = [];
  markersCleared = 0;
  /** What bindSelection binds (the user's selection in Excel). */
  selection = { sheet: 'Sheet1', range: 'A5:I9' };
  private readonly failures = new Map<FakeMethod, { error: unknown; times: number }>();
  private readonly handlers = new Set<(e: EditEvent) => void>();
  private caps: HostCapabilities;

  constructor(
    public grids: Grid[],
    caps: Partial<HostCapabilities> = {},
  ) {
    this.caps = { mergedAreas: true, settings: true, bindings: true, markers: true, editEvents: true, sheets: true, ...caps };
  }

  /** The next `times` calls of `method` reject with `error` (a protected HostError by default). */
  fail(method: FakeMethod, error: unknown = hostError('protected'), times = Infinity): void {
    this.failures.set(method, { error, times });
  }

  heal(method?: FakeMethod): void {
    if (method) this.failures.delete(method);
    else this.failures.clear();
  }

  private async enter(method: FakeMethod): Promise<void> {
    this.calls.push(method);
    await Promise.resolve(); // always asynchronous, like a host round trip
    const f = this.failures.get(method);
    if (!f) return;
    if (--f.times <= 0) this.failures.delete(method);
    throw f.error;
  }

  grid(sheet: string): Grid {
    const g = this.grids.find((x) => x.sheet === sheet);
    if (!g) throw new Error(`no sheet ${sheet}`);
    return g;
  }

  valueAt(sheet: string, cell: string): CellValue {
    const g = this.grid(sheet);
    const o = parseA1(g.origin);
    const { row, col } = parseA1(cell);
    return g.values[row - o.row]?.[col - o.col] ?? null;
  }

  setValue(sheet: string, cell: string, value: CellValue): void {
    const g = this.grid(sheet);
    const o = parseA1(g.origin);
    const { row, col } = parseA1(cell);
    while (g.values.length <= row - o.row) g.values.push([]);
    const line = g.values[row - o.row];
    while (line.length <= col - o.col) line.push(null);
    line[col - o.col] = value;
  }

  /** The user types into a cell: the value changes and the edit handlers hear of it. */
  userEdit(sheet: string, cell: string, value: CellValue): void {
    this.setValue(sheet, cell, value);
    this.emitEdit({ sheet, address: cell });
  }

  emitEdit(edit: EditEvent): void {
    for (const h of [...this.handlers]) h(edit);
  }

  get editSubscribers(): number {
    return this.handlers.size;
  }

  capabilities(): HostCapabilities {
    return { ...this.caps };
  }

  async read(): Promise<Grid[]> {
    await this.enter('read');
    return clone(this.grids);
  }

  async readSheet(sheet: string): Promise<Grid> {
    await this.enter('readSheet');
    const g = this.grids.find((x) => x.sheet === sheet);
    if (!g) throw hostError('sheetDeleted', `no sheet ${sheet}`);
    return clone(g);
  }

  /** Just that range of the sheet, as the Office adapter returns it (see sliceGrid). */
  async readRange(sheet: string, range: string): Promise<Grid> {
    await this.enter('readRange');
    this.rangeReads.push({ sheet, range });
    const g = this.grids.find((x) => x.sheet === sheet);
    if (!g) throw hostError('sheetDeleted', `no sheet ${sheet}`);
    return sliceGrid(g, range);
  }

  /** As the hosts decide (core/applyRules.ts): a sheet all or nothing, the rest of a refused sheet `sheetRefused`. */
  async apply(plan: WritePlan): Promise<ApplyResult> {
    await this.enter('apply');
    this.applied.push(clone(plan));
    const written: PlanEntry[] = [];
    const skipped: SkippedEntry[] = [];
    for (const [sheet, entries] of entriesBySheet(plan.entries)) {
      const g = this.grids.find((x) => x.sheet === sheet);
      const target = g && {
        protected: g.protected === true,
        edited: false,
        valueAt: (cell: string) => this.valueAt(sheet, cell),
        formulaAt: (cell: string) => {
          const o = parseA1(g.origin);
          const { row, col } = parseA1(cell);
          return g.formulas?.[row - o.row]?.[col - o.col] ?? null;
        },
      };
      const d = decideSheet(entries, target);
      skipped.push(...d.skipped);
      for (const { entry, before } of d.write) {
        this.setValue(sheet, entry.cell, contentAfter(entry.after));
        written.push({ ...entry, before });
      }
    }
    return { written, skipped };
  }

  /** Sheets written (specs, in order); the sheet itself becomes a Grid of its cells, as a host would hold it. */
  readonly sheetsWritten: SheetSpec[] = [];

  async writeSheet(spec: SheetSpec): Promise<WriteSheetResult> {
    await this.enter('writeSheet');
    this.sheetsWritten.push(clone(spec));
    const i = this.grids.findIndex((g) => g.sheet === spec.name);
    const grid = specGrid(spec);
    if (i >= 0) this.grids[i] = grid;
    else this.grids.push(grid);
    return { replaced: i >= 0, chartSkipped: false };
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.enter('select');
    if (!this.grids.some((g) => g.sheet === sheet)) throw hostError('sheetDeleted', `no sheet ${sheet}`);
    this.selects.push({ sheet, cell });
  }

  async onEdit(handler: (edit: EditEvent) => void): Promise<() => void> {
    await this.enter('onEdit');
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  settings = {
    get: async <T>(key: string): Promise<T | undefined> => {
      await this.enter('settings.get');
      const v = this.store.get(key);
      return v === undefined ? undefined : clone(v as T);
    },
    set: async <T>(key: string, value: T): Promise<void> => {
      await this.enter('settings.set');
      if (value === undefined) this.store.delete(key);
      else this.store.set(key, clone(value));
    },
  };

  bindings = {
    bind: async (parts: Omit<FormBinding, 'id'>[]): Promise<FormBinding[]> => {
      await this.enter('bindings.bind');
      const sheets = new Set(parts.map((p) => p.sheet));
      const counters = new Map<string, number>();
      const made = parts.map((p) => {
        const k = `${p.sheet}\u0000${p.part}`;
        const n = (counters.get(k) ?? 0) + 1;
        counters.set(k, n);
        return { ...p, id: bindingId(p.sheet, n, p.part) };
      });
      // as the adapter: the form map says which bindings the sheets had (by the name saved there)
      const replaced = (b: FormBinding) => sheets.has(b.sheet) && !isUserBinding(b.id);
      this.forget([...this.formMap.filter(replaced), ...made].map((b) => b.id));
      this.bound.push(...made);
      this.formMap.push(...clone(made));
      return clone(made);
    },
    list: async (): Promise<FormBinding[]> => {
      await this.enter('bindings.list');
      return clone(this.bound);
    },
    status: async (): Promise<BindingsStatus> => {
      await this.enter('bindings.status');
      const present = new Set(this.bound.map((b) => b.id));
      return { bound: clone(this.bound), lost: clone(this.formMap.filter((b) => !present.has(b.id))) };
    },
    bindSelection: async (part: 'budget' | 'indicators'): Promise<FormBinding> => {
      await this.enter('bindings.bindSelection');
      const { sheet, range } = this.selection;
      const taken = new Set([...this.bound, ...this.formMap].map((b) => b.id));
      let n = 1;
      while (taken.has(userBindingId(sheet, n, part))) n++;
      const b = { id: userBindingId(sheet, n, part), sheet, part, range };
      this.bound.push(b);
      this.formMap.push({ ...b });
      return { ...b };
    },
    remove: async (ids: string[]): Promise<void> => {
      await this.enter('bindings.remove');
      this.forget(ids);
    },
  };

  private forget(ids: string[]): void {
    for (const list of [this.bound, this.formMap]) {
      for (let i = list.length - 1; i >= 0; i--) if (ids.includes(list[i].id)) list.splice(i, 1);
    }
  }

  binding(id: string): FormBinding | undefined {
    return this.bound.find((b) => b.id === id);
  }

  /** Excel's binding now covers another range (the form map keeps the old one). */
  moveBinding(id: string, range: string): void {
    const b = this.binding(id);
    if (!b) throw new Error(`no binding ${id}`);
    b.range = range;
  }

  /** The sheet renamed: Excel's bindings stay on it (their ids name the old sheet), the form map keeps the old name. */
  renameSheet(from: string, to: string): void {
    this.grid(from).sheet = to;
    for (const b of this.bound) if (b.sheet === from) b.sheet = to;
  }

  /** Excel no longer has the binding (its cells were deleted); the form map still names it. */
  loseBinding(id: string): void {
    const i = this.bound.findIndex((b) => b.id === id);
    if (i < 0) throw new Error(`no binding ${id}`);
    this.bound.splice(i, 1);
  }

  /**
   * `count` empty rows inserted above row `at` (1-based) of a sheet: cells and merges below move
   * down, a merge or binding spanning the row grows; bindings follow unless told not to (the file
   * edited by a program that knows nothing of them).
   */
  insertRows(sheet: string, at: number, count = 1, followBindings = true): void {
    const g = this.grid(sheet);
    const i = at - 1 - parseA1(g.origin).row;
    const blank = () => Array.from({ length: count }, () => []);
    g.values.splice(i, 0, ...blank());
    g.formulas?.splice(i, 0, ...blank());
    g.numberFormats?.splice(i, 0, ...blank());
    const shift = (r: RangeRef): RangeRef =>
      r.top >= at - 1 ? { ...r, top: r.top + count, bottom: r.bottom + count } : r.bottom >= at - 1 ? { ...r, bottom: r.bottom + count } : r;
    g.merges = g.merges.map((m) => rangeToA1(shift(parseRange(m))));
    if (!followBindings) return;
    for (const b of this.bound) if (b.sheet === sheet) b.range = rangeToA1(shift(parseRange(b.range)));
  }

  /** The markers the workbook holds now (a plan without scope replaces them all, a scoped one those in its scope). */
  private liveMarkers: { sheet: string; cell: string }[] = [];

  get markerCount(): number {
    return this.liveMarkers.length;
  }

  markers = {
    apply: async (plan: MarkerPlan) => {
      await this.enter('markers.apply');
      this.markerPlans.push(clone(plan));
      this.liveMarkers = this.liveMarkers.filter((m) => !inMarkerScope(plan, m.sheet, m.cell));
      this.liveMarkers.push(...[...plan.validations, ...plan.conditionals].map((m) => ({ sheet: m.sheet, cell: m.cell })));
      return { added: plan.validations.length + plan.conditionals.length, userValidationKept: [] };
    },
    clear: async (): Promise<number> => {
      await this.enter('markers.clear');
      const n = this.liveMarkers.length;
      this.liveMarkers = [];
      this.markersCleared += n;
      this.markerPlans.length = 0;
      return n;
    },
  };
}
