/**
 * Puts a SheetSpec into an open package: a new sheet goes last; a sheet of that name written by
 * the add-in (its signature cell holds the signature) is replaced in place, keeping its position,
 * sheetId and relationship id, and the parts only it used (drawing, chart, …) go with it. Every
 * other part keeps its bytes, except the lists of sheets and parts and styles.xml (and
 * workbook.xml's defined names for the sheet's print titles).
 */
import type JSZip from 'jszip';
import type { SheetSpec } from '../../core/sheetSpec';
import { findEntry, readXml } from '../packageMap';
import { joinPart, partDir } from '../partName';
import { sheetCellText } from './cellText';
import { chartXml, drawingXml } from './chartPart';
import { addRel, appendSheet, bookSheets, calcChainMentions, checkSheetName, editAppXml, editContentTypes, removeRels, renameSheet, sameSheetName } from './packageEdit';
import { setPrintTitles } from './definedNames';
import { exclusiveParts, relationshipGraph } from './partGraph';
import { CONTENT_TYPE, firstFree, parseRels, readPart, readRels, REL, relativeTarget, relIs, relsPartOf, relsXml, removePart, targetPart, writePart } from './opc';
import { placeCells, worksheetXml } from './sheetPart';
import { DEFAULT_STYLES_XML, ensureStyles, styleKey } from './stylesPart';

/** A sheet of the spec's name exists but is the user's (no signature): it is never replaced. */
export class SheetNotOursError extends Error {
  /** The existing sheet's name, as the workbook spells it. */
  readonly sheet: string;
  /** What its signature cell holds (null: nothing, or the sheet is not a worksheet). */
  readonly found: string | null;

  constructor(sheet: string, found: string | null) {
    super(`the workbook already has a sheet named "${sheet}" that 绩效自评助手 did not write; it is left as it is`);
    this.name = 'SheetNotOursError';
    this.sheet = sheet;
    this.found = found;
  }
}

