import { format2OrNull } from './decimal';
import { compareFindings, Finding, Severity } from './findings';
import type { FormKind } from './form';
import type { FormEvaluation, WorkbookEvaluation } from './evaluation';
import { formatFinding, Lang } from './messages';

/** SPEC §6: the JSON contract of `jixiao check --json`. Figures are 2-decimal strings or null. */
export interface FindingReport {
  code: string;
  severity: Severity;
  sheet: string;
  cell: string | null;
  message: string;
  params: Finding['params'];
}

export interface FundReport {
  kind: string;
  label: string;
  /** The kind of the fund row this one is a part of (其中 rows), or null. */
  parent: string | null;
  initial: string | null;
  annual: string | null;
  executed: string | null;
  rate: string | null;
  cells: Record<string, string>;
}

export interface IndicatorReport {
  cell: string;
  level1: string;
  level2: string;
  name: string;
  target: string;
  actual: string;
  kind: 'quantitative' | 'qualitative';
  tier: string | null;
  weight: string | null;
  score: string | null;
  suggested: string | null;
  cells: Record<string, string>;
}

export interface FormReport {
  sheet: string;
  /** project: 项目支出绩效自评表; department: 部门整体支出绩效自评表. */
  kind: FormKind;
  /** The profile the form's layout suggests (e.g. `sichuan`), or null. */
  suggestedProfile: string | null;
  /** What the layout showed beyond the seed layout (form.layout.features). */
  layout: string[];
  range: string;
  project: string | null;
  funds: FundReport[];
  budgetWeight: string | null;
  budgetScore: string | null;
  indicators: IndicatorReport[];
  totalScore: string | null;
  grade: string | null;
  findings: FindingReport[];
}

export interface FileReport {
  file: string;
  findings: FindingReport[];
  forms: FormReport[];
}

export function findingReport(f: Finding, lang: Lang): FindingReport {
  return { code: f.code, severity: f.severity, sheet: f.sheet, cell: f.cell, message: formatFinding(f, lang), params: f.params };
}

function cellsOf(map: Record<string, { cell: string } | null>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(map)) if (v) out[k] = v.cell;
  return out;
}

export function formReport(ev: FormEvaluation, lang: Lang): FormReport {
  const { form } = ev;
  return {
    sheet: form.sheet,
    kind: form.kind,
    suggestedProfile: form.layout.suggestedProfile,
    layout: [...form.layout.features],
    range: form.range,
    project: form.project,
    funds: ev.funds.map((f) => ({
      kind: f.kind,
      label: f.label,
      parent: f.row.parent ?? null,
      initial: format2OrNull(f.initial),
      annual: format2OrNull(f.annual),
      executed: format2OrNull(f.executed),
      rate: format2OrNull(f.rate),
      cells: cellsOf({ initial: f.row.initial, annual: f.row.annual, executed: f.row.executed, rate: f.row.rate, score: f.row.score }),
    })),
    budgetWeight: format2OrNull(ev.budgetWeight),
    budgetScore: format2OrNull(ev.budgetScore),
    indicators: ev.indicators.map((i) => ({
      cell: i.row.nameCell,
      level1: i.row.level1,
      level2: i.row.level2,
      name: i.row.name,
      // as judged: a target split over 指标性质 | 指标值 | 度量单位 is one text
      target: i.targetText,
      actual: i.actualText,
      kind: i.kind,
      tier: i.tier,
      weight: format2OrNull(i.weight),
      score: format2OrNull(i.score),
      suggested: format2OrNull(i.suggested),
      cells: cellsOf({ target: i.row.target, actual: i.row.actual, weight: i.row.weight, score: i.row.score, deviation: i.row.deviation }),
    })),
    totalScore: format2OrNull(ev.totalScore),
    grade: ev.grade,
    findings: [...ev.findings].sort(compareFindings).map((f) => findingReport(f, lang)),
  };
}

/** One file's report: sheet-level findings at file level, each form with its own. */
export function fileReport(file: string, ev: WorkbookEvaluation, lang: Lang): FileReport {
  const sheetFindings = ev.sheets.flatMap((s) => s.findings);
  return {
    file,
    findings: sheetFindings.sort(compareFindings).map((f) => findingReport(f, lang)),
    forms: ev.forms.map((f) => formReport(f, lang)),
  };
}
