/** Worksheets and Worksheet. A Worksheet holds its sheet's store id, so it survives renames. */
import type { EtPageSetup, EtRange, EtSheets, EtWorksheet } from '../../../src/wps/et';
import { deleteSheet, parseAddress, renameSheet, usedRange } from './ops';
import { FakeHyperlinks, FakeShapes, pageSetupOf } from './sheetParts';
import type { FakeRange } from './range';
import type { Session } from './state';
import type { SheetVisibility } from './store';

export class FakeWorksheet implements EtWorksheet {
  constructor(readonly session: Session, readonly id: number) {}

  get Name(): string {
    return this.session.sheetInfo(this.id).name;
  }

  set Name(name: string) {
    this.session.sheetInfo(this.id);
    renameSheet(this.session.data, this.id, name);
  }

  get Index(): number {
    this.session.sheetInfo(this.id);
    return this.session.store.sheets().findIndex((s) => s.id === this.id) + 1;
  }

  get ProtectContents(): boolean {
    return this.session.sheetInfo(this.id).protected;
  }

  get Visible(): number {
    return this.session.sheetInfo(this.id).visible;
  }

  /** -1/true visible, 0/false hidden, 2 very hidden; hiding the last visible sheet throws. */
  set Visible(v: number) {
    const value = (v === true as unknown ? -1 : v === false as unknown ? 0 : v) as SheetVisibility;
    if (value !== -1 && value !== 0 && value !== 2) throw new Error(`fake ET: Visible = ${String(v)} is not an XlSheetVisibility`);
    this.session.sheetInfo(this.id);
    const { store } = this.session;
    if (value !== -1 && !store.sheets().some((s) => s.id !== this.id && s.visible === -1)) {
      throw new Error('fake ET: a workbook must keep one visible sheet');
    }
    store.setVisible(this.id, value);
    if (value !== -1 && this.session.activeSheetId === this.id) this.session.activeSheetId = firstVisible(this.session);
  }

  get UsedRange(): EtRange {
    this.session.sheetInfo(this.id);
    return this.session.objects.range(this.session, this.id, usedRange(this.session.store, this.id));
  }

  /** One area, or several separated by commas (COM's union; the fake uses them as chart sources only). */
  Range(address: string): EtRange {
    this.session.sheetInfo(this.id);
    const areas = String(address).split(',').map(parseAddress);
    const range = this.session.objects.range(this.session, this.id, areas[0]);
    if (areas.length > 1) (range as FakeRange).areas = areas;
    return range;
  }

  /** Throws for a hidden sheet, as COM's Activate does. */
  Activate(): void {
    if (this.session.sheetInfo(this.id).visible !== -1) throw new Error('fake ET: Activate method of Worksheet class failed (hidden sheet)');
    this.session.activeSheetId = this.id;
  }

  /** With DisplayAlerts on, a real host would ask first: counted in book.alerts. */
  Delete(): void {
    this.session.sheetInfo(this.id);
    if (this.session.displayAlerts) this.session.alerts++;
    deleteSheet(this.session.data, this.id);
    if (this.session.activeSheetId === this.id) this.session.activeSheetId = firstVisible(this.session);
  }

  get Hyperlinks(): FakeHyperlinks {
    this.session.sheetInfo(this.id);
    return this.session.om('Hyperlinks', new FakeHyperlinks(this.session, this.id));
  }

  get Shapes(): FakeShapes {
    this.session.sheetInfo(this.id);
    return this.session.om('Shapes', new FakeShapes(this.session, this.id));
  }

  get PageSetup(): EtPageSetup {
    this.session.sheetInfo(this.id);
    return pageSetupOf(this.session, this.id);
  }
}

export function firstVisible(session: Session): number | null {
  return session.store.sheets().find((s) => s.visible === -1)?.id ?? null;
}

export class FakeWorksheets implements EtSheets {
  constructor(private readonly session: Session) {}

  get Count(): number {
    return this.session.store.sheets().length;
  }

  /** 1-based index or name (case-insensitive, as sheet names are); throws when there is none. */
  Item(index: number | string): EtWorksheet {
    const sheets = this.session.store.sheets();
    const s = typeof index === 'number' ? (Number.isInteger(index) ? sheets[index - 1] : undefined) : this.session.sheetByName(String(index));
    if (!s) throw new Error(`fake ET: Worksheets.Item(${JSON.stringify(index)}) does not exist`);
    return this.session.objects.sheet(this.session, s.id);
  }

  /** A new sheet "Sheet<n>" (n the first free number from Count + 1), before the active one by default; it becomes active. */
  Add(Before?: EtWorksheet | null, After?: EtWorksheet | null): EtWorksheet {
    const { store } = this.session;
    const sheets = store.sheets();
    const pos = (w: EtWorksheet) => {
      const id = (w as unknown as FakeWorksheet).id;
      const i = sheets.findIndex((s) => s.id === id);
      if (i < 0) throw new Error('fake ET: Worksheets.Add: that sheet is not in this workbook');
      return i;
    };
    const active = sheets.findIndex((s) => s.id === this.session.activeSheetId);
    const at = Before ? pos(Before) : After ? pos(After) + 1 : Math.max(0, active);
    let n = sheets.length + 1;
    while (this.session.sheetByName(`Sheet${n}`)) n++;
    const id = store.addSheet(`Sheet${n}`, at);
    this.session.activeSheetId = id;
    return this.session.objects.sheet(this.session, id);
  }
}
