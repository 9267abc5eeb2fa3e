/// <reference types="office-js" />
/**
 * A small Excel for the adapter's tests, built on office-addin-mock.
 *
 * office-addin-mock gives Office.js's load → sync → read behaviour to plain seeded objects (an
 * unloaded property reads as the string "Error, property was not loaded"), but it has no
 * collections, no `getItem`, no write semantics and no errors. So:
 *  - the objects the adapter READS through load/sync are OfficeMockObjects: each worksheet
 *    (`name`, `id`, `protection.protected`), each used range (`address, values, formulas,
 *    numberFormat, valueTypes`), merged areas (`address`); a `getRange(address)` loads the same
 *    properties of that range at the sync (readRange), and its merged areas are those of the sheet
 *    that intersect it, whole;
 *  - collections (`worksheets`, `bindings`, conditional formats) are seeded objects with
 *    `load('items/…')`, `items` (after the sync) and `getItem`/`getItemOrNullObject`;
 *  - writes (`range.values = …`, `dataValidation.rule = …`, `delete()`, `clear()`…) are queued and
 *    run in order at the next `context.sync()`, like Office.js batches: an ItemNotFound
 *    (`getItem` of a missing sheet) fails the sync where it stands, after the commands before it;
 *  - every `context.sync()` is counted (`syncs`), as is every `Excel.run` (`runs`).
 */
import { OfficeMockObject } from 'office-addin-mock';
import { parseA1, parseRange, toA1 } from '../../src/core/a1';
import type { OfficeHost } from '../../src/excel/host';

export const NOT_LOADED = 'Error, property was not loaded';

export interface FakeSheetSpec {
  name: string;
  protected?: boolean;
  /** Top-left of `values` (default A1). */
  origin?: string;
  /** Cell values as Office.js returns them: '' for empty, a merge's value in its top-left only. */
  values: unknown[][];
  /** Formula text where a cell holds a formula (same shape as values; null/'' elsewhere). */
  formulas?: (string | null)[][];
  numberFormat?: (string | null)[][];
  /** Cells whose value is an Excel error (valueTypes 'Error'). */
  errors?: string[];
  merges?: string[];
  /** Existing data validation per cell (type ≠ 'None'), e.g. the user's own list validation. */
  validations?: Record<string, { type: string; title?: string }>;
}

interface Cell {
  v: unknown;
  f?: string;
  nf?: string;
  error?: boolean;
  /** Written with a leading apostrophe (kept as text). */
  quoted?: boolean;
}

export interface FakeValidation {
  type: string;
  rule?: unknown;
  errorAlert?: { title?: string; message?: string; style?: string; showAlert?: boolean };
  ignoreBlanks?: boolean;
}

export interface FakeSheet {
  name: string;
  id: string;
  protected: boolean;
  cells: Map<string, Cell>;
  merges: string[];
  validations: Map<string, FakeValidation>;
}

export interface FakeCf {
  sheet: string;
  id: string;
  cell: string;
  type: string;
  formula: string;
  color: string;
}

export interface Write {
  sheet: string;
  cell: string;
  values: unknown[][];
}

type Handler = (args: unknown) => Promise<unknown>;

interface Ctx {
  ops: (() => void)[];
  mocks: OfficeMockObject[];
  afterSync: (() => void)[];
  /** `onChanged.add` of the workbook (sheet null) or of one sheet. */
  register: (sheet: string | null, handler: Handler) => { context: unknown; remove: () => void };
}

function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code, name: 'RichApi.Error' });
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_\u4e00-\u9fff]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export class FakeSettings {
  readonly bag = new Map<string, unknown>();
  /** What the document holds after the last saveAsync. */
  saved = new Map<string, unknown>();
  saves = 0;

  get(name: string): unknown {
    return this.bag.has(name) ? this.bag.get(name) : null;
  }
  set(name: string, value: unknown): void {
    this.bag.set(name, JSON.parse(JSON.stringify(value)));
  }
  remove(name: string): void {
    this.bag.delete(name);
  }
  saveAsync(cb?: (r: { status: string }) => void): void {
    this.saves++;
    this.saved = new Map(this.bag);
    cb?.({ status: 'succeeded' });
  }
}

