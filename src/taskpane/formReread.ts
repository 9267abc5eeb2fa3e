/**
 * An inline re-check of the edited forms only: which range to read again, whether what came back
 * still holds the same forms, and how to swap them into the pane's evaluation. Pure. The grid kept
 * in memory is patched with the range in ./gridPatch.ts.
 */
import { Finding, FormEvaluation, LocateHints, parseRange, RangeRef, rangeToA1, SheetEvaluation, WorkbookEvaluation } from '../core';
import { intersects, rangeOrNull, within } from './ranges';
import { combine } from './sheetEvaluations';

/** Where an inline re-check reads: one range of a sheet and the located forms inside it. */
export interface FormRead {
  sheet: string;
  /** The smallest range covering the forms edited (A1). */
  range: string;
  /** The forms inside it, in the sheet's order: those edited, and any lying between them. */
  forms: FormEvaluation[];
}

/** Rows an edited area may span before the sheet is read whole anyway. */
const MAX_EDIT_ROWS = 100000;

/** Every cell of `area` lies inside one of the rectangles. */
function coveredBy(area: RangeRef, rects: readonly RangeRef[]): boolean {
  if (area.bottom - area.top >= MAX_EDIT_ROWS) return false;
  for (let row = area.top; row <= area.bottom; row++) {
    const spans = rects.filter((r) => r.top <= row && row <= r.bottom).sort((a, b) => a.left - b.left);
    let next = area.left; // the first column not yet covered
    for (const s of spans) {
      if (s.left > next) break;
      next = Math.max(next, s.right + 1);
      if (next > area.right) break;
    }
    if (next <= area.right) return false;
  }
  return true;
}

/**
 * What an inline re-check of one sheet has to read after these edits (change-event addresses,
 * e.g. `G14` or `G14:H15`): when every edited cell lies inside the sheet's located forms, the
 * smallest range covering the forms edited — ONE read, however many forms were edited — and the
 * forms inside it. Null (read the whole sheet) when an address is not a plain range (whole rows or
 * columns: rows inserted or deleted), when an edit reaches outside every form (a form typed anew,
 * a label above a form), or when a form lies only partly inside that range.
 */
export function formsToRead(sheet: SheetEvaluation | undefined, addresses: readonly string[]): FormRead | null {
  if (!sheet || sheet.forms.length === 0 || addresses.length === 0) return null;
  const areas: RangeRef[] = [];
  for (const a of addresses) {
    for (const part of a.split(',')) {
      const r = part.trim() ? rangeOrNull(part.trim()) : null;
      if (!r) return null;
      areas.push(r);
    }
  }
  const forms = sheet.forms.map((f) => ({ f, r: rangeOrNull(f.form.range) }));
  if (forms.some((x) => !x.r)) return null;
  const rects = forms.map((x) => x.r as RangeRef);
  if (!areas.every((a) => coveredBy(a, rects))) return null;
  const touched = rects.filter((r) => areas.some((a) => intersects(a, r)));
  if (touched.length === 0) return null;
  const cover: RangeRef = {
    top: Math.min(...touched.map((r) => r.top)),
    left: Math.min(...touched.map((r) => r.left)),
    bottom: Math.max(...touched.map((r) => r.bottom)),
    right: Math.max(...touched.map((r) => r.right)),
  };
  if (rects.some((r) => intersects(r, cover) && !within(r, cover))) return null;
  return { sheet: sheet.sheet, range: rangeToA1(cover), forms: forms.filter((x) => within(x.r as RangeRef, cover)).map((x) => x.f) };
}

/**
 * A sheet's hints (the ranges the user bound) for locating within one range of it: the n-th
 * budget and the n-th indicator range are kept together (the locator pairs them by position) when
 * either intersects the range; an unpaired one when it does. Undefined when none is left.
 */
export function hintsWithin(hints: LocateHints | undefined, range: string): LocateHints | undefined {
  const area = rangeOrNull(range);
  if (!hints || !area) return undefined;
  const budget = hints.budget ?? [];
  const indicators = hints.indicators ?? [];
  const hits = (text: string | undefined) => {
    const r = text === undefined ? null : rangeOrNull(text);
    return r !== null && intersects(r, area);
  };
  const keep = (i: number) => (i < Math.min(budget.length, indicators.length) ? hits(budget[i]) || hits(indicators[i]) : hits(budget[i] ?? indicators[i]));
  const out = { budget: budget.filter((_, i) => keep(i)), indicators: indicators.filter((_, i) => keep(i)) };
  return out.budget.length || out.indicators.length ? out : undefined;
}

