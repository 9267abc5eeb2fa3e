/**
 * One defect per finding code, on the correct form (cells as laid out at A1), with the same
 * form without the defect. Used by findingCodes.test.ts and, for real params, messages.test.ts.
 */
import { evaluateWorkbook, defaultOptions } from '../../src/core/evaluate';
import { Finding, FindingCode, Severity } from '../../src/core/findings';
import { CellValue, Grid } from '../../src/core/grid';
import { LocateHints } from '../../src/core/locate/hints';
import { buildForm, FormSpec, gridOf, IndicatorSpec } from '../support/buildForm';
import { SummaryLine, summaryGrid } from '../support/buildSummary';
import { correctSpec, QUAL, QUANT, run, RunOptions, setAt, withIndicator } from './helpers';
import { c as rc, reviewed, SetRecord } from './review/reviewed';
import { recordRow } from '../support/specGrid';

export interface Scenario {
  code: FindingCode;
  /** Severity as SPEC §3 (or findings.ts where the spec is silent) gives it. */
  severity: Severity;
  cells: (string | null)[];
  defect: () => Finding[];
  clean: () => Finding[];
}

const f = (spec: FormSpec, o?: RunOptions) => () => run(spec, o).findings;
const ok = f(correctSpec());
const funds = (p: Partial<Record<'total' | 'current' | 'carry' | 'other', [CellValue, CellValue, CellValue]>>): FormSpec =>
  ({ ...correctSpec(), funds: { ...correctSpec().funds, ...p } });
const ind = (i: number, p: Parameters<typeof withIndicator>[2]) => withIndicator(correctSpec(), i, p);
const at = (a: string, v: CellValue, key: 'values' | 'formulas' = 'values'): RunOptions => ({ grid: (g) => setAt(g, a, v, key) });
const stated = (header: string, value: string): RunOptions => ({ grid: (g) => { setAt(g, 'J12', header); setAt(g, 'J20', value); } });
const blankRows = (from: number, to: number) => ({ edit: (b: ReturnType<typeof buildForm>) => { for (let r = from; r <= to; r++) b.rows[r] = b.rows[r].map(() => null); } });
const sheetFindings = (prot: boolean, spec: FormSpec) => () =>
  evaluateWorkbook([gridOf('S', [{ form: buildForm(spec) }], { protected: prot })], defaultOptions()).findings;
const blankOutputs = { ...correctSpec(), rates: {}, budgetScore: null, totalScore: null, grade: null };
/** The correct form at A1 evaluated with ranges bound as its budget block / indicator table. */
const hinted = (hints: LocateHints) => () =>
  evaluateWorkbook([gridOf('S', [{ form: buildForm(correctSpec()) }])], defaultOptions({ hints: { S: hints } })).findings;

const review = (edit: (set: SetRecord, rec: Grid) => void) => () => reviewed((rec, set) => edit(set, rec)).ev.findings;
const reviewNine = review((set) => set(rc.score(QUANT), 'G', 9));
/** The A1 address on 「复核记录」 of a column of the row that names a form cell. */
const recCell = (col: string, formCell: string, overall = false) => `${col}${recordRow(reviewed().rec, formCell, overall) + 1}`;

/** The correct form (sheet S, project at C3) with a 项目支出汇总表 of these lines before it. */
const UNIT = '测试实施单位';
const LISTED: SummaryLine = [UNIT, correctSpec().project ?? '', 758.02, 752.94, 0, 0, 762.25, 0];
const withSummary = (...lines: SummaryLine[]) => () =>
  evaluateWorkbook([summaryGrid('汇总', lines), gridOf('S', [{ form: buildForm(correctSpec()) }])], defaultOptions()).findings;

/** The correct form with indicator rows changed by `patch` (its 一级/二级 labels too). */
const rows = (patch: (r: IndicatorSpec, i: number) => IndicatorSpec): FormSpec => ({ ...correctSpec(), indicators: correctSpec().indicators.map(patch) });

