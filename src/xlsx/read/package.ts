/**
 * An opened .xlsx package: the zip's directory read once, each part inflated when first asked
 * for (within the limits, inflate.ts) and its text kept. Part names are matched
 * case-insensitively, as OPC says. Everything wrong with the package is a ReadRefusal naming
 * the part concerned.
 */
import type { OpenedPackage, SheetPart } from './types';
import { CONTENT_TYPES_PART, contentTypeOf, isWorkbookType } from './contentTypes';
import { entryBytes, fflateInflater, Inflater } from './inflate';
import type { ReadLimits } from './limits';
import { parsing, refuse } from './refusal';
import { byType, parseRelationships, relsPath } from './relationships';
import { parseWorkbook, WorkbookInfo } from './workbook';
import { readDirectory, ZipEntry } from './zipDirectory';

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
/** Texts longer than this are let go of once read (4 M characters: 4–8 MB). */
const RELEASE_CHARS = 4_000_000;

/** A part's bytes as text: UTF-8, BOM taken off. UTF-16 parts are not read (Excel writes none). */
function decodeUtf8(bytes: Uint8Array, name: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    refuse('badPart', { part: name, detail: 'UTF-16 encoded' });
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

  constructor(
    private readonly bytes: Uint8Array,
    readonly limits: ReadLimits,
    private readonly inflate: Inflater = fflateInflater,
  ) {
    // Each part inflates to at most its declared size (inflate.ts): bounding the declared total bounds the package.
    let declared = 0;
    // The first of two entries differing only in case wins, as jszip's lookup did.
    for (const e of readDirectory(bytes)) {
      declared += e.size;
      if (!this.entries.has(e.name.toLowerCase())) this.entries.set(e.name.toLowerCase(), e);
    }
    if (declared > limits.maxPackageBytes) refuse('tooLarge', { limit: { kind: 'package', value: limits.maxPackageBytes } });
  }

  get names(): string[] {
    return [...this.entries.values()].map((e) => e.name);
  }

  /** The name of the entry `part` as written in the zip, or null when there is none. */
  partName(part: string): string | null {
    return this.entries.get(part.toLowerCase())?.name ?? null;
  }

  /** The part's declared uncompressed size (0 when absent): to judge a sheet before inflating it. */
  declaredSize(part: string): number {
    return this.entries.get(part.toLowerCase())?.size ?? 0;
  }

  async text(part: string): Promise<string | null> {
    const key = part.toLowerCase();
    const cached = this.texts.get(key);
    if (cached !== undefined) return cached;
    const entry = this.entries.get(key);
    const text = entry ? decodeUtf8(entryBytes(this.bytes, entry, this.limits, this.inflate), entry.name) : null;
    this.texts.set(key, text);
    return text;
  }

  /**
   * Forgets a big part's text (a worksheet, once read into its Grid), so that it is not held
   * twice; small ones stay cached for the look reader, which reads the sheets again.
   */
  release(part: string): void {
    const key = part.toLowerCase();
    if ((this.texts.get(key)?.length ?? 0) > RELEASE_CHARS) this.texts.delete(key);
  }

  async rels(part: string): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const [id, r] of await this.relationships(part)) out.set(id, r.target);
    return out;
  }

  async relationships(part: string): Promise<ReturnType<typeof parseRelationships>> {
    const path = relsPath(part);
    const xml = await this.text(path);
    return parsing(this.partName(path) ?? path, () => parseRelationships(part, xml), 'brokenRelationships');
  }

  /** Finds the workbook part, checks its content type and reads its sheet list. */
  async readWorkbook(): Promise<void> {
    const office = byType(await this.relationships(''), '/officeDocument');
    const wanted = office ? office.target : 'xl/workbook.xml';
    const part = this.partName(wanted);
    if (part === null) refuse('missingPart', { part: wanted });
    const types = this.partName(CONTENT_TYPES_PART);
    const typesXml = types === null ? null : await this.text(types);
    if (typesXml === null || !isWorkbookType(parsing(CONTENT_TYPES_PART, () => contentTypeOf(typesXml, part)))) refuse('badContentTypes', { part: CONTENT_TYPES_PART });
    const xml = (await this.text(part)) as string;
    const rels = await this.relationships(part);
    const info: WorkbookInfo = parsing(part, () => parseWorkbook(xml, rels, (p) => this.partName(p)));
    this.sheets = info.sheets;
    this.stylesPart = info.stylesPart;
    this.stringsPart = info.stringsPart;
    this.date1904 = info.date1904;
  }
}
