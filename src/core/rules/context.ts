import { Decimal, fromExcelNumber } from '../decimal';
import { finding, Finding, FindingCode, ParamValue } from '../findings';
import { FormCell, SelfEvalForm } from '../form';
import { READ_PERCENT, READ_PLAIN, readNumber } from '../numbers';
import type { LocateHints } from '../locate/hints';
import { Profile } from '../profile';
import { OutputKind, PlanEntry, PlanValue } from '../writePlan';

export interface EvaluateOptions {
  profile: Profile;
  /** 按规则评分: quantitative indicators take their rule-based score (R3). */
  scoreByRule?: boolean;
  /** Ranges bound as budget blocks / indicator tables, by sheet name (see locate/hints.ts). */
  hints?: Readonly<Record<string, LocateHints>>;
  /**
   * Sheets never searched for a 项目支出汇总表 (by name), e.g. the add-in's results sheet; a sheet
   * whose A2 starts with RESULTS_SHEET_SIGNATURE is skipped without being named here.
   */
  ignoreSummarySheets?: readonly string[];
  /**
   * false: no summary tables are located and nothing is cross-checked. For a caller evaluating
   * part of a workbook (a slice of sheets, one re-checked sheet), where forms and summary rows
   * would miss their partners; it runs checkSummaries (summary/crossCheck.ts) over the whole workbook.
   */
  summaryCheck?: boolean;
}

/**
 * A figure read from the sheet: its number, null where blank, or BAD where it cannot be read
 * (reported already). No wrapper object: a form reads some forty of them.
 */
export const BAD = 'bad';
export type Figure = Decimal | null | typeof BAD;

/** Collects findings and plan entries while the rules of one form run. */
export class RuleContext {
  readonly findings: Finding[] = [];
  readonly plan: PlanEntry[] = [];
  private reported: Set<string> | null = null; // cells reported by figure(), made on the first report

  constructor(readonly form: SelfEvalForm, readonly options: EvaluateOptions) {}

  get profile(): Profile {
    return this.options.profile;
  }

  report(code: FindingCode, cell: string | null, params: Record<string, ParamValue> = {}): void {
    this.findings.push(finding(code, this.form.sheet, cell, params));
  }

  write(cell: FormCell, kind: OutputKind, after: PlanValue): void {
    this.plan.push({ sheet: this.form.sheet, cell: cell.cell, kind, before: cell.value, after });
  }

  /** R12: read a figure, reporting recovered text, unreadable text and error values once per cell. */
  figure(cell: FormCell | null, field: string, allowPercent = false): Figure {
    if (!cell) return null;
    const v = cell.value;
    if (typeof v === 'number' && Number.isFinite(v)) return fromExcelNumber(v); // readNumber's first case, unwrapped
    const r = readNumber(v, allowPercent ? READ_PERCENT : READ_PLAIN);
    if (r.kind === 'number' && r.recoveredFrom === undefined) return r.value;
    if (r.kind === 'blank') return null;
    const reported = (this.reported ??= new Set());
    const first = !reported.has(cell.cell);
    reported.add(cell.cell);
    switch (r.kind) {
      case 'error':
        if (first) this.report('CELL_ERROR', cell.cell, { field, error: r.error });
        return BAD;
      case 'invalid':
        if (first) this.report('VALUE_NOT_NUMBER', cell.cell, { field, text: r.text });
        return BAD;
      case 'number':
        if (first && r.recoveredFrom !== undefined) {
          this.report('VALUE_RECOVERED', cell.cell, { field, text: r.recoveredFrom, value: r.value.toString() });
        }
        return r.value;
    }
  }
}

export function valueOf(f: Figure): Decimal | null {
  return f === BAD ? null : f;
}