export const CATALOGUE: Scenario[] = [
  { code: 'ZERO_BUDGET_EXECUTED', severity: 'error', cells: ['G8'], defect: f(funds({ current: [752.94, 762.25, 753.02], carry: [0, 0, 5] })), clean: ok },
  { code: 'NEGATIVE_AMOUNT', severity: 'error', cells: ['C9'], defect: f(funds({ other: [-1, 0, 0] })), clean: f(funds({ other: [0, 0, 0] })) },
  { code: 'OVER_EXECUTION', severity: 'warning', cells: ['E6', 'E7'], defect: f(funds({ total: [752.94, 762.25, 800], current: [752.94, 762.25, 800] })),
    clean: f({ ...funds({ total: [752.94, 762.25, 762.25], current: [752.94, 762.25, 762.25] }), rates: { total: 100, current: 100, carry: 0, other: 0 }, budgetScore: 10, totalScore: 100 }) },
  { code: 'FUNDS_SUM', severity: 'error', cells: ['D6'], defect: f(funds({ total: [752.94, 770, 758.02] })), clean: ok },
  { code: 'UNIT_SUSPECT', severity: 'warning', cells: ['C6', 'C7'], defect: f(funds({ total: [100000, 762.25, 758.02], current: [100000, 762.25, 758.02] })),
    clean: f(funds({ total: [99999.99, 762.25, 758.02], current: [99999.99, 762.25, 758.02] })) },
  { code: 'VALUE_RECOVERED', severity: 'info', cells: ['E6'], defect: f(funds({ total: [752.94, 762.25, '７５８．０２'] })), clean: ok },
  { code: 'VALUE_NOT_NUMBER', severity: 'error', cells: ['E6'], defect: f(funds({ total: [752.94, 762.25, '758. ()2'] })), clean: ok },
  { code: 'CELL_ERROR', severity: 'error', cells: ['E6'], defect: f(funds({ total: [752.94, 762.25, { error: '#DIV/0!' }] })), clean: ok },
  { code: 'UNIT_MISMATCH', severity: 'warning', cells: ['E20'], defect: f(ind(QUANT, { actual: '100.00(个)' })), clean: f(ind(QUANT, { actual: '100.00%' })) },
  { code: 'SCORE_OVER_WEIGHT', severity: 'error', cells: ['G15'], defect: f(ind(2, { score: 12 })), clean: ok },
  { code: 'SCORE_NEGATIVE', severity: 'error', cells: ['G15'], defect: f(ind(2, { score: -1, dev: '原因' })), clean: f({ ...ind(2, { score: 0, dev: '原因' }), totalScore: 89.95, grade: '良' }) },
  { code: 'SCORE_OUT_OF_BAND', severity: 'warning', cells: ['G16'], defect: f(ind(QUAL, { score: 7.99, dev: '原因' })), clean: f(ind(QUAL, { score: 8, dev: '原因' }), at('G21', 97.95)) },
  { code: 'QUALITATIVE_UNCLASSIFIED', severity: 'info', cells: ['E16'], defect: f(ind(QUAL, { actual: '效果良好' })), clean: ok },
  { code: 'DEVIATION_MISSING', severity: 'warning', cells: ['H20'], defect: f(ind(QUANT, { actual: '80.00(%)', score: 8.89 })),
    clean: f(ind(QUANT, { actual: '80.00(%)', score: 8.89, dev: '受疫情影响' }), at('G21', 98.84)) },
  // a column of the form's own stating the kind / direction (issue 13), at J (H:I is the merged 偏差 column): header J12, the indicator of row 20 (≥90.00(%))
  { code: 'KIND_CONTRADICTS', severity: 'warning', cells: ['J20'], defect: f(correctSpec(), stated('指标性质', '定性')), clean: f(correctSpec(), stated('指标性质', '定量')) },
  { code: 'DIRECTION_CONTRADICTS', severity: 'warning', cells: ['J20'], defect: f(correctSpec(), stated('指标方向', '反向')), clean: f(correctSpec(), stated('指标方向', '正向')) },
  { code: 'FULL_SCORE_NOT_MET', severity: 'error', cells: ['G20'], defect: f(ind(QUANT, { actual: '80.00(%)' })), clean: f(ind(QUANT, { actual: '90.00(%)' })) },
  { code: 'WEIGHT_MISSING', severity: 'error', cells: ['F15'], defect: f(ind(2, { weight: null })), clean: ok },
  { code: 'SCORE_MISSING', severity: 'warning', cells: ['G15'], defect: f(ind(2, { score: null })), clean: ok },
  { code: 'WEIGHTS_SUM', severity: 'error', cells: ['F21'], defect: f(ind(2, { weight: 12 })), clean: ok },
  { code: 'ROUNDING_DIFF', severity: 'info', cells: ['G21'], defect: f(correctSpec(), at('G21', 99.94)), clean: ok },
  { code: 'STALE_VALUE', severity: 'warning', cells: ['G21'], defect: f(correctSpec(), at('G21', 99.93)), clean: ok },
  { code: 'GRADE_MISMATCH', severity: 'warning', cells: ['C22'], defect: f(correctSpec(), at('C22', '良')), clean: f(correctSpec(), at('C22', '优秀')) },
  { code: 'FORMULA_RESULT_DIFFERS', severity: 'warning', cells: ['G21'],
    defect: f(correctSpec(), { grid: (g) => { setAt(g, 'G21', 99.94); setAt(g, 'G21', '=H6+SUM(G13:G20)', 'formulas'); } }),
    clean: f(correctSpec(), at('G21', '=H6+SUM(G13:G20)', 'formulas')) },
  // indicator quality (issue 14): rows 13–20 are 成本, 产出 ×3 (14–16, 一级 merged down A14:A16), 效益 ×3, 满意度
  { code: 'OUTPUT_DIMENSION_MISSING', severity: 'warning', cells: ['A14'], defect: f(rows((r) => (r[0] === '产出指标' ? ['产出指标', '经济成本指标', ...r.slice(2)] as IndicatorSpec : r))), clean: ok },
  { code: 'TARGET_UNMEASURABLE', severity: 'warning', cells: ['D15'], defect: f(ind(2, { target: '有效提升', actual: '达成指标' })), clean: ok },
  { code: 'SATISFACTION_WITHOUT_NUMBER', severity: 'warning', cells: ['D20'], defect: f(ind(QUANT, { target: '满意', actual: '达成指标' })), clean: ok },
  // 产出 (with 成本) 15 + 3 + 10 + 10 = 38, 效益 22 + 10 + 10 = 42: both 12 off the standard (tolerance 10); scores as weights, 总分 unchanged
  { code: 'WEIGHT_MIX_UNUSUAL', severity: 'info', cells: ['A13'], defect: f(withIndicator(ind(1, { weight: 3, score: 3 }), 4, { weight: 22, score: 22 })), clean: ok },
  { code: 'ACTUAL_EQUALS_TARGET', severity: 'warning', cells: ['E20'], defect: f(ind(QUANT, { actual: '≥90.00(%)' })), clean: ok },
  { code: 'FORM_INCOMPLETE', severity: 'warning', cells: ['A12'], defect: f(correctSpec(), blankRows(4, 8)), clean: ok },
  { code: 'COLUMN_MISSING', severity: 'warning', cells: [null], defect: f(correctSpec(), { edit: (b) => { b.rows[11][7] = null; } }), clean: ok },
  // the reader's notes on a sheet it bounded (src/xlsx/read, issue 10): a sheet-level finding each
  { code: 'SHEET_CUT', severity: 'warning', cells: [null], defect: f(correctSpec(), { grid: (g) => void (g.cut = { reason: 'cells', limit: 2_000_000, cells: 2_500_000, fromRow: 400_001 }) }), clean: ok },
  { code: 'SHEET_NOT_READ', severity: 'info', cells: [null], defect: () => evaluateWorkbook([{ sheet: 'data', origin: 'A1', values: [], merges: [], cut: { reason: 'noForm', limit: 100_000, cells: 1_000_000 } }]).findings, clean: ok },
  { code: 'SHEET_PROTECTED', severity: 'info', cells: [null], defect: sheetFindings(true, blankOutputs), clean: sheetFindings(false, blankOutputs) },
  // a bound range below the form, where there is no table any more; bound right, the form is clean
  { code: 'BINDING_MISMATCH', severity: 'warning', cells: ['A30'], defect: hinted({ budget: ['A30:H35'] }), clean: hinted({ budget: ['A5:H9'], indicators: ['A12:I22'] }) },
  // the summary's 全年执行数 (D4) says 758.00, the form's E6 758.02
  { code: 'SUMMARY_MISMATCH', severity: 'error', cells: ['D4'], defect: withSummary([UNIT, LISTED[1], 758, 752.94, 0, 0, 762.25, 0]), clean: withSummary(LISTED) },
  { code: 'SUMMARY_ROW_WITHOUT_FORM', severity: 'warning', cells: ['C5'], defect: withSummary(LISTED, [UNIT, '另一个项目', 1, 1, 0, 0, 1, 0]), clean: withSummary(LISTED) },
  // the summary lists another project only: the form's project cell C3 (sheet S)
  { code: 'FORM_MISSING_FROM_SUMMARY', severity: 'warning', cells: ['C3'], defect: withSummary([UNIT, '另一个项目', 1, 1, 0, 0, 1, 0]), clean: withSummary(LISTED) },
  // 复核 (issue 14): the form with its 「复核记录」; a 复核得分 of 9 for an indicator worth 10 is clean
  { code: 'REVIEW_SCORE_OVER_WEIGHT', severity: 'error', cells: [recCell('G', rc.score(QUANT))], defect: review((set) => set(rc.score(QUANT), 'G', 12)), clean: reviewNine },
  { code: 'REVIEW_GRADE_CHANGED', severity: 'warning', cells: [recCell('G', rc.totalScore, true)], defect: review((set) => set(rc.score(QUANT), 'G', 0)), clean: reviewNine },
  { code: 'REVIEW_TOTAL_DIFFERS', severity: 'warning', cells: [recCell('G', rc.totalScore, true)], defect: review((set) => set(rc.score(QUANT), 'G', 5)), clean: reviewNine },
  // the record says 自评 9.00 where the form now has 10.00
  { code: 'REVIEW_STALE', severity: 'warning', cells: [recCell('F', rc.score(QUAL))], defect: review((set) => set(rc.score(QUAL), 'F', 9)), clean: reviewNine },
  { code: 'REVIEW_ROW_MISSING', severity: 'info', cells: [rc.score(QUAL)], defect: review((_set, rec) => rec.values.splice(recordRow(rec, rc.score(QUAL)), 1)), clean: reviewNine },
];
