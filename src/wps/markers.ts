/**
 * The add-in's native markers (core/markers.ts) through ET's object model:
 *
 *  - on every 得分 cell `Validation.Add(decimal, stop, between, '0', 分值)` with the Chinese alert
 *    of MARKER_LABELS. A cell that already has a validation (reading `Validation.Type` does not
 *    throw) which is not ours keeps it and is reported in `userValidationKept`;
 *  - `FormatConditions.Add(expression, , formula)` with markFormula (core's conditionalFormula,
 *    absolute references) and the mark's fill.
 *
 * What was added is recorded in the settings (MARKERS_KEY: cells, 分值, formulas). `apply` first
 * removes what the previous apply recorded — a scoped plan only inside its scope — and `clear`
 * removes exactly the record: a validation only while it is still ours with the recorded 分值, a
 * format condition only where one with the recorded formula is still on the recorded cell.
 * Protected sheets are skipped (their record stays); sheets gone drop out of the record.
 */
import { inMarkerScope } from '../core/markers';
import type { ConditionalMark, MarkerPlan, MarkerResult, MarkersPort, SettingsStore } from '../core/port';
import type { WpsContext } from './context';
import { guarded } from './guard';
import { EtRange, EtWorkbook, EtWorksheet, XL_BETWEEN, XL_EXPRESSION, XL_VALID_ALERT_STOP, XL_VALIDATE_DECIMAL } from './et';
import { cellKey, isOurValidation, MARK_COLOR, MARKER_LABELS, markFormula, sameFormula, ValidationInfo } from './markerRules';

export const MARKERS_KEY = 'markers';

export interface MarkerRecord {
  validations: { sheet: string; cell: string; max: string }[];
  conditionals: { sheet: string; cell: string; kind: ConditionalMark['kind']; formula: string }[];
}

const emptyRecord = (): MarkerRecord => ({ validations: [], conditionals: [] });

function parseRecord(stored: unknown): MarkerRecord {
  const r = stored as Partial<MarkerRecord> | undefined;
  const ok = (x: unknown, f: string) => !!x && typeof (x as Record<string, unknown>).sheet === 'string' && typeof (x as Record<string, unknown>).cell === 'string' && typeof (x as Record<string, unknown>)[f] === 'string';
  return {
    validations: Array.isArray(r?.validations) ? r.validations.filter((v) => ok(v, 'max')) : [],
    conditionals: Array.isArray(r?.conditionals) ? r.conditionals.filter((c) => ok(c, 'formula')) : [],
  };
}

type SheetAccess = { ws: EtWorksheet; locked: boolean } | null;

/** Sheets looked up once per call: null when gone; `locked` when its contents are protected. */
function sheetAccess(book: EtWorkbook): (sheet: string) => SheetAccess {
  const seen = new Map<string, SheetAccess>();
  return (sheet) => {
    if (!seen.has(sheet)) {
      let access: SheetAccess = null;
      try {
        const ws = book.Worksheets.Item(sheet);
        access = { ws, locked: ws.ProtectContents === true };
      } catch {
        access = null;
      }
      seen.set(sheet, access);
    }
    return seen.get(sheet) ?? null;
  };
}

function readValidation(range: EtRange): ValidationInfo | null {
  const v = range.Validation;
  try {
    const type = v.Type; // throws when the cell has no validation
    return { type, formula1: v.Formula1, formula2: v.Formula2, title: v.ErrorTitle };
  } catch {
    return null;
  }
}

/** Deletes the first format condition of the cell with this formula; false when there is none. */
function deleteCondition(range: EtRange, formula: string): boolean {
  const fcs = range.FormatConditions;
  for (let i = fcs.Count; i >= 1; i--) {
    const fc = fcs.Item(i);
    if (fc.Type === XL_EXPRESSION && sameFormula(fc.Formula1, formula)) {
      fc.Delete();
      return true;
    }
  }
  return false;
}

