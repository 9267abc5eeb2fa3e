/**
 * The fake's state in two parts: what a saved file keeps (Persisted: the store plus names,
 * validations, format conditions, hyperlinks, charts, page setup) and what one open session keeps
 * (Session: listeners, PluginStorage, task panes, the call counter).
 */
import type { RangeRef } from '../../../src/core';
import type { EtRange, EtTaskPane, EtWorksheet } from '../../../src/wps/et';
import { CallCounter, counted } from './calls';
import type { EtStore, StoreSheet } from './store';

export interface NameEntry {
  name: string;
  /** The sheet and range it refers to; null once the sheet is deleted or for another formula. */
  sheetId: number | null;
  range: RangeRef | null;
  /** RefersTo text when it is not a live sheet range (`=#REF!$A$5:$I$9`, `=0.9`). */
  text: string | null;
  visible: boolean;
}

export interface ValidationEntry {
  sheetId: number;
  range: RangeRef;
  type: number;
  alertStyle: number;
  operator: number;
  formula1: string;
  formula2: string;
  errorTitle: string;
  errorMessage: string;
}

export interface ConditionEntry {
  sheetId: number;
  range: RangeRef;
  type: number;
  operator: number;
  formula1: string;
  formula2: string;
  interiorColor: number;
  fontColor: number;
}

export interface HyperlinkEntry {
  sheetId: number;
  range: RangeRef;
  address: string;
  subAddress: string;
  screenTip: string;
  text: string;
}

export interface ChartEntry {
  sheetId: number;
  type: number;
  left: number;
  top: number;
  width: number;
  height: number;
  /** `areas`: a multi-area source, in order (not moved by insertRows). */
  source: { sheetId: number; range: RangeRef; areas?: RangeRef[] } | null;
  plotBy: number | null;
  hasTitle: boolean;
  title: string;
}

export interface PageSetupEntry {
  Orientation: number;
  PaperSize: number;
  Zoom: number | boolean;
  FitToPagesWide: number | boolean;
  FitToPagesTall: number | boolean;
  PrintTitleRows: string;
}

export const defaultPageSetup = (): PageSetupEntry => ({
  Orientation: 1, PaperSize: 9, Zoom: 100, FitToPagesWide: 1, FitToPagesTall: 1, PrintTitleRows: '',
});

export interface Persisted {
  store: EtStore;
  workbookName: string;
  names: NameEntry[];
  validations: ValidationEntry[];
  conditions: ConditionEntry[];
  hyperlinks: HyperlinkEntry[];
  charts: ChartEntry[];
  pageSetup: Map<number, PageSetupEntry>;
}

export interface FakeEtOptions {
  /** What Value2/Value give for a blank cell: undefined (default) or ''. */
  blank?: '';
  /** false: Value(11) throws, as on a WPS without XML Spreadsheet support. Default true. */
  xml?: boolean;
  /** SheetChange delivery: 'async' (default, setTimeout 0, in order) or 'sync'. */
  events?: 'async' | 'sync';
  /** Application.Build; null leaves it undefined. Default '12.1.0.16120'. */
  build?: string | null;
  /** false: no workbook open (ActiveWorkbook and ActiveWindow are null). Default true. */
  workbook?: boolean;
  /** Workbook.Name; default '绩效自评表.xlsx'. */
  name?: string;
}

type Handler = (...args: unknown[]) => void;

/** Factories of OM objects, set by index.ts (worksheet.ts and range.ts import this module). */
export interface ObjectFactory {
  sheet(session: Session, id: number): EtWorksheet;
  range(session: Session, id: number, r: RangeRef): EtRange;
}

export class Session {
  readonly calls = new CallCounter();
  readonly listeners = new Map<string, Handler[]>();
  readonly pluginStorage = new Map<string, unknown>();
  readonly taskPanes: (EtTaskPane & { url: string; title: string })[] = [];
  activeSheetId: number | null = null;
  selection: { sheetId: number; range: RangeRef } | null = null;
  scroll = { row: 1, column: 1 };
  displayAlerts = true;
  /** "Are you sure" dialogs a real host would have shown (Delete with DisplayAlerts on). */
  alerts = 0;
  /** Errors thrown by SheetChange handlers (a host swallows them; tests can look). */
  readonly eventErrors: unknown[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(readonly data: Persisted, readonly options: FakeEtOptions, readonly objects: ObjectFactory) {
    const first = data.store.sheets().find((s) => s.visible === -1);
    this.activeSheetId = first ? first.id : null;
  }

  get store(): EtStore {
    return this.data.store;
  }

  om<T extends object>(type: string, target: T): T {
    return counted(type, target, this.calls);
  }

  /** The sheet's current state; throws as COM does for an object whose sheet was deleted. */
  sheetInfo(id: number): StoreSheet {
    const s = this.store.sheets().find((x) => x.id === id);
    if (!s) throw new Error('fake ET: the sheet of this object was deleted');
    return s;
  }

  sheetByName(name: string): StoreSheet | undefined {
    const key = name.toLowerCase();
    return this.store.sheets().find((s) => s.name.toLowerCase() === key);
  }

  /** Every write into a protected sheet goes through here. */
  guardWrite(id: number): void {
    if (this.sheetInfo(id).protected) throw protectedError();
  }

  /** SheetChange for a change on `range` of sheet `id` (the add-in's own writes included). */
  fire(id: number, range: RangeRef): void {
    const deliver = () => {
      if (this.calls.closed || !this.store.sheets().some((s) => s.id === id)) return;
      for (const h of [...(this.listeners.get('SheetChange') ?? [])]) {
        try {
          h(this.objects.sheet(this, id), this.objects.range(this, id, range));
        } catch (e) {
          this.eventErrors.push(e);
        }
      }
    };
    if (this.options.events === 'sync') deliver();
    else this.queue = this.queue.then(() => new Promise<void>((resolve) => setTimeout(() => (deliver(), resolve()), 0)));
  }

  /** Resolves once every queued SheetChange has been delivered. */
  flush(): Promise<void> {
    return this.queue;
  }
}

export function protectedError(): Error {
  return Object.assign(new Error('The cell you are trying to change is protected: the sheet is protected (fake ET).'), {
    number: -2146827284,
  });
}
