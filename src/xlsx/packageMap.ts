/** The OPC package around the sheets: which part holds which sheet, calcPr, macros. */
import type JSZip from 'jszip';
import { joinPart, partBase, partDir } from './partName';
import { elements, firstElement, getAttr, parseAttrs, setAttr } from './xml';

const UTF8_BOM = Uint8Array.of(0xef, 0xbb, 0xbf);

/** A zip entry by part name (OPC part names are case-insensitive). */
export function findEntry(zip: JSZip, path: string): JSZip.JSZipObject | null {
  const exact = zip.files[path];
  if (exact && !exact.dir) return exact;
  const lower = path.toLowerCase();
  return Object.values(zip.files).find((f) => !f.dir && f.name.toLowerCase() === lower) ?? null;
}

export interface XmlText {
  text: string;
  bom: boolean;
}

export async function readXml(entry: JSZip.JSZipObject): Promise<XmlText> {
  const bytes = await entry.async('uint8array');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new Error(`${entry.name} is UTF-16 encoded, which is not supported`);
  }
  const bom = UTF8_BOM.every((b, i) => bytes[i] === b);
  // ignoreBOM: the BOM is taken off (and remembered) above; a second one stays text, as it was.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
  return { text, bom };
}

export function xmlBytes(x: XmlText): Uint8Array {
  const body = new TextEncoder().encode(x.text);
  if (!x.bom) return body;
  const out = new Uint8Array(UTF8_BOM.length + body.length);
  out.set(UTF8_BOM);
  out.set(body, UTF8_BOM.length);
  return out;
}

/** Replaces an entry's content, keeping its name, position, date and attributes. */
export function replaceEntry(zip: JSZip, entry: JSZip.JSZipObject, bytes: Uint8Array): void {
  zip.file(entry.name, bytes, {
    binary: true,
    date: entry.date,
    comment: entry.comment || undefined,
    unixPermissions: entry.unixPermissions ?? undefined,
    dosPermissions: entry.dosPermissions ?? undefined,
    createFolders: false,
  });
}

/** A relationship target resolved against the source part's folder. */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    /* keep as written */
  }
  if (t.startsWith('/')) return t.slice(1);
  return joinPart(partDir(sourcePart), t);
}

function relsPath(part: string): string {
  return joinPart(partDir(part), '_rels', partBase(part) + '.rels');
}

async function relationships(zip: JSZip, part: string): Promise<{ id: string; type: string; target: string }[]> {
  const entry = findEntry(zip, relsPath(part));
  if (!entry) return [];
  const { text } = await readXml(entry);
  return elements(text, 'Relationship').map((r) => ({
    id: getAttr(r.attrs, 'Id') ?? '',
    type: getAttr(r.attrs, 'Type') ?? '',
    target: getAttr(r.attrs, 'Target') ?? '',
  }));
}

export interface PackageMap {
  /** The workbook part, normally `xl/workbook.xml`. */
  workbook: string;
  /** Sheet name (as the user sees it) → worksheet part path. */
  sheets: Map<string, string>;
  /** Names that two sheets of the workbook carry (no Excel file has them; a hand-edited one may). */
  ambiguous: Set<string>;
}

export async function packageMap(zip: JSZip): Promise<PackageMap> {
  const root = await relationships(zip, '');
  const office = root.find((r) => /\/officeDocument$/.test(r.type));
  const workbook = office ? resolveTarget('', office.target) : 'xl/workbook.xml';
  const entry = findEntry(zip, workbook);
  if (!entry) throw new Error(`the package has no workbook part (${workbook})`);
  const { text } = await readXml(entry);
  const rels = new Map((await relationships(zip, entry.name)).map((r) => [r.id, r]));
  const sheets = new Map<string, string>();
  const ambiguous = new Set<string>();
  const list = firstElement(text, 'sheets');
  for (const s of list ? elements(text, 'sheet', list.innerStart, list.innerEnd) : []) {
    const attrs = parseAttrs(s.attrs);
    const name = attrs.find((a) => a.name === 'name')?.value;
    const id = attrs.find((a) => /^[^:]+:id$/.test(a.name) && a.name !== 'xml:id')?.value;
    const rel = id ? rels.get(id) : undefined;
    if (name === undefined || !rel || !/\/worksheet$/.test(rel.type)) continue;
    if (sheets.has(name)) ambiguous.add(name);
    sheets.set(name, resolveTarget(entry.name, rel.target));
  }
  return { workbook: entry.name, sheets, ambiguous };
}

/** CT_Workbook children that come after calcPr, in schema order. */
const AFTER_CALCPR = ['oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

/** `<calcPr fullCalcOnLoad="1">`: Excel recalculates every formula when it opens the file. */
export function setFullCalcOnLoad(xml: string): string {
  const calc = firstElement(xml, 'calcPr');
  if (calc) {
    const tag = `<${calc.prefix}calcPr${setAttr(calc.attrs, 'fullCalcOnLoad', '1')}${calc.selfClosing ? '/' : ''}>`;
    return xml.slice(0, calc.start) + tag + xml.slice(calc.innerStart);
  }
  const root = firstElement(xml, 'workbook');
  if (!root || root.selfClosing) throw new Error('the workbook part has no <workbook> element');
  const sheets = firstElement(xml, 'sheets');
  const from = sheets ? sheets.end : root.innerStart;
  const followers = AFTER_CALCPR.map((n) => firstElement(xml, n, from)).filter((e): e is NonNullable<typeof e> => e !== null && e.start < root.innerEnd);
  const at = followers.length ? Math.min(...followers.map((e) => e.start)) : root.innerEnd;
  return xml.slice(0, at) + `<${root.prefix}calcPr fullCalcOnLoad="1"/>` + xml.slice(at);
}

/** Does the package carry VBA macros (only valid as .xlsm)? */
export function hasMacros(zip: JSZip): boolean {
  return Object.values(zip.files).some((f) => !f.dir && /(^|\/)vbaProject\.bin$/i.test(f.name));
}