export class FakeExcel {
  readonly sheets: FakeSheet[];
  syncs = 0;
  runs = 0;
  readonly writes: Write[] = [];
  readonly settings = new FakeSettings();
  readonly bindings = new Map<string, { sheet: string; range: string }>();
  readonly cfs: FakeCf[] = [];
  readonly handlers: { sheet: string | null; handler: Handler }[] = [];
  selection = { sheet: '', range: 'A1' };
  /** Highest ExcelApi 1.x supported. */
  apiMinor: number;
  /** Makes sync number n (1-based, counted over all syncs) fail with this error. */
  failSync: ((n: number) => Error | undefined) | undefined;
  private seq = 0;

  constructor(specs: FakeSheetSpec[], options: { apiMinor?: number } = {}) {
    this.apiMinor = options.apiMinor ?? 14;
    this.sheets = specs.map((s) => this.makeSheet(s));
  }

  makeSheet(spec: FakeSheetSpec): FakeSheet {
    const o = parseA1(spec.origin ?? 'A1');
    const cells = new Map<string, Cell>();
    spec.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = spec.formulas?.[r]?.[c];
        const nf = spec.numberFormat?.[r]?.[c];
        if ((v === '' || v === null || v === undefined) && !f) return;
        const addr = toA1(o.row + r, o.col + c);
        cells.set(addr, { v: v ?? '', f: f || undefined, nf: nf || undefined, error: spec.errors?.includes(addr) });
      }),
    );
    const validations = new Map<string, FakeValidation>();
    for (const [cell, v] of Object.entries(spec.validations ?? {})) validations.set(cell, { type: v.type, errorAlert: { title: v.title ?? '' } });
    return { name: spec.name, id: `{${spec.name}-id}`, protected: spec.protected === true, cells, merges: spec.merges ?? [], validations };
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** What the cell shows now (after writes). */
  cell(sheet: string, cell: string): Cell | undefined {
    return this.sheet(sheet).cells.get(cell);
  }

  readonly host: OfficeHost = {
    run: async (batch) => {
      this.runs++;
      return batch(this.newContext() as unknown as Excel.RequestContext);
    },
    runIn: async (context, batch) => {
      this.runs++;
      return batch(context as unknown as Excel.RequestContext);
    },
    isSetSupported: (name, version) => name === 'ExcelApi' && Number(version.split('.')[1]) <= this.apiMinor,
    documentSettings: () => this.settings as unknown as Office.Settings,
  };

  /** Calls the change handlers as Excel would (worksheet ids, as Excel gives them). */
  async fireChanged(sheet: string, address: string, triggerSource?: string): Promise<void> {
    const s = this.sheet(sheet);
    const args = { address, worksheetId: s.id, changeType: 'RangeEdited', source: 'Local', type: 'WorksheetChanged', ...(triggerSource ? { triggerSource } : {}) };
    await Promise.all(this.handlers.filter((h) => h.sheet === null || h.sheet === sheet).map((h) => h.handler(args)));
  }

  // ---------------------------------------------------------------------------------------------

  private newContext(): unknown {
    const ctx: Ctx = { ops: [], mocks: [], afterSync: [], register: () => ({ context: undefined, remove: () => undefined }) };
    const sheetMocks = new Map<string, OfficeMockObject>();
    const fake = this;
    const sheetMock = (s: FakeSheet): OfficeMockObject => {
      let m = sheetMocks.get(s.name);
      if (!m) {
        m = new OfficeMockObject({ name: s.name, id: s.id, protection: { protected: s.protected } });
        this.attachSheetMethods(ctx, m, s);
        ctx.mocks.push(m);
        sheetMocks.set(s.name, m);
      }
      return m;
    };
    const missingSheet = (key: string): OfficeMockObject => {
      ctx.ops.push(() => {
        throw officeError('ItemNotFound', `The requested resource doesn't exist. (${key})`);
      });
      const m = new OfficeMockObject({ name: key, id: key, protection: { protected: false } });
      this.attachSheetMethods(ctx, m, { name: key, id: key, protected: false, cells: new Map(), merges: [], validations: new Map() });
      return m;
    };

    const worksheets = Object.assign(collection(ctx, () => this.sheets.map(sheetMock)), {
      getItem: (key: string) => {
        const s = this.sheets.find((x) => x.name === key || x.id === key);
        return s ? sheetMock(s) : missingSheet(key);
      },
      onChanged: { add: (handler: Handler) => ctx.register(null, handler) },
    });
    ctx.register = (sheet, handler) => {
      const entry = { sheet, handler };
      ctx.ops.push(() => fake.handlers.push(entry));
      return {
        context,
        remove: () =>
          ctx.ops.push(() => {
            const i = fake.handlers.indexOf(entry);
            if (i >= 0) fake.handlers.splice(i, 1);
          }),
      };
    };

    const bindingProxy = (id: string) => ({
      id,
      isNullObject: false,
      load: () => undefined,
      delete: () => ctx.ops.push(() => fake.bindings.delete(id)),
      getRange: () =>
        lazy(ctx, () => {
          const b = fake.bindings.get(id);
          return { address: b ? `${quoteSheet(b.sheet)}!${b.range}` : NOT_LOADED };
        }),
    });
    const bindings = {
      getItemOrNullObject: (id: string) => (fake.bindings.has(id) ? bindingProxy(id) : { isNullObject: true, load: () => undefined }),
      add: (range: { __sheet: string; __range: string }, type: string, id: string) => {
        if (type !== 'Range') throw new Error(`unexpected binding type ${type}`);
        ctx.ops.push(() => fake.bindings.set(id, { sheet: range.__sheet, range: range.__range }));
        return bindingProxy(id);
      },
    };

    const context = new OfficeMockObject({ workbook: {} }) as OfficeMockObject & Record<string, unknown>;
    const workbook = context.workbook as Record<string, unknown>;
    workbook.worksheets = worksheets;
    workbook.bindings = bindings;
    workbook.getSelectedRange = () => {
      const { sheet, range } = fake.selection;
      return Object.assign(lazy(ctx, () => ({ address: `${quoteSheet(sheet)}!${range}` })), { __sheet: sheet, __range: range });
    };
    context.sync = async () => {
      fake.syncs++;
      const injected = fake.failSync?.(fake.syncs);
      if (injected) {
        ctx.ops.length = 0;
        throw injected;
      }
      const ops = ctx.ops.splice(0);
      for (const op of ops) op(); // an op that throws stops the rest, as a failing command does
      for (const m of ctx.mocks) await m.sync();
      for (const f of ctx.afterSync.splice(0)) f();
    };
    return context;
  }

  private attachSheetMethods(ctx: Ctx, m: OfficeMockObject, s: FakeSheet): void {
    const fake = this;
    m.getUsedRange = (valuesOnly?: boolean) => {
      if (valuesOnly !== true) throw new Error('the adapter reads used ranges with valuesOnly');
      const used = this.usedRange(s);
      const mock = new OfficeMockObject(used);
      ctx.mocks.push(mock);
      return mock;
    };
    m.getRange = (address?: string) => (address === undefined ? this.wholeSheet(ctx, s) : this.rangeProxy(ctx, s, address));
    m.activate = () => ctx.ops.push(() => (fake.selection = { ...fake.selection, sheet: s.name }));
    m.onChanged = { add: (handler: Handler) => ctx.register(s.name, handler) };
  }

  /** The used range (values only) as Office.js would return it. */
  private usedRange(s: FakeSheet): Record<string, unknown> {
    const addrs = [...s.cells.keys()].map((a) => parseA1(a));
    if (addrs.length === 0) {
      return { address: `${quoteSheet(s.name)}!A1`, values: [['']], formulas: [['']], numberFormat: [['General']], valueTypes: [['Empty']] };
    }
    const top = Math.min(...addrs.map((a) => a.row));
    const left = Math.min(...addrs.map((a) => a.col));
    const bottom = Math.max(...addrs.map((a) => a.row));
    const right = Math.max(...addrs.map((a) => a.col));
    return this.rangeData(s, { top, left, bottom, right });
  }

  /** A range's `address, values, formulas, numberFormat, valueTypes` as Office.js returns them. */
  private rangeData(s: FakeSheet, { top, left, bottom, right }: { top: number; left: number; bottom: number; right: number }): Record<string, unknown> {
    const grid = <T>(f: (c: Cell | undefined) => T) =>
      Array.from({ length: bottom - top + 1 }, (_, r) => Array.from({ length: right - left + 1 }, (_, c) => f(s.cells.get(toA1(top + r, left + c)))));
    const a = toA1(top, left);
    const b = toA1(bottom, right);
    return {
      address: `${quoteSheet(s.name)}!${a === b ? a : `${a}:${b}`}`,
      values: grid((c) => (c ? c.v : '')),
      // Office.js returns a constant's value in `formulas` (text of a quoted cell without its apostrophe).
      formulas: grid((c) => (c ? c.f ?? c.v : '')),
      numberFormat: grid((c) => c?.nf ?? 'General'),
      valueTypes: grid((c) => (!c || c.v === '' ? 'Empty' : c.error ? 'Error' : typeof c.v === 'number' ? 'Double' : typeof c.v === 'boolean' ? 'Boolean' : 'String')),
    };
  }

  private wholeSheet(ctx: Ctx, s: FakeSheet): unknown {
    const fake = this;
    return {
      getMergedAreasOrNullObject: () => {
        if (fake.apiMinor < 13) throw officeError('ApiNotFound', 'getMergedAreasOrNullObject needs ExcelApi 1.13');
        if (s.merges.length === 0) return { isNullObject: true, load: () => undefined, address: NOT_LOADED };
        const mock = new OfficeMockObject({ address: s.merges.map((m) => `${quoteSheet(s.name)}!${m}`).join(', ') });
        ctx.mocks.push(mock);
        return mock;
      },
      conditionalFormats: Object.assign(collection(ctx, () => fake.cfs.filter((c) => c.sheet === s.name).map((c) => ({ id: c.id }))), {
        getItem: (id: string) => ({
          delete: () =>
            ctx.ops.push(() => {
              const i = fake.cfs.findIndex((c) => c.id === id);
              if (i < 0) throw officeError('ItemNotFound', `no conditional format ${id}`);
              fake.cfs.splice(i, 1);
            }),
        }),
      }),
    };
  }

  private rangeProxy(ctx: Ctx, s: FakeSheet, address: string): unknown {
    const fake = this;
    parseRange(address); // a bad address throws, as Office.js would (InvalidArgument)
    const dvLoaded: Record<string, unknown> = {};
    const dataValidation = {
      load: () => {
        ctx.afterSync.push(() => {
          const v = s.validations.get(address);
          dvLoaded.type = v?.type ?? 'None';
          dvLoaded.errorAlert = { title: '', message: '', style: 'Stop', showAlert: true, ...(v?.errorAlert ?? {}) };
        });
      },
      get type() {
        return dvLoaded.type ?? NOT_LOADED;
      },
      get errorAlert() {
        return dvLoaded.errorAlert ?? NOT_LOADED;
      },
      set errorAlert(v: FakeValidation['errorAlert']) {
        ctx.ops.push(() => (validationAt().errorAlert = v));
      },
      set rule(v: unknown) {
        ctx.ops.push(() => {
          const cur = validationAt();
          cur.rule = v;
          cur.type = Object.keys(v as object)[0] === 'decimal' ? 'Decimal' : 'Custom';
        });
      },
      set ignoreBlanks(v: boolean) {
        ctx.ops.push(() => (validationAt().ignoreBlanks = v));
      },
      clear: () => ctx.ops.push(() => s.validations.delete(address)),
    };
    const validationAt = () => {
      if (s.protected) throw officeError('AccessDenied', 'The cell or chart you are trying to change is on a protected sheet.');
      let v = s.validations.get(address);
      if (!v) s.validations.set(address, (v = { type: 'None' }));
      return v;
    };
    // Loaded (load + sync) only when the adapter reads a range (readRange): address, values,
    // formulas, numberFormat, valueTypes of the whole range, computed at the sync.
    let loaded: Record<string, unknown> | null = null;
    const read = (key: string) => (loaded ? loaded[key] : NOT_LOADED);
    const range = {
      __sheet: s.name,
      __range: address,
      load: (props?: string) => {
        if (!props || !/\bvalues\b/.test(props)) throw new Error(`unexpected range load: ${props}`);
        ctx.afterSync.push(() => (loaded = fake.rangeData(s, parseRange(address))));
      },
      get address() {
        return read('address');
      },
      set values(v: unknown[][]) {
        ctx.ops.push(() => fake.write(s, address, v));
      },
      get values(): unknown[][] {
        if (loaded) return loaded.values as unknown[][];
        throw new Error('the adapter must not read values through getRange(cell) without loading them');
      },
      get formulas() {
        return read('formulas');
      },
      get numberFormat() {
        return read('numberFormat');
      },
      get valueTypes() {
        return read('valueTypes');
      },
      /** The merged areas that intersect the range, whole (as the sheet has them). */
      getMergedAreasOrNullObject: () => {
        if (fake.apiMinor < 13) throw officeError('ApiNotFound', 'getMergedAreasOrNullObject needs ExcelApi 1.13');
        const r = parseRange(address);
        const hit = s.merges.filter((m) => {
          const q = parseRange(m);
          return q.top <= r.bottom && r.top <= q.bottom && q.left <= r.right && r.left <= q.right;
        });
        if (hit.length === 0) return { isNullObject: true, load: () => undefined, address: NOT_LOADED };
        const mock = new OfficeMockObject({ address: hit.map((m) => `${quoteSheet(s.name)}!${m}`).join(', ') });
        ctx.mocks.push(mock);
        return mock;
      },
      set formulas(_: unknown) {
        throw new Error('the adapter must never set formulas');
      },
      dataValidation,
      conditionalFormats: {
        add: (type: string) => {
          const cf = {
            custom: { rule: { formula: '' }, format: { fill: { color: '' } } },
            id: NOT_LOADED as string,
            load: () => undefined,
          };
          const id = `cf${++fake.seq}`;
          ctx.ops.push(() => {
            if (s.protected) throw officeError('AccessDenied', 'The cell or chart you are trying to change is on a protected sheet.');
            fake.cfs.push({ sheet: s.name, id, cell: address, type, formula: cf.custom.rule.formula, color: cf.custom.format.fill.color });
            cf.id = id;
          });
          return cf;
        },
      },
      select: () => ctx.ops.push(() => (fake.selection = { sheet: s.name, range: address })),
    };
    return range;
  }

  private write(s: FakeSheet, address: string, values: unknown[][]): void {
    if (s.protected) throw officeError('AccessDenied', 'The cell or chart you are trying to change is on a protected sheet.');
    this.writes.push({ sheet: s.name, cell: address, values });
    const v = values[0][0];
    if (v === '') {
      s.cells.delete(address);
    } else if (typeof v === 'string' && v.startsWith("'")) {
      s.cells.set(address, { v: v.slice(1), quoted: true });
    } else if (typeof v === 'string' && /^[=+\-@]/.test(v)) {
      s.cells.set(address, { v: '#NAME?', f: v, error: true }); // Excel would make it a formula
    } else {
      s.cells.set(address, { v });
    }
  }
}

