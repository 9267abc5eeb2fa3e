/**
 * The demo's native markers: what Excel would hold as data validation and conditional formats
 * (core/markers.ts makes the plan). The grid view colours a cell while its conditional mark holds
 * (core's conditionalHolds, the same test as the Excel formula) and refuses a typed value the
 * validation rejects, as Excel's "Stop" alert does. A scoped plan replaces only the marks inside
 * its scope; cells with the workbook's own validation are left alone and reported.
 */
import { CellValue, conditionalHolds, ConditionalMark, inMarkerScope, MarkerPlan, MarkerResult, parseA1, ScoreValidation, validationAccepts } from '../core';
import { hasValidation, SheetLook } from '../xlsx/read/look';

const key = (sheet: string, cell: string) => `${sheet}\u0000${cell}`;

export class DemoMarkers {
  private validations = new Map<string, ScoreValidation>();
  private conditionals: ConditionalMark[] = [];
  version = 0;

  /** `look`: a sheet's look, which tells where the workbook has data validation of its own. */
  constructor(private readonly look: (sheet: string) => SheetLook | undefined) {}

  apply(plan: MarkerPlan): MarkerResult {
    const outside = <T extends { sheet: string; cell: string }>(m: T) => !inMarkerScope(plan, m.sheet, m.cell);
    this.validations = new Map([...this.validations].filter(([, v]) => outside(v)));
    this.conditionals = this.conditionals.filter(outside);
    const userValidationKept: MarkerResult['userValidationKept'] = [];
    for (const v of plan.validations) {
      if (this.hasOwnValidation(v.sheet, v.cell)) userValidationKept.push({ sheet: v.sheet, cell: v.cell });
      else this.validations.set(key(v.sheet, v.cell), v);
    }
    this.conditionals.push(...plan.conditionals);
    this.version++;
    return { added: plan.validations.length - userValidationKept.length + plan.conditionals.length, userValidationKept };
  }

  clear(): number {
    const n = this.validations.size + this.conditionals.length;
    this.validations.clear();
    this.conditionals = [];
    this.version++;
    return n;
  }

  /** The marks of a sheet that colour their cell now: cell → kind. */
  activeMarks(sheet: string, valueAt: (cell: string) => CellValue): Map<string, ConditionalMark['kind']> {
    const out = new Map<string, ConditionalMark['kind']>();
    for (const m of this.conditionals) if (m.sheet === sheet && conditionalHolds(m, valueAt)) out.set(m.cell, m.kind);
    return out;
  }

  validationAt(sheet: string, cell: string): ScoreValidation | undefined {
    return this.validations.get(key(sheet, cell));
  }

  /** Null when the value may be entered, else the validation that refuses it. */
  refusal(sheet: string, cell: string, value: CellValue): ScoreValidation | null {
    const v = this.validationAt(sheet, cell);
    return v && !validationAccepts(v, value) ? v : null;
  }

  private hasOwnValidation(sheet: string, cell: string): boolean {
    const look = this.look(sheet);
    if (!look) return false;
    const { row, col } = parseA1(cell);
    return hasValidation(look, row, col);
  }
}
