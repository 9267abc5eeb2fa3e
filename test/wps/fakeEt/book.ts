/** Test controls: what a user or the file does to the workbook, and inspection. None is counted. */
import { isExcelError, rangeToA1, toA1, type CellValue, type Grid, type RangeRef } from '../../../src/core';
import { refersToText } from './names';
import * as ops from './ops';
import { defaultPageSetup, type PageSetupEntry, type Session } from './state';
import { inside, type SheetVisibility, type StoreCell, type StoreSheet } from './store';
import { coerceWrite } from './values';

export type UserInput = CellValue | { formula: string; value?: CellValue };

export interface FakeEtBook {
  /** Types into a cell (or every cell of a range) as a user would, then fires SheetChange. */
  userEdit(sheet: string, address: string, input: UserInput): void;
  protect(sheet: string, on?: boolean): void;
  deleteSheet(sheet: string): void;
  renameSheet(sheet: string, name: string): void;
  setVisible(sheet: string, visible: SheetVisibility): void;
  /** Inserts n rows before 1-based row `row` (as the user's "insert rows" at row 5). */
  insertRows(sheet: string, row: number, n?: number): void;
  sheets(): StoreSheet[];
  cell(sheet: string, address: string): StoreCell;
  grid(sheet: string): Grid;
  names(): { name: string; refersTo: string; visible: boolean }[];
  validations(sheet: string): { range: string; type: number; alertStyle: number; operator: number; formula1: string; formula2: string; errorTitle: string; errorMessage: string }[];
  formatConditions(sheet: string): { range: string; type: number; operator: number; formula1: string; formula2: string; interiorColor: number; fontColor: number }[];
  hyperlinks(sheet: string): { range: string; address: string; subAddress: string; screenTip: string; text: string }[];
  charts(sheet: string): { type: number; source: string | null; hasTitle: boolean; title: string; left: number; top: number; width: number; height: number }[];
  pageSetup(sheet: string): PageSetupEntry;
  activeSheet(): string | null;
  selection(): { sheet: string; range: string } | null;
  /** The user clicks a sheet's tab and selects a range there. */
  userSelect(sheet: string, address: string): void;
  taskPanes(): { id: number; url: string; title: string; visible: boolean }[];
  pluginStorage(): Map<string, unknown>;
  /** "Are you sure" dialogs a real host would have shown (Worksheet.Delete with DisplayAlerts on). */
  readonly alerts: number;
  /** Errors thrown by SheetChange handlers. */
  readonly eventErrors: readonly unknown[];
  /** Resolves once queued SheetChange events are delivered. */
  flush(): Promise<void>;
  /** The next call with this key (`Range.Value2.set`, `Worksheets.Item`) throws. */
  failNext(key: string, error?: unknown): void;
}