export async function putSheet(zip: JSZip, spec: SheetSpec): Promise<void> {
  checkSheetName(spec.name);
  const cells = placeCells(spec);

  const office = (await readRels(zip, '')).find((r) => relIs(r, 'officeDocument'));
  const wbEntry = findEntry(zip, office ? (targetPart('', office) ?? '') : 'xl/workbook.xml');
  if (!wbEntry) throw new Error('the package has no workbook part');
  const wbPart = wbEntry.name;
  const wb = await readXml(wbEntry);
  const wbRelsPart = relsPartOf(wbPart);
  let wbRels = (await readPart(zip, wbRelsPart))?.text ?? null;
  const rels = wbRels ? parseRels(wbRels) : [];
  const sheets = bookSheets(wb.text);
  const existing = sheets.find((s) => sameSheetName(s.name, spec.name));
  const existingRel = existing && rels.find((r) => r.id === existing.rid);

  if (existing) {
    if (!existingRel || !relIs(existingRel, 'worksheet')) throw new SheetNotOursError(existing.name, null);
    const found = await sheetCellText(zip, existing.name, spec.signatureCell);
    if (found === null || found.trim() !== spec.signature.trim()) throw new SheetNotOursError(existing.name, found);
  }

  // What the old sheet alone used may be overwritten or goes; everything else is taken.
  const oldPart = existingRel ? targetPart(wbPart, existingRel) : null;
  const removable = oldPart ? exclusiveParts(await relationshipGraph(zip), oldPart) : new Set<string>();
  const taken = (name: string) => findEntry(zip, name) !== null && !removable.has(name.toLowerCase());
  const dir = partDir(wbPart);
  const sheetPart = oldPart ?? firstFree(taken, (n) => joinPart(dir, 'worksheets', `sheet${n}.xml`));

  // styles.xml: found through the workbook's relationships, or created.
  const stylesRel = rels.find((r) => relIs(r, 'styles'));
  const stylesPart = stylesRel ? (targetPart(wbPart, stylesRel) as string) : firstFree(taken, (n) => joinPart(dir, n === 1 ? 'styles.xml' : `styles${n}.xml`));
  const stylesOld = stylesRel ? await readPart(zip, stylesPart) : null;
  const styles = ensureStyles(stylesOld?.text ?? DEFAULT_STYLES_XML, cells.map(styleKey));

  const written: { part: string; text: string; type?: string }[] = [];
  const chart = spec.chart;
  let drawingRid: string | null = null;
  if (chart) {
    const byPos = new Map(cells.map((c) => [`${c.row},${c.col}`, c]));
    const drawingPart = firstFree(taken, (n) => joinPart(dir, 'drawings', `drawing${n}.xml`));
    const chartPart = firstFree(taken, (n) => joinPart(dir, 'charts', `chart${n}.xml`));
    drawingRid = 'rId1';
    written.push(
      { part: relsPartOf(sheetPart), text: relsXml([{ id: drawingRid, type: REL.drawing, target: relativeTarget(sheetPart, drawingPart), external: false }]) },
      { part: drawingPart, text: drawingXml(chart, 'rId1'), type: CONTENT_TYPE.drawing },
      { part: relsPartOf(drawingPart), text: relsXml([{ id: 'rId1', type: REL.chart, target: relativeTarget(drawingPart, chartPart), external: false }]) },
      { part: chartPart, text: chartXml(spec.name, chart, (row, col) => byPos.get(`${row},${col}`)), type: CONTENT_TYPE.chart },
    );
  }
  written.unshift({ part: sheetPart, text: worksheetXml(spec, cells, (c) => styles.ids.get(styleKey(c)) ?? 0, drawingRid), type: CONTENT_TYPE.worksheet });
  written.push({ part: stylesPart, text: styles.xml, type: CONTENT_TYPE.styles });

  // The lists of sheets and parts.
  let wbXml = wb.text;
  const removed = new Set<string>();
  if (existing) {
    wbXml = renameSheet(wbXml, existing, spec.name);
    const calc = rels.find((r) => relIs(r, 'calcChain'));
    const calcPart = calc ? targetPart(wbPart, calc) : null;
    const calcXml = calcPart ? await readPart(zip, calcPart) : null;
    if (calc && calcPart && calcXml && calcChainMentions(calcXml.text, existing.sheetId)) {
      // Excel rebuilds a missing calculation chain; one naming cells the sheet no longer has is corrupt.
      removed.add(calcPart.toLowerCase());
      wbRels = removeRels(wbRels as string, new Set([calc.id]));
    }
  } else {
    const added = addRel(wbRels, REL.worksheet, relativeTarget(wbPart, sheetPart));
    wbRels = added.xml;
    wbXml = appendSheet(wbXml, spec.name, added.id);
  }
  wbXml = setPrintTitles(wbXml, existing ? sheets.indexOf(existing) : sheets.length, spec.name, spec.print?.titleRows ?? 0, existing !== undefined);
  if (!stylesRel) wbRels = addRel(wbRels, REL.styles, relativeTarget(wbPart, stylesPart)).xml;

  const writtenNames = new Set(written.map((w) => w.part.toLowerCase()));
  for (const p of removable) if (!writtenNames.has(p)) removed.add(p);
  const goneRels = [...removable, oldPart?.toLowerCase() ?? '']
    .filter((p) => p)
    .map((p) => relsPartOf(p))
    .filter((r) => !writtenNames.has(r.toLowerCase()) && findEntry(zip, r));

  const ctEntry = findEntry(zip, '[Content_Types].xml');
  if (!ctEntry) throw new Error('the package has no [Content_Types].xml');
  const ct = await readXml(ctEntry);
  const ctXml = editContentTypes(
    ct.text,
    written.filter((w) => w.type).map((w) => ({ part: w.part, type: w.type as string })),
    [...removed],
  );

  const appRel = (await readRels(zip, '')).find((r) => relIs(r, 'extendedProperties'));
  const appPart = appRel ? targetPart('', appRel) : null;
  const app = appPart ? await readPart(zip, appPart) : null;
  const worksheetNames = sheets.filter((s) => rels.some((r) => r.id === s.rid && relIs(r, 'worksheet'))).map((s) => s.name);
  const appXml = app && editAppXml(app.text, worksheetNames, existing ? { rename: [existing.name, spec.name] } : { add: spec.name });

  // Nothing above changed the package; now write it all.
  const date = wbEntry.date;
  for (const w of written) await writePart(zip, w.part, w.text, date);
  for (const r of goneRels) removePart(zip, r);
  for (const p of removed) {
    removePart(zip, p);
    if (!writtenNames.has(relsPartOf(p).toLowerCase())) removePart(zip, relsPartOf(p));
  }
  await writePart(zip, wbPart, wbXml, date);
  await writePart(zip, wbRelsPart, wbRels as string, date);
  await writePart(zip, ctEntry.name, ctXml, date);
  if (appPart && appXml) await writePart(zip, appPart, appXml, date);
}
