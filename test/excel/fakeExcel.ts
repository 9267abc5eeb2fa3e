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
 *  - every `context.sync()` is counted (`syncs`), as is every `Excel.run` (`runs`);
 *  - the sheet-writing commands of writeSheet: `worksheets.add`, `worksheet.delete()` and
 *    `.position`, a range's `numberFormat`, `format` (font, alignment, wrapText, fill, borders,
 *    columnWidth), `hyperlink` (ExcelApi 1.7), `freezePanes.freezeRows` (1.7) and `charts.add`
 *    (title, legend, setPosition, series: getItemAt/name, add, setValues/setXAxisValues,
 *    axes.categoryAxis: tickLabelSpacing/reversePlotOrder — 1.7),
 *    `pageLayout` (paperSize, orientation, zoom, setPrintTitleRows — 1.9);
 *    an API above `apiMinor` fails the sync with ApiNotFound, as the host would; with
 *    `structureProtected` adding, deleting and moving sheets fail (AccessDenied, "protected");
 *  - every write command that ran is recorded in `commands`, with the sheet (name and id) it
 *    touched, so a test can tell which sheets a batch changed.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { columnName, parseA1, parseRange, toA1 } from '../../src/core/a1';
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

/** A cell's look, as set through `range.numberFormat` and `range.format`. */
export interface FakeCellFormat {
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  fill?: string;
  /** The style of each side of the cell (Excel's EdgeTop/InsideHorizontal… of the range, per cell). */
  borders?: Partial<Record<'top' | 'bottom' | 'left' | 'right', string>>;
}

export interface FakeSeries {
  name: string;
  /** Ranges as A1 on the chart's sheet (qualified `'S'!A1:A3` when on another sheet). */
  values: string | null;
  xValues: string | null;
}

export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  title: string | null;
  legend: { position?: string; visible?: boolean };
  /** setPosition(from, to). */
  from: string | null;
  to: string | null;
  series: FakeSeries[];
  /** chart.axes.categoryAxis: what was set on it (ExcelApi 1.7). */
  categoryAxis: { tickLabelSpacing?: number; reversePlotOrder?: boolean };
}

export interface FakeSheet {
  name: string;
  id: string;
  protected: boolean;
  cells: Map<string, Cell>;
  merges: string[];
  validations: Map<string, FakeValidation>;
  /** Formats set through the API, per cell (a seeded cell's own number format is its `nf`). */
  formats: Map<string, FakeCellFormat>;
  /** Column letter → width in points. */
  columnWidths: Map<string, number>;
  hyperlinks: Map<string, { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string }>;
  frozenRows: number;
  charts: FakeChart[];
  /** What was set through `worksheet.pageLayout` (ExcelApi 1.9). */
  pageLayout: { paperSize?: string; orientation?: string; zoom?: unknown; printTitleRows?: string };
}