const formKey = (f: FormEvaluation) => JSON.stringify([f.form.range, f.form.hinted ?? null]);

/**
 * The fresh evaluation of a range re-read (`fresh`, from that range's Grid alone) stands for the
 * forms that were there: the same forms found at the same places (ranges, bound parts), the
 * sheet's protection unchanged, and nothing else of the sheet's own findings outside the range.
 * False when a form moved (rows inserted above it), vanished or appeared, or the layout changed:
 * the sheet is then read whole.
 */
export function freshFits(read: FormRead, fresh: WorkbookEvaluation): boolean {
  const area = rangeOrNull(read.range);
  const sheet = fresh.sheets[0];
  if (!area || fresh.sheets.length !== 1 || !sheet || sheet.sheet !== read.sheet) return false;
  if (sheet.forms.length !== read.forms.length || read.forms.length === 0) return false;
  const before = read.forms.map(formKey).sort();
  const after = sheet.forms.map(formKey).sort();
  if (before.some((k, i) => k !== after[i])) return false;
  if (sheet.forms[0].form.protected !== read.forms[0].form.protected) return false;
  return sheet.findings.every((f) => {
    if (f.code === 'SHEET_PROTECTED') return true;
    const r = f.cell ? rangeOrNull(f.cell) : null;
    return r !== null && within(r, area);
  });
}

/** The sheet-wide part of a protected sheet's evaluation that a range alone cannot give. */
export interface SheetWide {
  /** The sheet's SHEET_PROTECTED finding (with the count of the sheet's cells left unwritten), if any. */
  findings: Finding[];
  /** The sheet's plan is left out (protected, with something to write). */
  skipped: boolean;
}

/** SHEET_PROTECTED and whether the plan is skipped, from an evaluation of the whole sheet. */
export function sheetWideOf(whole: WorkbookEvaluation, sheet: string): SheetWide {
  return {
    findings: (whole.sheets.find((x) => x.sheet === sheet)?.findings ?? []).filter((f) => f.code === 'SHEET_PROTECTED'),
    skipped: whole.plan.skippedSheets.includes(sheet),
  };
}

/**
 * The evaluation after an inline re-check of one range of a sheet (`fresh`: the evaluation of
 * that range's Grid alone, checked with freshFits): the sheet's forms inside the range give way to
 * the fresh ones, at their places; the sheet's other forms keep their evaluation objects. The
 * sheet's own findings inside the range are the fresh ones; SHEET_PROTECTED and whether the plan is
 * skipped come from `wide` for a protected sheet (unchanged otherwise). Findings and the plan are
 * combined again.
 */
export function replaceForms(ev: WorkbookEvaluation, read: FormRead, fresh: WorkbookEvaluation, wide?: SheetWide): WorkbookEvaluation {
  const area = parseRange(read.range);
  const next = fresh.sheets[0];
  const old = ev.sheets.find((s) => s.sheet === read.sheet);
  if (!next || !old) return ev;
  const byKey = new Map(next.forms.map((f) => [formKey(f), f]));
  const inArea = (f: FormEvaluation) => {
    const r = rangeOrNull(f.form.range);
    return r !== null && within(r, area);
  };
  const forms = old.forms.map((f) => (inArea(f) ? byKey.get(formKey(f)) ?? f : f));
  const staying = old.findings.filter((f) => {
    if (f.code === 'SHEET_PROTECTED') return !wide;
    const r = f.cell ? rangeOrNull(f.cell) : null;
    return !(r && within(r, area));
  });
  const findings = [...staying, ...next.findings.filter((f) => f.code !== 'SHEET_PROTECTED'), ...(wide?.findings ?? [])];
  const sheets = ev.sheets.map((s) => (s === old ? { sheet: s.sheet, forms, findings } : s));
  let skipped = ev.plan.skippedSheets;
  if (wide) skipped = wide.skipped ? [...new Set([...skipped, read.sheet])] : skipped.filter((s) => s !== read.sheet);
  return combine(sheets, skipped);
}
