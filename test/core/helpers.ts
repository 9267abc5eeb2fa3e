/**
 * Shared fixtures for the table-driven core tests: one correct form (fixture sheet
 * 安亭城运日常运行费用 with the recomputed outputs), ways to vary it, and cell addresses.
 */
import { CellValue, Grid } from '../../src/core/grid';
import { evaluateWorkbook, FormEvaluation, WorkbookEvaluation, defaultOptions } from '../../src/core/evaluate';
import { Finding, FindingCode } from '../../src/core/findings';
import { Profile, resolveProfile } from '../../src/core/profile';
import { addressIn, buildForm, BuiltForm, FormSpec, gridOf, IndicatorSpec } from '../support/buildForm';

export const INDICATORS: IndicatorSpec[] = [
  ['成本指标', '经济成本指标', '成本节约率', '≥0.00(%)', '0.56(%)', 15, 15],
  ['产出指标', '数量指标', '日常运作计划完成率', '=100.00(%)', '100.00(%)', 15, 15],
  ['产出指标', '质量指标', '合同履约达标率', '=100.00(%)', '100.00(%)', 10, 10],
  ['产出指标', '时效指标', '日常保障完成及时性', '及时', '达成指标', 10, 10],
  ['效益指标', '社会效益指标', '日常工作保障率', '=100.00(%)', '100.00(%)', 10, 10],
  ['效益指标', '社会效益指标', '安全事故发生数', '=0.00(次)', '0.00(次)', 10, 10],
  ['效益指标', '生态效益指标', '生态环境保护意识提升率', '≥0.00(%)', '100.00(%)', 10, 10],
  ['满意度指标', '服务对象满意度指标', '保障对象满意度', '≥90.00(%)', '100.00(%)', 10, 10],
];

/** Indicator indexes of the correct form by kind (weights in brackets). */
export const QUANT = 7; // ≥90.00(%) (10)
export const QUAL = 3; // 及时 / 达成指标 (10)

/** A form whose every output is already right: no finding, nothing to write. */
export function correctSpec(): FormSpec {
  return {
    project: '其他专项工作经费(安亭城运日常运行费用)',
    funds: { total: [752.94, 762.25, 758.02], current: [752.94, 762.25, 758.02], carry: [0, 0, 0], other: [0, 0, 0] },
    rates: { total: 99.45, current: 99.45, carry: 0, other: 0 },
    budgetWeight: 10,
    budgetScore: 9.95,
    indicators: INDICATORS.map((r) => [...r] as IndicatorSpec),
    totalWeight: 100,
    totalScore: 99.95,
    grade: '优',
  };
}

/** The correct form with its output cells (执行率, 得分, 总分, 评分等级) left blank. */
export function blankOutputsSpec(): FormSpec {
  return { ...correctSpec(), rates: {}, budgetScore: null, totalScore: null, grade: null };
}

type IndicatorPatch = Partial<{ target: CellValue; actual: CellValue; weight: CellValue; score: CellValue; dev: CellValue }>;

/** A copy of the spec with indicator i changed. */
export function withIndicator(spec: FormSpec, i: number, p: IndicatorPatch): FormSpec {
  const indicators = spec.indicators.map((r) => [...r] as IndicatorSpec);
  const [l1, l2, name, target, actual, weight, score, dev] = indicators[i];
  indicators[i] = [l1, l2, name, 'target' in p ? p.target! : target, 'actual' in p ? p.actual! : actual,
    'weight' in p ? p.weight! : weight, 'score' in p ? p.score! : score, 'dev' in p ? p.dev! : dev];
  return { ...spec, indicators };
}

export function profile(name: string, overrides: Partial<Profile> = {}): Profile {
  const p = resolveProfile(name, overrides);
  if (!p) throw new Error(`no profile ${name}`);
  return p;
}

export interface RunOptions {
  at?: string;
  profile?: Profile;
  scoreByRule?: boolean;
  /** Change the laid-out rows/merges before the grid is made (labels, blanks…). */
  edit?: (b: BuiltForm) => void;
  /** Change the grid (formulas, number formats, protection…). */
  grid?: (g: Grid) => void;
  extra?: Partial<Grid>;
}

export interface Run {
  ev: WorkbookEvaluation;
  fe: FormEvaluation;
  built: BuiltForm;
  grid: Grid;
  findings: Finding[];
  c: ReturnType<typeof cellsOf>;
}

/** Cell addresses of a built form placed at `at`. */
export function cellsOf(b: BuiltForm, at = 'A1') {
  const fundRow = (k: string) => b.at.rate[k][0];
  const indRow = (i: number) => b.at.indicatorScore[i][0];
  const col = { initial: 2, annual: 3, executed: 4 } as const;
  return {
    rate: (k: string) => addressIn(at, b.at.rate[k]),
    amount: (k: string, field: keyof typeof col) => addressIn(at, [fundRow(k), col[field]]),
    budgetWeight: addressIn(at, [fundRow('total'), 5]),
    budgetScore: addressIn(at, b.at.budgetScore),
    reason: (k: string) => addressIn(at, [fundRow(k), 8]),
    name: (i: number) => addressIn(at, [indRow(i), 2]),
    target: (i: number) => addressIn(at, [indRow(i), 3]),
    actual: (i: number) => addressIn(at, [indRow(i), 4]),
    weight: (i: number) => addressIn(at, [indRow(i), 5]),
    score: (i: number) => addressIn(at, b.at.indicatorScore[i]),
    deviation: (i: number) => addressIn(at, b.at.deviation[i]),
    totalWeight: addressIn(at, [b.at.totalScore[0], 5]),
    totalScore: addressIn(at, b.at.totalScore),
    grade: addressIn(at, b.at.grade),
  };
}

/** Sets a value (or formula / number format) at an A1 address of a grid whose origin is A1. */
export function setAt(g: Grid, address: string, value: CellValue, key: 'values' | 'formulas' | 'numberFormats' = 'values'): void {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(address);
  const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(m[2]) - 1;
  if (key === 'values') {
    g.values[row][col] = value;
    return;
  }
  const table = (g[key] ??= g.values.map((r) => r.map(() => null))) as (string | null)[][];
  table[row][col] = value as string | null;
}

export function run(spec: FormSpec, o: RunOptions = {}): Run {
  const built = buildForm(spec);
  o.edit?.(built);
  const at = o.at ?? 'A1';
  const grid = gridOf(o.extra?.sheet ?? 'S', [{ form: built, at }], o.extra);
  o.grid?.(grid);
  const ev = evaluateWorkbook([grid], defaultOptions({ profile: o.profile ?? profile('standard'), scoreByRule: o.scoreByRule }));
  return { ev, fe: ev.forms[0], built, grid, findings: ev.findings, c: cellsOf(built, at) };
}

/** Cells at which a code was reported. */
export function cellsWith(findings: readonly Finding[], code: FindingCode): (string | null)[] {
  return findings.filter((f) => f.code === code).map((f) => f.cell);
}

export function only(findings: readonly Finding[], code: FindingCode): Finding {
  const hits = findings.filter((f) => f.code === code);
  if (hits.length !== 1) throw new Error(`${code}: ${hits.length} findings (${findings.map((f) => `${f.code}@${f.cell}`).join(' ')})`);
  return hits[0];
}

export function codesOf(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.code}@${f.cell ?? '-'}`).sort();
}

/** Plan entries of a run as `cell=value`. */
export function planOf(r: { ev: WorkbookEvaluation }): string[] {
  return r.ev.plan.entries.map((e) => `${e.cell}=${e.after.text}`);
}
