/**
 * Workbook.Names. A name that refers to a sheet range keeps the sheet's id and the range, so a
 * rename shows in RefersTo, insertRows moves it and deleting the sheet turns it into `=#REF!…`.
 */
import type { EtName, EtNames } from '../../../src/wps/et';
import { parseAddress } from './ops';
import { formatAddress } from './range';
import type { NameEntry, Persisted, Session } from './state';

const REFERS_TO = /^=?\s*(?:'((?:[^']|'')+)'|([^'!=]+))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)\s*$/;
const CELL_LIKE = /^([A-Za-z]{1,3}\d+|[RrCc]\d*|[Rr]\d*[Cc]\d*)$/;

/** `安亭城运` → `'安亭城运'`; plain ASCII identifiers stay bare, as Excel writes them. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !CELL_LIKE.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Sets what an entry refers to: a range of an existing sheet, else the text as given. */
function assign(data: Persisted, entry: NameEntry, refersTo: string): void {
  const text = String(refersTo).trim();
  const m = REFERS_TO.exec(text);
  const sheetName = m ? (m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2].trim()) : '';
  const sheet = m ? data.store.sheets().find((s) => s.name.toLowerCase() === sheetName.toLowerCase()) : undefined;
  if (m && sheet) {
    entry.sheetId = sheet.id;
    entry.range = parseAddress(m[3]);
    entry.text = null;
  } else {
    entry.sheetId = null;
    entry.range = null;
    entry.text = text.startsWith('=') ? text : `=${text}`;
  }
}

export function refersToText(data: Persisted, entry: NameEntry): string {
  const sheet = entry.sheetId === null ? undefined : data.store.sheets().find((s) => s.id === entry.sheetId);
  if (sheet && entry.range) return `=${quoteSheet(sheet.name)}!${formatAddress(entry.range)}`;
  return entry.text ?? '=#REF!';
}

const byName = (a: NameEntry, b: NameEntry) => (a.name.toUpperCase() < b.name.toUpperCase() ? -1 : a.name.toUpperCase() > b.name.toUpperCase() ? 1 : 0);

export class FakeNames implements EtNames {
  constructor(private readonly session: Session) {}

  get Count(): number {
    return this.session.data.names.length;
  }

  /** 1-based in alphabetical order (as Excel keeps Names), or by name, case-insensitive; throws when missing. */
  Item(index: number | string): EtName {
    const names = this.session.data.names;
    const entry =
      typeof index === 'number'
        ? [...names].sort(byName)[index - 1]
        : names.find((n) => n.name.toLowerCase() === String(index).toLowerCase());
    if (!entry) throw new Error(`fake ET: Names.Item(${JSON.stringify(index)}) does not exist`);
    return this.session.om('Name', new FakeName(this.session, entry));
  }

  /** Adds, or replaces the name of the same name; throws on a name Excel would refuse. */
  Add(Name: string, RefersTo: string, Visible = true): EtName {
    const name = String(Name);
    if (!/^[A-Za-z_\\\u0080-\uffff][\w.\\\u0080-\uffff]*$/.test(name) || CELL_LIKE.test(name)) {
      throw new Error(`fake ET: "${name}" is not a valid name`);
    }
    const entry: NameEntry = { name, sheetId: null, range: null, text: null, visible: Boolean(Visible) };
    assign(this.session.data, entry, RefersTo);
    if (entry.sheetId !== null) this.session.guardWrite(entry.sheetId);
    const d = this.session.data;
    const old = d.names.findIndex((n) => n.name.toLowerCase() === name.toLowerCase());
    if (old >= 0) d.names[old] = entry;
    else d.names.push(entry);
    return this.session.om('Name', new FakeName(this.session, entry));
  }
}

class FakeName implements EtName {
  constructor(private readonly session: Session, private readonly entry: NameEntry) {}

  private live(): NameEntry {
    if (!this.session.data.names.includes(this.entry)) throw new Error('fake ET: this name was deleted');
    return this.entry;
  }

  get Name(): string {
    return this.live().name;
  }

  get RefersTo(): string {
    return refersToText(this.session.data, this.live());
  }

  set RefersTo(text: string) {
    assign(this.session.data, this.live(), text);
  }

  get Visible(): boolean {
    return this.live().visible;
  }

  set Visible(on: boolean) {
    this.live().visible = Boolean(on);
  }

  Delete(): void {
    const e = this.live();
    this.session.data.names = this.session.data.names.filter((n) => n !== e);
  }
}