export function makeBook(session: Session): FakeEtBook {
  const data = session.data;
  const store = data.store;
  const idOf = (sheet: string): number => {
    if (session.calls.closed) throw new Error('fake ET: this handle was closed by saveAndReopen');
    const s = session.sheetByName(sheet);
    if (!s) throw new Error(`fake ET book: no sheet "${sheet}"`);
    return s.id;
  };
  const a1 = (r: RangeRef) => rangeToA1(r);
  const nameOf = (id: number) => session.sheetInfo(id).name;
  return {
    userEdit(sheet, address, input) {
      const id = idOf(sheet);
      session.guardWrite(id);
      const r = ops.parseAddress(address);
      const merges = store.merges(id);
      const v =
        input !== null && typeof input === 'object' && 'formula' in input
          ? { formula: input.formula, value: input.value ?? null }
          : isExcelError(input as CellValue) ? { value: input as CellValue, formula: null } : coerceWrite(input);
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) {
          if (merges.some((m) => inside(m, row, col) && (m.top !== row || m.left !== col))) continue;
          store.setCell(id, row, col, v);
        }
      }
      session.fire(id, r);
    },
    protect: (sheet, on = true) => store.setProtected(idOf(sheet), on),
    userSelect(sheet, address) {
      const id = idOf(sheet);
      session.activeSheetId = id;
      session.selection = { sheetId: id, range: ops.parseAddress(address) };
    },
    deleteSheet(sheet) {
      const id = idOf(sheet);
      ops.deleteSheet(data, id);
      if (session.activeSheetId === id) session.activeSheetId = store.sheets().find((s) => s.visible === -1)?.id ?? null;
    },
    renameSheet: (sheet, name) => ops.renameSheet(data, idOf(sheet), name),
    setVisible: (sheet, visible) => store.setVisible(idOf(sheet), visible),
    insertRows: (sheet, row, n = 1) => ops.insertRows(data, idOf(sheet), row - 1, n),
    sheets: () => store.sheets().map((s) => ({ ...s })),
    cell(sheet, address) {
      const c = ops.parseAddress(address);
      return store.cell(idOf(sheet), c.top, c.left);
    },
    grid(sheet) {
      const id = idOf(sheet);
      const r = ops.usedRange(store, id);
      const merges = store.merges(id);
      const values: CellValue[][] = [];
      const formulas: (string | null)[][] = [];
      const numberFormats: (string | null)[][] = [];
      for (let row = r.top; row <= r.bottom; row++) {
        const [v, f, n]: [CellValue[], (string | null)[], (string | null)[]] = [[], [], []];
        for (let col = r.left; col <= r.right; col++) {
          const covered = merges.some((m) => inside(m, row, col) && (m.top !== row || m.left !== col));
          const c = store.cell(id, row, col);
          v.push(covered ? null : c.value);
          f.push(covered ? null : c.formula);
          n.push(c.numberFormat);
        }
        values.push(v);
        formulas.push(f);
        numberFormats.push(n);
      }
      const info = session.sheetInfo(id);
      return { sheet: info.name, origin: toA1(r.top, r.left), values, formulas, numberFormats, merges: merges.map(a1), protected: info.protected };
    },
    names: () => data.names.map((n) => ({ name: n.name, refersTo: refersToText(data, n), visible: n.visible })),
    validations(sheet) {
      const id = idOf(sheet);
      return data.validations.filter((v) => v.sheetId === id).map(({ sheetId: _s, range, ...v }) => ({ range: a1(range), ...v }));
    },
    formatConditions(sheet) {
      const id = idOf(sheet);
      return data.conditions.filter((c) => c.sheetId === id).map(({ sheetId: _s, range, ...c }) => ({ range: a1(range), ...c }));
    },
    hyperlinks(sheet) {
      const id = idOf(sheet);
      return data.hyperlinks.filter((h) => h.sheetId === id).map(({ sheetId: _s, range, ...h }) => ({ range: a1(range), ...h }));
    },
    charts(sheet) {
      const id = idOf(sheet);
      return data.charts
        .filter((c) => c.sheetId === id)
        .map((c) => ({
          type: c.type, hasTitle: c.hasTitle, title: c.title, left: c.left, top: c.top, width: c.width, height: c.height,
          source: c.source ? `'${nameOf(c.source.sheetId)}'!${(c.source.areas ?? [c.source.range]).map(a1).join(',')}` : null,
        }));
    },
    pageSetup: (sheet) => ({ ...(data.pageSetup.get(idOf(sheet)) ?? defaultPageSetup()) }),
    activeSheet: () => (session.activeSheetId === null ? null : nameOf(session.activeSheetId)),
    selection: () => (session.selection ? { sheet: nameOf(session.selection.sheetId), range: a1(session.selection.range) } : null),
    taskPanes: () => session.taskPanes.map((p) => ({ id: p.ID, url: p.url, title: p.title, visible: p.Visible })),
    pluginStorage: () => session.pluginStorage,
    get alerts() {
      return session.alerts;
    },
    eventErrors: session.eventErrors,
    flush: () => session.flush(),
    failNext: (key, error = new Error(`fake ET: failNext(${key})`)) => session.calls.failNext(key, error),
  };
}