/** A collection: `load('items/…')` loads its items; `items` is readable after the sync. */
function collection<T>(ctx: Ctx, items: () => T[]): { load: (spec?: string) => void; readonly items: T[] } {
  let visible = false;
  return {
    load(spec?: string) {
      const list = items();
      const props = (spec ?? '')
        .split(',')
        .map((p) => p.trim().replace(/^items\//, ''))
        .filter(Boolean);
      for (const item of list) if (item instanceof OfficeMockObject && props.length) item.load(props);
      ctx.afterSync.push(() => (visible = true));
    },
    get items(): T[] {
      return visible ? items() : (NOT_LOADED as unknown as T[]);
    },
  };
}

/** A plain proxy whose properties appear after load + sync. */
function lazy(ctx: Ctx, compute: () => Record<string, unknown>): Record<string, unknown> & { load: () => void } {
  const obj: Record<string, unknown> & { load: () => void } = {
    load: () => {
      ctx.afterSync.push(() => Object.assign(obj, compute()));
    },
  };
  return obj;
}

/**
 * A fake sheet holding exactly what a core Grid holds (test/support/buildForm's gridOf): values with
 * a merge's value in its top-left only (null → ''), formulas, merges.
 */
export function specFromGrid(grid: { sheet: string; origin: string; values: unknown[][]; formulas?: (string | null)[][]; merges: string[] }, extra: Partial<FakeSheetSpec> = {}): FakeSheetSpec {
  return {
    name: grid.sheet,
    origin: grid.origin,
    values: grid.values.map((r) => r.map((v) => (v === null || v === undefined ? '' : v))),
    formulas: grid.formulas,
    merges: grid.merges,
    ...extra,
  };
}
