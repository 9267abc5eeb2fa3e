/**
 * workbook.xml's `<definedNames>` as the sheet writer needs them: a written sheet's print titles
 * (`_xlnm.Print_Titles`, local to the sheet through its 0-based position, `localSheetId`). Every
 * other defined name keeps its bytes; the print titles and print area of a replaced sheet were
 * the old sheet's and go with it.
 */
import { elements, escapeText, firstElement, getAttr } from '../xml';
import type { Element } from '../xml';
import { quoteSheet } from './sheetPart';

/** CT_Workbook's children after `<definedNames>`, in schema order. */
export const AFTER_DEFINED_NAMES = ['calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

/** Where a child of `<workbook>` goes that must come before every element `followers` names: the first of them, else the end. */
export function insertionPoint(workbookXml: string, root: Element, followers: readonly string[]): number {
  const after = followers
    .map((n) => firstElement(workbookXml, n, root.innerStart))
    .filter((e): e is Element => e !== null && e.start < root.innerEnd);
  return after.length ? Math.min(...after.map((e) => e.start)) : root.innerEnd;
}

const SHEET_PRINT_NAMES = ['_xlnm.print_titles', '_xlnm.print_area'];

/**
 * workbook.xml with the print titles of the sheet at `index` set to rows 1..`titleRows` (0: none).
 * `replaced`: the sheet at `index` was there before; its old print titles and area are dropped.
 * Unchanged when there is nothing to drop or add.
 */
export function setPrintTitles(workbookXml: string, index: number, sheet: string, titleRows: number, replaced: boolean): string {
  const root = firstElement(workbookXml, 'workbook');
  if (!root || root.selfClosing) throw new Error('the workbook part has no <workbook> element');
  const list = firstElement(workbookXml, 'definedNames', root.innerStart);
  const names = list && !list.selfClosing ? elements(workbookXml, 'definedName', list.innerStart, list.innerEnd) : [];
  const stale = replaced
    ? names.filter((n) => SHEET_PRINT_NAMES.includes((getAttr(n.attrs, 'name') ?? '').toLowerCase()) && getAttr(n.attrs, 'localSheetId') === String(index))
    : [];
  const p = list?.prefix ?? root.prefix;
  const tag = titleRows > 0 ? `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeText(`${quoteSheet(sheet)}!$1:$${titleRows}`)}</${p}definedName>` : '';
  if (stale.length === 0 && !tag) return workbookXml;
  let out = workbookXml;
  if (!list) {
    const at = insertionPoint(out, root, AFTER_DEFINED_NAMES);
    return out.slice(0, at) + `<${p}definedNames>${tag}</${p}definedNames>` + out.slice(at);
  }
  const kept = names.length - stale.length;
  if (kept === 0 && !tag) return out.slice(0, list.start) + out.slice(list.end); // an empty <definedNames> is invalid
  if (list.selfClosing) return out.slice(0, list.start) + `<${p}definedNames${list.attrs}>${tag}</${p}definedNames>` + out.slice(list.end);
  out = out.slice(0, list.innerEnd) + tag + out.slice(list.innerEnd);
  for (const n of [...stale].reverse()) out = out.slice(0, n.start) + out.slice(n.end);
  return out;
}
