/**
 * FakeWorkbookPort: the WorkbookPort of the task-pane tests, backed by Grids (test/support/
 * buildForm.ts). It applies plans to its grids (skipping protected sheets, formulas and cells
 * changed meanwhile, as the real hosts do), records selects, settings, bindings and markers, lets
 * a test simulate the user's edits, and can be told to fail any call with a HostError-like error.
 */
import {
  ApplyResult,
  CellValue,
  EditEvent,
  FormBinding,
  Grid,
  HostCapabilities,
  MarkerPlan,
  parseA1,
  PlanEntry,
  SkippedEntry,
  WorkbookPort,
  WritePlan,
} from '../../src/core';

export type FakeMethod =
  | 'read'
  | 'readSheet'
  | 'apply'
  | 'select'
  | 'onEdit'
  | 'settings.get'
  | 'settings.set'
  | 'bindings.bind'
  | 'bindings.list'
  | 'bindings.bindSelection'
  | 'bindings.remove'
  | 'markers.apply'
  | 'markers.clear';

/** What src/excel's HostError looks like to the task pane: an Error with a `code`. */
export function hostError(code: string, message = `fake host: ${code}`): Error & { code: string } {
  return Object.assign(new Error(message), { name: 'HostError', code });
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function sameValue(a: CellValue, b: CellValue): boolean {
  const blank = (v: CellValue) => v === null || v === undefined || v === '';
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  const na = typeof a === 'number' || typeof a === 'string' ? Number(a) : NaN;
  const nb = typeof b === 'number' || typeof b === 'string' ? Number(b) : NaN;
  if (Number.isFinite(na) && Number.isFinite(nb)) return na === nb;
  return JSON.stringify(a) === JSON.stringify(b);
}

export class FakeWorkbookPort implements WorkbookPort {
  readonly selects: { sheet: string; cell: string }[] = [];
  readonly applied: WritePlan[] = [];
  readonly calls: string[] = [];
  readonly store = new Map<string, unknown>();
  readonly bound: FormBinding[] = [];
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
    this.caps = { mergedAreas: true, settings: true, bindings: true, markers: true, editEvents: true, ...caps };
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

  async apply(plan: WritePlan): Promise<ApplyResult> {
    await this.enter('apply');
    this.applied.push(clone(plan));
    const written: PlanEntry[] = [];
    const skipped: SkippedEntry[] = [];
    for (const entry of plan.entries) {
      const g = this.grids.find((x) => x.sheet === entry.sheet);
      if (!g) {
        skipped.push({ entry, reason: 'sheetMissing' });
        continue;
      }
      if (g.protected) {
        skipped.push({ entry, reason: 'protected' });
        continue;
      }
      const o = parseA1(g.origin);
      const { row, col } = parseA1(entry.cell);
      if (g.formulas?.[row - o.row]?.[col - o.col]) {
        skipped.push({ entry, reason: 'formula' });
        continue;
      }
      const now = this.valueAt(entry.sheet, entry.cell);
      if (!sameValue(now, entry.before)) {
        skipped.push({ entry, reason: 'changedMeanwhile' });
        continue;
      }
      const a = entry.after;
      this.setValue(entry.sheet, entry.cell, a.type === 'blank' ? null : a.type === 'number' ? Number(a.text) : a.text);
      written.push({ ...entry, before: now });
    }
    return { written, skipped };
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.enter('select');
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
      return this.store.get(key) as T | undefined;
    },
    set: async <T>(key: string, value: T): Promise<void> => {
      await this.enter('settings.set');
      this.store.set(key, clone(value));
    },
  };

  bindings = {
    bind: async (parts: Omit<FormBinding, 'id'>[]): Promise<FormBinding[]> => {
      await this.enter('bindings.bind');
      const made = parts.map((p, i) => ({ ...p, id: `jixiao:${p.sheet}:${i}:${p.part}` }));
      this.bound.push(...made);
      return made;
    },
    list: async (): Promise<FormBinding[]> => {
      await this.enter('bindings.list');
      return [...this.bound];
    },
    bindSelection: async (part: 'budget' | 'indicators'): Promise<FormBinding> => {
      await this.enter('bindings.bindSelection');
      const b = { id: `jixiao:${this.selection.sheet}:sel:${part}`, sheet: this.selection.sheet, part, range: this.selection.range };
      this.bound.push(b);
      return b;
    },
    remove: async (ids: string[]): Promise<void> => {
      await this.enter('bindings.remove');
      for (const id of ids) {
        const i = this.bound.findIndex((b) => b.id === id);
        if (i >= 0) this.bound.splice(i, 1);
      }
    },
  };

  markers = {
    apply: async (plan: MarkerPlan) => {
      await this.enter('markers.apply');
      this.markerPlans.push(clone(plan));
      return { added: plan.validations.length + plan.conditionals.length, userValidationKept: [] };
    },
    clear: async (): Promise<number> => {
      await this.enter('markers.clear');
      const n = this.markerPlans.reduce((s, p) => s + p.validations.length + p.conditionals.length, 0);
      this.markersCleared += n;
      this.markerPlans.length = 0;
      return n;
    },
  };
}
