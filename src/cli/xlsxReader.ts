/**
 * The lean .xlsx reader: the package opened with jszip, and only what a Grid needs read from it
 * (sheet list, shared strings, number formats, cells, merges, protection), with a tag scanner
 * instead of a full object model. It gives the same Grids as ExcelJS + src/xlsx/grids.ts (the
 * reference, and the fallback for a file this reader does not understand), in a fraction of
 * the time, and also reads parts written with a namespace prefix (`<x:worksheet>`).
 *
 * Where ExcelJS is wrong or throws, this reader deliberately differs (test/cli/xlsxReader.test.ts):
 * - a formula's cached 0 / FALSE / "" stays (ExcelJS drops falsy results, the Grid got null);
 * - `<sheetProtection sheet="true">` counts as protected, as `sheet="1"` does;
 * - `t="d"` cells give their ISO date `YYYY-MM-DD` (ExcelJS parseFloat()s the text);
 * - `<v>` text that is no number stays text (ExcelJS: NaN); a date-formatted formula whose result
 *   is text, a boolean or an error keeps it (ExcelJS makes an Invalid Date, grids.ts throws);
 * - `_xHHHH_` escapes are decoded in inline strings too, and phonetic runs left out of them;
 *   `t="str"` text is entity-decoded once (ExcelJS decodes it twice);
 * - sheet names longer than 31 characters are kept whole (ExcelJS truncates them), overlapping
 *   merges are kept (ExcelJS throws), parts are found through their relationships wherever they are;
 * - a formula cell with a hyperlink keeps its formula (ExcelJS turns it into a hyperlink value).
 */
import { inflateRawSync } from 'zlib';
import JSZip from 'jszip';
import type { Grid } from '../core/grid';
import { findEntry, resolveTarget } from '../xlsx/packageMap';
import { parseSharedStrings } from './sharedStrings';
import { parseWorksheet } from './sheetXml';
import { NO_STYLES, parseStyles } from './styles';
import { TagScanner } from './xmlScan';

/** jszip's stored form of an entry (not part of its typings): used to inflate with node's zlib. */
interface CompressedData {
  compressedContent?: unknown;
  uncompressedSize?: number;
  compression?: { magic?: string };
}

function decodeUtf8(bytes: Buffer, name: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new Error(`${name} is UTF-16 encoded, which the lean reader does not read`);
  }
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * An entry's bytes. jszip inflates in JavaScript; node's zlib is several times faster, so a
 * deflated (or stored) entry is inflated from jszip's copy of the compressed data when that is
 * available, and through jszip's public API otherwise.
 */
async function entryBytes(entry: JSZip.JSZipObject): Promise<Buffer> {
  const data = (entry as unknown as { _data?: CompressedData })._data;
  const raw = data?.compressedContent;
  const magic = data?.compression?.magic;
  if (raw instanceof Uint8Array && typeof data?.uncompressedSize === 'number') {
    const out = magic === '\x08\x00' ? inflateRawSync(raw) : magic === '\x00\x00' ? Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength) : null;
    if (out && out.length === data.uncompressedSize) return out;
  }
  return Buffer.from(await entry.async('uint8array'));
}

async function partText(zip: JSZip, path: string): Promise<string | null> {
  const entry = findEntry(zip, path);
  return entry ? decodeUtf8(await entryBytes(entry), entry.name) : null;
}

interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

async function relationships(zip: JSZip, part: string): Promise<Map<string, Relationship>> {
  const out = new Map<string, Relationship>();
  const xml = await partText(zip, relsPath(part));
  if (xml === null) return out;
  const s = new TagScanner(xml);
  while (s.next()) {
    if (s.closing || !s.is('Relationship')) continue;
    const id = s.attr('Id');
    if (id !== undefined) out.set(id, { type: s.attr('Type') ?? '', target: s.attr('Target') ?? '', external: s.attr('TargetMode') === 'External' });
  }
  return out;
}

function byType(rels: Map<string, Relationship>, suffix: string): Relationship | undefined {
  for (const r of rels.values()) if (!r.external && r.type.endsWith(suffix)) return r;
  return undefined;
}

interface WorkbookInfo {
  part: string;
  sheets: { name: string; part: string }[];
  date1904: boolean;
  strings: string | null;
  styles: string | null;
}

async function workbookInfo(zip: JSZip): Promise<WorkbookInfo> {
  const office = byType(await relationships(zip, ''), '/officeDocument');
  const part = office ? resolveTarget('', office.target) : 'xl/workbook.xml';
  const entry = findEntry(zip, part);
  if (!entry) throw new Error(`the package has no workbook part (${part})`);
  const xml = decodeUtf8(await entryBytes(entry), entry.name);
  const rels = await relationships(zip, entry.name);
  const sheets: { name: string; part: string }[] = [];
  let date1904 = false;
  const s = new TagScanner(xml);
  while (s.next()) {
    if (s.closing) continue;
    if (s.is('workbookPr')) {
      const v = s.rawAttr('date1904');
      date1904 = v === '1' || v === 'true';
    } else if (s.is('sheet')) {
      const name = s.attr('name');
      const rel = rels.get(relId(s) ?? '');
      // Worksheets only: chartsheets, dialogsheets and macrosheets hold no cells to check.
      if (name !== undefined && rel && !rel.external && rel.type.endsWith('/worksheet')) sheets.push({ name, part: resolveTarget(entry.name, rel.target) });
    } else if (s.is('extLst') || s.is('definedNames')) s.skip();
  }
  const target = (suffix: string, fallback: string) => {
    const r = byType(rels, suffix);
    return r ? resolveTarget(entry.name, r.target) : fallback;
  };
  return { part: entry.name, sheets, date1904, strings: target('/sharedStrings', 'xl/sharedStrings.xml'), styles: target('/styles', 'xl/styles.xml') };
}

/** The `r:id` of a `<sheet>` (whatever prefix the relationships namespace has). */
function relId(s: TagScanner): string | undefined {
  const tag = s.xml.slice(s.nameEnd, s.tagEnd);
  const m = /\s([A-Za-z_][\w.-]*):id\s*=\s*("([^"]*)"|'([^']*)')/.exec(tag);
  return m ? (m[3] ?? m[4]) : undefined;
}

/** Every worksheet of an opened package, in tab order (hidden ones included). Throws when it cannot. */
export async function readGridsFromZip(zip: JSZip): Promise<Grid[]> {
  const wb = await workbookInfo(zip);
  const stringsXml = wb.strings ? await partText(zip, wb.strings) : null;
  const stylesXml = wb.styles ? await partText(zip, wb.styles) : null;
  const ctx = { strings: stringsXml ? parseSharedStrings(stringsXml) : [], styles: stylesXml ? parseStyles(stylesXml) : NO_STYLES, date1904: wb.date1904 };
  const grids: Grid[] = [];
  for (const sheet of wb.sheets) {
    const xml = await partText(zip, sheet.part);
    if (xml === null) continue; // a dangling relationship: nothing to read (ExcelJS skips it too)
    grids.push(parseWorksheet(sheet.name, xml, ctx));
  }
  return grids;
}

/** Bytes of an .xlsx package → one Grid per worksheet. Throws on anything it cannot read. */
export async function readGridsFromXlsx(bytes: Buffer): Promise<Grid[]> {
  return readGridsFromZip(await JSZip.loadAsync(bytes, { createFolders: false }));
}
