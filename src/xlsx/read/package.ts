/**
 * An opened .xlsx package: the zip's directory read once, each part inflated when first asked
 * for and its text kept. Part names are matched case-insensitively, as OPC says.
 */
import type { OpenedPackage, SheetPart } from './types';
import { entryBytes } from './inflate';
import { byType, parseRelationships, relsPath } from './relationships';
import { parseWorkbook, WorkbookInfo } from './workbook';
import { readDirectory, ZipEntry } from './zipDirectory';

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** A part's bytes as text: UTF-8, BOM taken off. UTF-16 parts are not read (Excel writes none). */
function decodeUtf8(bytes: Uint8Array, name: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new Error(`${name} is UTF-16 encoded, which the reader does not read`);
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return utf8.decode(bom ? bytes.subarray(3) : bytes);
}

export class ZipPackage implements OpenedPackage {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly texts = new Map<string, string | null>();
  sheets: SheetPart[] = [];
  stylesPart: string | null = null;
  stringsPart: string | null = null;
  date1904 = false;

  constructor(private readonly bytes: Uint8Array) {
    // The first of two entries differing only in case wins, as jszip's lookup did.
    for (const e of readDirectory(bytes)) if (!this.entries.has(e.name.toLowerCase())) this.entries.set(e.name.toLowerCase(), e);
  }

  get names(): string[] {
    return [...this.entries.values()].map((e) => e.name);
  }

  /** The name of the entry `part` as written in the zip, or null when there is none. */
  partName(part: string): string | null {
    return this.entries.get(part.toLowerCase())?.name ?? null;
  }

  async text(part: string): Promise<string | null> {
    const key = part.toLowerCase();
    const cached = this.texts.get(key);
    if (cached !== undefined) return cached;
    const entry = this.entries.get(key);
    const text = entry ? decodeUtf8(entryBytes(this.bytes, entry), entry.name) : null;
    this.texts.set(key, text);
    return text;
  }

  async rels(part: string): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const [id, r] of await this.relationships(part)) out.set(id, r.target);
    return out;
  }

  async relationships(part: string): Promise<ReturnType<typeof parseRelationships>> {
    return parseRelationships(part, await this.text(relsPath(part)));
  }

  /** Finds the workbook part and reads its sheet list. Throws when there is no workbook part. */
  async readWorkbook(): Promise<void> {
    const office = byType(await this.relationships(''), '/officeDocument');
    const wanted = office ? office.target : 'xl/workbook.xml';
    const part = this.partName(wanted);
    const xml = part === null ? null : await this.text(part);
    if (part === null || xml === null) throw new Error(`the package has no workbook part (${wanted})`);
    const info: WorkbookInfo = parseWorkbook(xml, await this.relationships(part), (p) => this.partName(p));
    this.sheets = info.sheets;
    this.stylesPart = info.stylesPart;
    this.stringsPart = info.stringsPart;
    this.date1904 = info.date1904;
  }
}
