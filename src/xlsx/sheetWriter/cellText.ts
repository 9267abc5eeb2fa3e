/**
 * The text of one cell of a sheet in a package, read straight from the XML (shared strings,
 * inline strings, formula results, numbers as written): enough to check a sheet's signature
 * without loading the workbook.
 */
import type JSZip from 'jszip';
import { parseA1 } from '../../core/a1';
import { findEntry, packageMap, readXml } from '../packageMap';
import { elements, firstElement, getAttr, unescapeXml } from '../xml';
import { readRels, relIs, targetPart } from './opc';
import { sameSheetName } from './packageEdit';

/** The text of `<t>` runs (not phonetic `<rPh>` ones) in an `<si>` or `<is>`. */
function runsText(xml: string): string {
  const withoutPhonetic = xml.replace(/<((?:[A-Za-z_][\w.-]*:)?)rPh[\s>][\s\S]*?<\/\1rPh>/g, '');
  return elements(withoutPhonetic, 't')
    .map((t) => unescapeXml(withoutPhonetic.slice(t.innerStart, t.innerEnd)))
    .join('');
}

async function sharedString(zip: JSZip, workbookPart: string, index: number): Promise<string | null> {
  const rel = (await readRels(zip, workbookPart)).find((r) => relIs(r, 'sharedStrings'));
  const part = rel ? targetPart(workbookPart, rel) : null;
  const entry = part ? findEntry(zip, part) : null;
  if (!entry) return null;
  const xml = (await readXml(entry)).text;
  const si = elements(xml, 'si')[index];
  return si ? runsText(xml.slice(si.innerStart, si.innerEnd)) : null;
}

/** The text a `<c>` element shows (numbers and booleans as written), or null when it has none. */
async function textOf(zip: JSZip, workbookPart: string, attrs: string, inner: string): Promise<string | null> {
  const t = getAttr(attrs, 't') ?? 'n';
  if (t === 'inlineStr') {
    const is = firstElement(inner, 'is');
    return is ? runsText(inner.slice(is.innerStart, is.innerEnd)) : null;
  }
  const v = firstElement(inner, 'v');
  if (!v || v.selfClosing) return null;
  const value = unescapeXml(inner.slice(v.innerStart, v.innerEnd));
  if (t === 's') return sharedString(zip, workbookPart, Number(value));
  return value;
}

/**
 * The text of `cell` on the sheet named `sheet`: null when the sheet, the cell or its value is
 * missing. Shared and inline strings as text, numbers and booleans as written in the part.
 */
export async function sheetCellText(zip: JSZip, sheet: string, cell: string): Promise<string | null> {
  const map = await packageMap(zip);
  const part = [...map.sheets].find(([name]) => sameSheetName(name, sheet))?.[1];
  const entry = part ? findEntry(zip, part) : null;
  if (!entry) return null;
  const { row, col } = parseA1(cell.replace(/\$/g, '').toUpperCase());
  const xml = (await readXml(entry)).text;
  const sd = firstElement(xml, 'sheetData');
  if (!sd || sd.selfClosing) return null;
  let r = -1;
  for (const rowEl of elements(xml, 'row', sd.innerStart, sd.innerEnd)) {
    const ra = getAttr(rowEl.attrs, 'r');
    r = ra ? Number(ra) - 1 : r + 1;
    if (r !== row) continue;
    let c = -1;
    for (const cEl of elements(xml, 'c', rowEl.innerStart, rowEl.innerEnd)) {
      const ca = getAttr(cEl.attrs, 'r');
      c = ca ? parseA1(ca).col : c + 1;
      if (c === col) return textOf(zip, map.workbook, cEl.attrs, xml.slice(cEl.innerStart, cEl.innerEnd));
    }
    return null;
  }
  return null;
}
