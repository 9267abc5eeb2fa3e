/** Application, Workbook, ActiveWindow, ApiEvent, task panes and PluginStorage of one session. */
import type { EtApiEvent, EtApplication, EtNames, EtRange, EtSheets, EtTaskPane, EtWindow, EtWorkbook, EtWorksheet } from '../../../src/wps/et';
import { FakeNames } from './names';
import type { Session } from './state';
import { FakeWorksheets } from './worksheet';

class FakeWorkbook implements EtWorkbook {
  constructor(private readonly session: Session) {}

  get Worksheets(): EtSheets {
    return this.session.om('Worksheets', new FakeWorksheets(this.session));
  }

  get Names(): EtNames {
    return this.session.om('Names', new FakeNames(this.session));
  }

  get Name(): string {
    return this.session.data.workbookName;
  }

  get ActiveSheet(): EtWorksheet | null {
    const id = this.session.activeSheetId;
    return id === null ? null : this.session.objects.sheet(this.session, id);
  }
}

class FakeApiEvent implements EtApiEvent {
  constructor(private readonly session: Session) {}

  AddApiEventListener(name: string, handler: (...args: unknown[]) => void): void {
    const list = this.session.listeners.get(name) ?? [];
    list.push(handler);
    this.session.listeners.set(name, list);
  }

  RemoveApiEventListener(name: string, handler: (...args: unknown[]) => void): void {
    const list = this.session.listeners.get(name) ?? [];
    const i = list.indexOf(handler);
    if (i >= 0) list.splice(i, 1);
  }
}

export class FakeApplication implements EtApplication {
  private readonly workbook: EtWorkbook;
  private readonly window: EtWindow;
  private readonly apiEvent: EtApiEvent;
  private readonly storage: { getItem(key: string): unknown; setItem(key: string, value: unknown): void };

  constructor(private readonly session: Session) {
    this.workbook = session.om('Workbook', new FakeWorkbook(session));
    const scroll = session.scroll;
    this.window = session.om('Window', {
      get ScrollRow() { return scroll.row; },
      set ScrollRow(n: number) { scroll.row = Math.max(1, Math.floor(n)); },
      get ScrollColumn() { return scroll.column; },
      set ScrollColumn(n: number) { scroll.column = Math.max(1, Math.floor(n)); },
    });
    this.apiEvent = session.om('ApiEvent', new FakeApiEvent(session));
    const map = session.pluginStorage;
    // WPS's PluginStorage members are camelCase, which the proxy does not count: counted here.
    this.storage = session.om('PluginStorage', {
      getItem: (key: string) => (session.calls.count('PluginStorage.getItem'), map.has(key) ? map.get(key) : null),
      setItem: (key: string, value: unknown) => (session.calls.count('PluginStorage.setItem'), void map.set(key, value)),
    });
  }

  private get open(): boolean {
    return this.session.options.workbook !== false;
  }

  get ActiveWorkbook(): EtWorkbook | null {
    return this.open ? this.workbook : null;
  }

  get ActiveWindow(): EtWindow | null {
    return this.open ? this.window : null;
  }

  get ActiveSheet(): unknown {
    return this.open ? (this.workbook as unknown as FakeWorkbook).ActiveSheet : null;
  }

  /** The selected range of the active sheet (Range.Select, or the user's book.userSelect). */
  get Selection(): EtRange | null {
    const sel = this.session.selection;
    if (!this.open || !sel || sel.sheetId !== this.session.activeSheetId) return null;
    return this.session.objects.range(this.session, sel.sheetId, sel.range);
  }

  get ApiEvent(): EtApiEvent {
    return this.apiEvent;
  }

  get DisplayAlerts(): boolean {
    return this.session.displayAlerts;
  }

  set DisplayAlerts(on: boolean) {
    this.session.displayAlerts = Boolean(on);
  }

  get PluginStorage(): { getItem(key: string): unknown; setItem(key: string, value: unknown): void } {
    return this.storage;
  }

  get Build(): string | undefined {
    const b = this.session.options.build;
    return b === null ? undefined : (b ?? '12.1.0.16120');
  }

  CreateTaskPane(url: string, title = ''): EtTaskPane {
    const panes = this.session.taskPanes;
    const pane = { ID: panes.length + 1, Visible: false, DockPosition: 2, url: String(url), title: String(title) };
    panes.push(pane);
    return this.session.om('TaskPane', pane);
  }

  /** The pane with this ID, or null (a pane of an earlier session is gone). */
  GetTaskPane(id: number): EtTaskPane {
    const pane = this.session.taskPanes.find((p) => p.ID === id);
    return (pane ? this.session.om('TaskPane', pane) : null) as EtTaskPane;
  }
}