/** A write command that ran at a sync, and the sheet it touched. */
export interface FakeCommand {
  sheet: string;
  sheetId: string;
  /** e.g. `values`, `numberFormat`, `format.font.bold`, `hyperlink`, `worksheets.add`, `delete`, `chart.series.add`. */
  op: string;
  address?: string;
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

const PROTECTED_SHEET = 'The cell or chart you are trying to change is on a protected sheet.';
const PROTECTED_STRUCTURE = 'The workbook structure is protected: sheets cannot be added, deleted or moved.';

/** An A1 range, or whole columns (`A:A`, `B:D`), as rows/columns (0-based). */
function areaOf(address: string): { top: number; left: number; bottom: number; right: number; columns: boolean } {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const cols = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i.exec(bare);
  if (cols) {
    const a = parseA1(`${cols[1]}1`).col;
    const b = parseA1(`${cols[2]}1`).col;
    return { top: 0, left: Math.min(a, b), bottom: 1048575, right: Math.max(a, b), columns: true };
  }
  return { ...parseRange(bare), columns: false };
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
  /** The workbook's structure is protected: sheets cannot be added, deleted or moved. */
  structureProtected = false;
  /** Every write command that ran, in order, with the sheet it touched. */
  readonly commands: FakeCommand[] = [];
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
    return { ...blankSheet(spec.name, `{${spec.name}-id}`), protected: spec.protected === true, cells, merges: spec.merges ?? [], validations };
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

  /** The look set on a cell through the API (number format, font, fill, borders…). */
  format(sheet: string, cell: string): FakeCellFormat {
    return this.sheet(sheet).formats.get(cell) ?? {};
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
      let m = sheetMocks.get(s.id);
      if (!m) {
        m = new OfficeMockObject({ name: s.name, id: s.id, protection: { protected: s.protected } });
        this.attachSheetMethods(ctx, m, s);
        ctx.mocks.push(m);
        sheetMocks.set(s.id, m);
      }
      return m;
    };
    const missingSheet = (key: string): OfficeMockObject => {
      ctx.ops.push(() => {
        throw officeError('ItemNotFound', `The requested resource doesn't exist. (${key})`);
      });
      const m = new OfficeMockObject({ name: key, id: key, protection: { protected: false } });
      this.attachSheetMethods(ctx, m, blankSheet(key, key));
      return m;
    };

    const worksheets = Object.assign(collection(ctx, () => this.sheets.map(sheetMock)), {
      getItem: (key: string) => {
        const s = this.sheets.find((x) => x.name === key || x.id === key);
        return s ? sheetMock(s) : missingSheet(key);
      },
      onChanged: { add: (handler: Handler) => ctx.register(null, handler) },
      /** Added last when the sync runs; the proxy can be used at once (its commands run after). */
      add: (name: string) => {
        const s = blankSheet(name, `{${name}-id-${++fake.seq}}`);
        fake.command(ctx, s, 'worksheets.add', undefined, () => {
          if (fake.structureProtected) throw officeError('AccessDenied', PROTECTED_STRUCTURE);
          if (fake.sheets.some((x) => x.name.toLowerCase() === name.toLowerCase())) throw officeError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
          fake.sheets.push(s);
        });
        return sheetMock(s);
      },
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
    m.activate = () => fake.command(ctx, s, 'activate', undefined, () => (fake.selection = { ...fake.selection, sheet: s.name }));
    m.onChanged = { add: (handler: Handler) => ctx.register(s.name, handler) };
    m.delete = () =>
      fake.command(ctx, s, 'delete', undefined, () => {
        if (fake.structureProtected) throw officeError('AccessDenied', PROTECTED_STRUCTURE);
        const i = fake.sheets.indexOf(s);
        if (i < 0) throw officeError('ItemNotFound', `The requested resource doesn't exist. (${s.name})`);
        fake.sheets.splice(i, 1);
      });
    Object.defineProperty(m, 'position', {
      configurable: true,
      get: () => NOT_LOADED,
      set: (position: number) =>
        fake.command(ctx, s, 'position', undefined, () => {
          if (fake.structureProtected) throw officeError('AccessDenied', PROTECTED_STRUCTURE);
          const i = fake.sheets.indexOf(s);
          if (i < 0) throw officeError('ItemNotFound', `The requested resource doesn't exist. (${s.name})`);
          if (!Number.isInteger(position) || position < 0 || position >= fake.sheets.length) throw officeError('InvalidArgument', `bad sheet position ${position}`);
          fake.sheets.splice(i, 1);
          fake.sheets.splice(position, 0, s);
        }),
    });
    m.freezePanes = {
      freezeRows: (count: number) =>
        fake.command(ctx, s, 'freezePanes.freezeRows', undefined, () => {
          fake.needs(7, 'freezePanes');
          s.frozenRows = count;
        }),
      unfreeze: () =>
        fake.command(ctx, s, 'freezePanes.unfreeze', undefined, () => {
          fake.needs(7, 'freezePanes');
          s.frozenRows = 0;
        }),
    };
    m.charts = { add: (type: string, source: RangeProxy, seriesBy = 'Auto') => this.addChart(ctx, s, type, source, seriesBy) };
    m.pageLayout = this.pageLayout(ctx, s);
  }

  /** `worksheet.pageLayout`: each property set, and setPrintTitleRows, is a command needing ExcelApi 1.9. */
  private pageLayout(ctx: Ctx, s: FakeSheet): Record<string, unknown> {
    const layout: Record<string, unknown> = {
      setPrintTitleRows: (rows: string) =>
        this.command(ctx, s, 'pageLayout.setPrintTitleRows', rows, () => {
          this.needs(9, 'PageLayout.setPrintTitleRows');
          s.pageLayout.printTitleRows = rows;
        }),
    };
    for (const key of ['paperSize', 'orientation', 'zoom'] as const) {
      Object.defineProperty(layout, key, {
        get: () => NOT_LOADED,
        set: (value: never) =>
          this.command(ctx, s, `pageLayout.${key}`, undefined, () => {
            this.needs(9, `PageLayout.${key}`);
            s.pageLayout[key] = value;
          }),
      });
    }
    return layout;
  }

  /** Queues `run` as a write command on sheet `s`, recorded in `commands` when it has run. */
  private command(ctx: Ctx, s: FakeSheet, op: string, address: string | undefined, run: () => void): void {
    ctx.ops.push(() => {
      run();
      this.commands.push({ sheet: s.name, sheetId: s.id, op, ...(address !== undefined ? { address } : {}) });
    });
  }

  /** An API of ExcelApi 1.minor: the sync fails where the host lacks it. */
  private needs(minor: number, what: string): void {
    if (this.apiMinor < minor) throw officeError('ApiNotFound', `${what} needs ExcelApi 1.${minor}`);
  }

  private guardWrite(s: FakeSheet): void {
    if (s.protected) throw officeError('AccessDenied', PROTECTED_SHEET);
  }

  private formatAt(s: FakeSheet, cell: string): FakeCellFormat {
    let f = s.formats.get(cell);
    if (!f) s.formats.set(cell, (f = {}));
    return f;
  }

  /** A range given to a chart, as A1 on sheet `s` (qualified when on another sheet). */
  private chartRef(s: FakeSheet, r: RangeProxy | string): string {
    if (typeof r === 'string') return r;
    return r.__sheet === s.name ? r.__range : `${quoteSheet(r.__sheet)}!${r.__range}`;
  }

  private addChart(ctx: Ctx, s: FakeSheet, type: string, source: RangeProxy, seriesBy: string): unknown {
    const fake = this;
    const chart: FakeChart = { type, source: this.chartRef(s, source), seriesBy, title: null, legend: {}, from: null, to: null, series: [], categoryAxis: {} };
    this.command(ctx, s, 'charts.add', chart.source, () => {
      this.guardWrite(s);
      // One series per column (per row with 'Rows'), as Excel makes them from a data-only range.
      const a = areaOf(source.__range);
      const byRows = seriesBy === 'Rows' || (seriesBy === 'Auto' && a.right - a.left > a.bottom - a.top);
      const n = byRows ? a.bottom - a.top + 1 : a.right - a.left + 1;
      for (let i = 0; i < n; i++) {
        const part = byRows ? `${toA1(a.top + i, a.left)}:${toA1(a.top + i, a.right)}` : `${toA1(a.top, a.left + i)}:${toA1(a.bottom, a.left + i)}`;
        chart.series.push({ name: `Series${i + 1}`, values: source.__sheet === s.name ? part : `${quoteSheet(source.__sheet)}!${part}`, xValues: null });
      }
      s.charts.push(chart);
    });
    const seriesProxy = (resolve: () => FakeSeries) => ({
      set name(v: string) {
        fake.command(ctx, s, 'chart.series.name', undefined, () => (resolve().name = v));
      },
      setValues: (r: RangeProxy) =>
        fake.command(ctx, s, 'chart.series.setValues', fake.chartRef(s, r), () => {
          fake.needs(7, 'ChartSeries.setValues');
          resolve().values = fake.chartRef(s, r);
        }),
      setXAxisValues: (r: RangeProxy) =>
        fake.command(ctx, s, 'chart.series.setXAxisValues', fake.chartRef(s, r), () => {
          fake.needs(7, 'ChartSeries.setXAxisValues');
          resolve().xValues = fake.chartRef(s, r);
        }),
    });
    return {
      title: {
        set text(v: string) {
          fake.command(ctx, s, 'chart.title.text', undefined, () => (chart.title = v));
        },
      },
      legend: {
        set position(v: string) {
          fake.command(ctx, s, 'chart.legend.position', undefined, () => (chart.legend.position = v));
        },
        set visible(v: boolean) {
          fake.command(ctx, s, 'chart.legend.visible', undefined, () => (chart.legend.visible = v));
        },
      },
      axes: {
        categoryAxis: {
          set tickLabelSpacing(v: number) {
            fake.command(ctx, s, 'chart.axes.categoryAxis.tickLabelSpacing', undefined, () => {
              fake.needs(7, 'ChartAxis.tickLabelSpacing');
              chart.categoryAxis.tickLabelSpacing = v;
            });
          },
          set reversePlotOrder(v: boolean) {
            fake.command(ctx, s, 'chart.axes.categoryAxis.reversePlotOrder', undefined, () => {
              fake.needs(7, 'ChartAxis.reversePlotOrder');
              chart.categoryAxis.reversePlotOrder = v;
            });
          },
        },
      },
      setPosition: (from: RangeProxy | string, to?: RangeProxy | string) =>
        fake.command(ctx, s, 'chart.setPosition', undefined, () => {
          chart.from = fake.chartRef(s, from);
          chart.to = to === undefined ? null : fake.chartRef(s, to);
        }),
      series: {
        getItemAt: (i: number) =>
          seriesProxy(() => {
            const x = chart.series[i];
            if (!x) throw officeError('ItemNotFound', `no series ${i}`);
            return x;
          }),
        add: (name?: string) => {
          const x: FakeSeries = { name: name ?? '', values: null, xValues: null };
          fake.command(ctx, s, 'chart.series.add', undefined, () => {
            fake.needs(7, 'ChartSeriesCollection.add');
            chart.series.push(x);
          });
          return seriesProxy(() => x);
        },
      },
    };
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
      numberFormat: Array.from({ length: bottom - top + 1 }, (_, r) =>
        Array.from({ length: right - left + 1 }, (_, c) => {
          const addr = toA1(top + r, left + c);
          return s.formats.get(addr)?.numberFormat ?? s.cells.get(addr)?.nf ?? 'General';
        }),
      ),
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
    const area = areaOf(address); // a bad address throws, as Office.js would (InvalidArgument)
    /** Cell commands (values, formats, links) on whole columns are not modelled. */
    const cellsOf = (): string[] => {
      if (area.columns) throw new Error(`the fake does not write cells of whole columns (${address})`);
      const out: string[] = [];
      for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) out.push(toA1(r, c));
      return out;
    };
    /** A format command: run on every cell of the range (row/column offsets given). */
    const formatCommand = (op: string, apply: (f: FakeCellFormat, row: number, col: number) => void) =>
      fake.command(ctx, s, op, address, () => {
        fake.guardWrite(s);
        for (const cell of cellsOf()) {
          const p = parseA1(cell);
          apply(fake.formatAt(s, cell), p.row - area.top, p.col - area.left);
        }
      });
    const height = area.bottom - area.top + 1;
    const width = area.right - area.left + 1;
    const sides = (edge: string, row: number, col: number): ('top' | 'bottom' | 'left' | 'right')[] => {
      if (edge === 'EdgeTop') return row === 0 ? ['top'] : [];
      if (edge === 'EdgeBottom') return row === height - 1 ? ['bottom'] : [];
      if (edge === 'EdgeLeft') return col === 0 ? ['left'] : [];
      if (edge === 'EdgeRight') return col === width - 1 ? ['right'] : [];
      if (edge === 'InsideHorizontal') return [...(row > 0 ? (['top'] as const) : []), ...(row < height - 1 ? (['bottom'] as const) : [])];
      if (edge === 'InsideVertical') return [...(col > 0 ? (['left'] as const) : []), ...(col < width - 1 ? (['right'] as const) : [])];
      throw officeError('InvalidArgument', `border ${edge}`);
    };
    const format = {
      font: {
        set bold(v: boolean) {
          formatCommand('format.font.bold', (f) => (f.bold = v));
        },
        set italic(v: boolean) {
          formatCommand('format.font.italic', (f) => (f.italic = v));
        },
        set size(v: number) {
          formatCommand('format.font.size', (f) => (f.size = v));
        },
        set color(v: string) {
          formatCommand('format.font.color', (f) => (f.color = v));
        },
      },
      set horizontalAlignment(v: string) {
        formatCommand('format.horizontalAlignment', (f) => (f.horizontalAlignment = v));
      },
      set verticalAlignment(v: string) {
        formatCommand('format.verticalAlignment', (f) => (f.verticalAlignment = v));
      },
      set wrapText(v: boolean) {
        formatCommand('format.wrapText', (f) => (f.wrapText = v));
      },
      fill: {
        set color(v: string) {
          formatCommand('format.fill.color', (f) => (f.fill = v));
        },
      },
      borders: {
        getItem: (edge: string) => ({
          set style(v: string) {
            formatCommand(`format.borders.${edge}`, (f, row, col) => {
              for (const side of sides(edge, row, col)) f.borders = { ...f.borders, [side]: v };
            });
          },
        }),
      },
      set columnWidth(v: number) {
        fake.command(ctx, s, 'format.columnWidth', address, () => {
          fake.guardWrite(s);
          for (let c = area.left; c <= area.right; c++) s.columnWidths.set(columnName(c), v);
        });
      },
    };
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
        fake.command(ctx, s, 'values', address, () => fake.write(s, address, v));
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
      /** A matrix of the range's shape, or one format for every cell. */
      set numberFormat(v: unknown) {
        fake.command(ctx, s, 'numberFormat', address, () => {
          fake.guardWrite(s);
          if (Array.isArray(v) && (v.length !== height || v.some((row) => !Array.isArray(row) || row.length !== width))) {
            throw officeError('InvalidArgument', `numberFormat: not a ${height}×${width} matrix for ${address}`);
          }
          for (const cell of cellsOf()) {
            const p = parseA1(cell);
            fake.formatAt(s, cell).numberFormat = String(Array.isArray(v) ? v[p.row - area.top][p.col - area.left] : v);
          }
        });
      },
      format,
      /** ExcelApi 1.7. Excel shows `textToDisplay` in the cell. */
      set hyperlink(v: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string }) {
        fake.command(ctx, s, 'hyperlink', address, () => {
          fake.needs(7, 'Range.hyperlink');
          fake.guardWrite(s);
          for (const cell of cellsOf()) {
            s.hyperlinks.set(cell, { ...v });
            const cur = s.cells.get(cell);
            if (v.textToDisplay !== undefined && cur?.v !== v.textToDisplay) s.cells.set(cell, { v: v.textToDisplay });
          }
        });
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
      select: () => fake.command(ctx, s, 'select', address, () => (fake.selection = { sheet: s.name, range: address })),
    };
    return range;
  }

