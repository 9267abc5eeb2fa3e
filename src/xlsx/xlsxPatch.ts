/**
 * Applies a WritePlan to an .xlsx package by editing only the planned `<c>` elements, instead of
 * round-tripping through ExcelJS (which drops charts, images, pivot tables, macros, custom XML,
 * add-in settings, and can mangle shared formulas). Every other zip entry is carried over as is.
 * Host-neutral (the CLI's `recalc` and the browser demo host): bytes in and out are Uint8Array.
 */
import JSZip from 'jszip';
import type { PlanEntry } from '../core/writePlan';
import { findEntry, hasMacros, packageMap, readXml, replaceEntry, setFullCalcOnLoad, xmlBytes } from './packageMap';
import { entryNameProblem } from './entryNames';
import { patchSheetXml } from './sheetPatch';
import { malformation } from './wellFormed';

export type RefusalReason = 'formula' | 'badValue' | 'noSheet';

/** What the patch needs of an entry: a plan's entries, or the demo's record of changed cells. */
export type CellPatch = Pick<PlanEntry, 'sheet' | 'cell' | 'after'>;

export interface PatchResult<E extends CellPatch = PlanEntry> {
  /** The new package, or the input bytes themselves (the same array) when nothing was written. */
  bytes: Uint8Array;
  applied: E[];
  refused: { entry: E; reason: RefusalReason }[];
}

export async function openPackage(bytes: Uint8Array): Promise<JSZip> {
  return JSZip.loadAsync(bytes, { createFolders: false });
}

export { hasMacros };

/**
 * `zip` must be the package opened from `input` (openPackage). Sets fullCalcOnLoad on the
 * workbook when anything was written, so formulas depending on the written cells refresh.
 */
export async function patchPackage<E extends CellPatch>(zip: JSZip, input: Uint8Array, entries: readonly E[]): Promise<PatchResult<E>> {
  const applied: E[] = [];
  const refused: PatchResult<E>['refused'] = [];
  if (entries.length === 0) return { bytes: input, applied, refused };
  const problem = entryNameProblem(input);
  if (problem) throw new Error(problem);
  const map = await packageMap(zip);
  const bySheet = new Map<string, E[]>();
  for (const e of entries) bySheet.set(e.sheet, [...(bySheet.get(e.sheet) ?? []), e]);

  for (const [sheet, list] of bySheet) {
    // A name two sheets carry: the plan cannot say which of them it is about.
    const part = map.ambiguous.has(sheet) ? undefined : map.sheets.get(sheet);
    const entry = part ? findEntry(zip, part) : null;
    if (!entry) {
      for (const e of list) refused.push({ entry: e, reason: 'noSheet' });
      continue;
    }
    const xml = await readXml(entry);
    const patch = patchSheetXml(xml.text, list.map((e) => ({ cell: e.cell, value: e.after })));
    const reasons = new Map(patch.refused.map((r) => [r.cell, r.reason]));
    const written = new Set(patch.written);
    for (const e of list) {
      const cell = e.cell.replace(/\$/g, '').toUpperCase();
      if (written.has(cell)) applied.push(e);
      else refused.push({ entry: e, reason: reasons.get(cell) ?? 'badValue' });
    }
    if (patch.written.length > 0) replaceEntry(zip, entry, xmlBytes({ text: patch.xml, bom: xml.bom }));
  }
  if (applied.length === 0) return { bytes: input, applied, refused };

  const wbEntry = findEntry(zip, map.workbook);
  if (wbEntry) {
    const wb = await readXml(wbEntry);
    const bad = malformation(wb.text);
    if (bad) throw new Error(`the workbook XML is malformed (${bad})`);
    replaceEntry(zip, wbEntry, xmlBytes({ text: setFullCalcOnLoad(wb.text), bom: wb.bom }));
  }
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return { bytes, applied, refused };
}

/** Convenience: bytes in, bytes out. */
export async function patchXlsx<E extends CellPatch>(input: Uint8Array, entries: readonly E[]): Promise<PatchResult<E>> {
  return patchPackage(await openPackage(input), input, entries);
}