/** Removes what `record` holds where it is still ours; returns the count and what stays recorded (protected sheets). */
function removeRecorded(access: (sheet: string) => SheetAccess, record: MarkerRecord, skipCells: Set<string>): { removed: number; kept: MarkerRecord } {
  const kept = emptyRecord();
  let removed = 0;
  for (const v of record.validations) {
    const a = access(v.sheet);
    if (!a) continue;
    if (a.locked) kept.validations.push(v);
    else if (!skipCells.has(cellKey(v.sheet, v.cell))) {
      const range = a.ws.Range(v.cell);
      if (isOurValidation(readValidation(range), v.max)) {
        range.Validation.Delete();
        removed++;
      }
    }
  }
  for (const c of record.conditionals) {
    const a = access(c.sheet);
    if (!a) continue;
    if (a.locked) kept.conditionals.push(c);
    else if (deleteCondition(a.ws.Range(c.cell), c.formula)) removed++;
  }
  return { removed, kept };
}

export function createWpsMarkers(ctx: WpsContext, settings: SettingsStore): MarkersPort {
  const loadRecord = async () => parseRecord(await settings.get<unknown>(MARKERS_KEY));

  return guarded<MarkersPort>({
    async apply(plan: MarkerPlan): Promise<MarkerResult> {
      const recorded = await loadRecord();
      const access = sheetAccess(ctx.workbook());
      const inScope = (m: { sheet: string; cell: string }) => inMarkerScope(plan, m.sheet, m.cell);
      const previous: MarkerRecord = { validations: recorded.validations.filter(inScope), conditionals: recorded.conditionals.filter(inScope) };
      const record: MarkerRecord = {
        validations: recorded.validations.filter((m) => !inScope(m)),
        conditionals: recorded.conditionals.filter((m) => !inScope(m)),
      };
      // target cells are dealt with below (ours replaced, the user's kept)
      const targets = new Set(plan.validations.map((v) => cellKey(v.sheet, v.cell)));
      const { kept } = removeRecorded(access, previous, targets);
      record.validations.push(...kept.validations);
      record.conditionals.push(...kept.conditionals);

      let added = 0;
      const userValidationKept: MarkerResult['userValidationKept'] = [];
      for (const t of plan.validations) {
        const a = access(t.sheet);
        if (!a || a.locked) continue;
        const range = a.ws.Range(t.cell);
        const now = readValidation(range);
        if (now && !isOurValidation(now)) {
          userValidationKept.push({ sheet: t.sheet, cell: t.cell });
          continue;
        }
        const dv = range.Validation;
        if (now) dv.Delete();
        dv.Add(XL_VALIDATE_DECIMAL, XL_VALID_ALERT_STOP, XL_BETWEEN, '0', t.max);
        dv.ErrorTitle = MARKER_LABELS.errorTitle;
        dv.ErrorMessage = MARKER_LABELS.errorMessage(t.max);
        record.validations.push({ sheet: t.sheet, cell: t.cell, max: t.max });
        added++;
      }
      for (const mark of plan.conditionals) {
        const a = access(mark.sheet);
        if (!a || a.locked) continue;
        const formula = markFormula(mark);
        const range = a.ws.Range(mark.cell);
        // one of ours moved here by inserted rows (ET adjusted its formula to this cell): no second one
        deleteCondition(range, formula);
        const fc = range.FormatConditions.Add(XL_EXPRESSION, undefined, formula);
        fc.Interior.Color = MARK_COLOR[mark.kind];
        record.conditionals.push({ sheet: mark.sheet, cell: mark.cell, kind: mark.kind, formula });
        added++;
      }
      await settings.set(MARKERS_KEY, record);
      return { added, userValidationKept };
    },

    async clear(): Promise<number> {
      const record = await loadRecord();
      if (record.validations.length === 0 && record.conditionals.length === 0) return 0;
      const { removed, kept } = removeRecorded(sheetAccess(ctx.workbook()), record, new Set());
      await settings.set(MARKERS_KEY, kept.validations.length + kept.conditionals.length > 0 ? kept : undefined);
      return removed;
    },
  });
}