  /** `range.values = matrix`: the matrix must have the range's shape (one write per assignment). */
  private write(s: FakeSheet, address: string, values: unknown[][]): void {
    if (s.protected) throw officeError('AccessDenied', PROTECTED_SHEET);
    const a = areaOf(address);
    if (a.columns) throw new Error(`the fake does not write values of whole columns (${address})`);
    if (values.length !== a.bottom - a.top + 1 || values.some((row) => row.length !== a.right - a.left + 1)) {
      throw officeError('InvalidArgument', `values: not a ${a.bottom - a.top + 1}×${a.right - a.left + 1} matrix for ${address}`);
    }
    this.writes.push({ sheet: s.name, cell: address, values });
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = toA1(a.top + r, a.left + c);
        if (v === '' || v === null) {
          s.cells.delete(cell);
        } else if (typeof v === 'string' && v.startsWith("'")) {
          s.cells.set(cell, { v: v.slice(1), quoted: true });
        } else if (typeof v === 'string' && /^[=+\-@]/.test(v)) {
          s.cells.set(cell, { v: '#NAME?', f: v, error: true }); // Excel would make it a formula
        } else {
          s.cells.set(cell, { v });
        }
      }),
    );
  }
}

/** A collection: `load('items/…')` loads its items; `items` is readable after the sync. */
function collection<T>(ctx: Ctx, items: () => T[]): { load: (spec?: string) => void; readonly items: T[] } {
  let visible = false;
  return {
    load(spec?: string) {
      const props = (spec ?? '')
        .split(',')
        .map((p) => p.trim().replace(/^items\//, ''))
        .filter(Boolean);
      // In the batch's order: the items as the commands queued before the load left them.
      ctx.ops.push(() => {
        for (const item of items()) if (item instanceof OfficeMockObject && props.length) item.load(props);
      });
      ctx.afterSync.push(() => (visible = true));
    },
    get items(): T[] {
      return visible ? items() : (NOT_LOADED as unknown as T[]);
    },
  };
}

/** What the fake's range proxies carry (for bindings and charts). */
interface RangeProxy {
  __sheet: string;
  __range: string;
}

function blankSheet(name: string, id: string): FakeSheet {
  return { name, id, protected: false, cells: new Map(), merges: [], validations: new Map(), formats: new Map(), columnWidths: new Map(), hyperlinks: new Map(), frozenRows: 0, charts: [], pageLayout: {} };
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
