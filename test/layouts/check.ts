/**
 * The three layout properties, as checks on one rendered sheet (shared by the property test and
 * the per-axis table): found, same figures as the seed layout, and a plan of output cells only.
 */
import { parseA1 } from '../../src/core/a1';
import { format2OrNull } from '../../src/core/decimal';
import { defaultOptions, evaluateWorkbook, FormEvaluation, WorkbookEvaluation } from '../../src/core/evaluate';
import { Grid } from '../../src/core/grid';
import { locateForms } from '../../src/core/locate/locate';
import { applyPlan } from '../property/support';
import { PlacedForm, RATE_ROW_NAME, RenderedSheet, seedGrid } from './render';
import { Outputs, SEED_FUND_KINDS, SeedProject } from './seed';

function formulaAt(grid: Grid, a1: string): string | null {
  const { row, col } = parseA1(a1);
  return grid.formulas?.[row]?.[col] ?? null;
}

export const evaluate = (grid: Grid): WorkbookEvaluation => evaluateWorkbook([grid], defaultOptions());

/** What property 2 compares, as plain strings (two decimals) so that a diff reads well. */
export interface Figures {
  rates: Record<string, string | null>;
  budgetWeight: string | null;
  budgetScore: string | null;
  indicators: string[];
  totalScore: string | null;
  grade: string | null;
  codes: string[];
}

export function figuresOf(ev: WorkbookEvaluation, fe: FormEvaluation): Figures {
  const rates: Figures['rates'] = {};
  for (const k of SEED_FUND_KINDS) rates[k] = format2OrNull(fe.funds.find((f) => f.kind === k)?.rate);
  const indicators = fe.indicators
    .filter((i) => i.row.name !== RATE_ROW_NAME)
    .map((i) => [i.row.name, i.kind, format2OrNull(i.weight), format2OrNull(i.score), format2OrNull(i.suggested)].join(' | '));
  const sheetCodes = ev.sheets.find((s) => s.sheet === fe.form.sheet)?.findings.map((f) => f.code) ?? [];
  const codes = [...new Set([...fe.findings.map((f) => f.code), ...sheetCodes])].sort();
  return {
    rates,
    budgetWeight: format2OrNull(fe.budgetWeight),
    budgetScore: format2OrNull(fe.budgetScore),
    indicators,
    totalScore: format2OrNull(fe.totalScore),
    grade: fe.grade,
    codes,
  };
}

const referenceCache = new Map<string, Figures>();

/** The figures of the same data in the seed layout (buildForm), once per project and outputs. */
export function referenceFigures(p: SeedProject, outputs: Outputs): Figures {
  const key = `${p.id}|${outputs}`;
  let f = referenceCache.get(key);
  if (!f) {
    const ev = evaluate(seedGrid(p, outputs));
    if (ev.forms.length !== 1) throw new Error(`seed layout of project ${p.id}: ${ev.forms.length} forms`);
    f = figuresOf(ev, ev.forms[0]);
    referenceCache.set(key, f);
  }
  return f;
}

/** The evaluated form of a placed one: by project name, else by position. */
export function formFor(ev: WorkbookEvaluation, sheet: RenderedSheet, placed: PlacedForm): FormEvaluation | undefined {
  return ev.forms.find((f) => f.form.project === placed.project.name) ?? ev.forms[sheet.forms.indexOf(placed)];
}

/** Property 1: locateForms finds exactly the forms drawn, and none is incomplete (here or in the evaluation). */
export function checkFound(ev: WorkbookEvaluation, sheet: RenderedSheet): void {
  const located = locateForms(sheet.grid);
  const incomplete = [...located.findings, ...ev.findings].filter((f) => f.code === 'FORM_INCOMPLETE').map((f) => `${f.code}@${f.cell}`);
  expect({ forms: located.forms.length, evaluated: ev.forms.length, incomplete }).toEqual({ forms: sheet.forms.length, evaluated: sheet.forms.length, incomplete: [] });
}

/** Property 2: per form, the seed layout's figures and finding codes; every fund row with its 执行率. */
export function checkFigures(ev: WorkbookEvaluation, sheet: RenderedSheet): void {
  for (const placed of sheet.forms) {
    const fe = formFor(ev, sheet, placed);
    expect(fe).toBeDefined();
    expect({ project: placed.project.id, ...figuresOf(ev, fe!) }).toEqual({ project: placed.project.id, ...referenceFigures(placed.project, placed.layout.outputs) });
    // rows beyond the seed's (一般公共预算, 政府性基金预算, 单位资金) too, against integer arithmetic
    const located = fe!.funds.map((f) => `${f.kind} ${format2OrNull(f.rate)}`);
    expect(located).toEqual(placed.rates.map((x) => `${x.kind} ${x.expected}`));
  }
}

/** Property 3: the plan writes output cells only; applied, it leaves nothing stale. */
export function checkPlan(ev: WorkbookEvaluation, sheet: RenderedSheet): void {
  // a plan of a form that was not found says nothing: the forms must be there first
  expect(ev.forms.length).toBe(sheet.forms.length);
  const outputs = new Map<string, string>();
  for (const f of sheet.forms) for (const [cell, kind] of f.outputs) outputs.set(cell, kind);
  const stray = ev.plan.entries.filter((e) => !outputs.has(e.cell)).map((e) => `${e.kind}@${e.cell}=${e.after.text} (was ${String(e.before)})`);
  expect(stray).toEqual([]);
  // no written cell holds a formula (the formulas axis puts some in input cells) or a label
  const written = ev.plan.entries.map((e) => ({ cell: e.cell, formula: formulaAt(sheet.grid, e.cell), label: typeof e.before === 'string' && outputs.get(e.cell) !== 'grade' }));
  expect(written.filter((w) => w.formula !== null || w.label)).toEqual([]);
  const [after] = applyPlan([sheet.grid], ev.plan);
  const again = evaluate(after);
  const left = again.findings.filter((f) => f.code === 'STALE_VALUE' || f.code === 'ROUNDING_DIFF').map((f) => `${f.code}@${f.cell}`);
  expect(left).toEqual([]);
}
