import { CellValue, Grid } from '../../src/core/grid';
import { columnName, parseA1, toA1 } from '../../src/core/a1';

/** [一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因] as in anting-2024.json. */
export type IndicatorSpec = [string, string, string, CellValue, CellValue, CellValue, CellValue, CellValue?];

export interface FormSpec {
  project?: string;
  /** [年初预算数, 全年预算数, 全年执行数] per fund row; omitted rows are left out of the form. */
  funds: Partial<Record<'total' | 'current' | 'carry' | 'other', [CellValue, CellValue, CellValue]>>;
  /** 执行率 cells as on the sheet, per fund row (default: empty). */
  rates?: Partial<Record<'total' | 'current' | 'carry' | 'other', CellValue>>;
  budgetWeight?: CellValue;
  budgetScore?: CellValue;
  indicators: IndicatorSpec[];
  totalWeight?: CellValue;
  totalScore?: CellValue;
  grade?: CellValue;
}

export interface BuiltForm {
  /** Rows of cell values, 9 columns wide (A–I when placed at A1). */
  rows: CellValue[][];
  /** Merges relative to the form's top-left, as [row, col, row2, col2] (0-based). */
  merges: [number, number, number, number][];
  /** Where things are, relative to the form's top-left (0-based row/col). */
  at: {
    rate: Record<string, [number, number]>;
    budgetScore: [number, number];
    indicatorScore: [number, number][];
    deviation: [number, number][];
    totalScore: [number, number];
    grade: [number, number];
  };
}

const FUND_LABELS = { total: '年度资金总额', current: '其中：当年财政拨款', carry: '上年结转资金', other: '其他资金' } as const;

/** Lays out one 项目支出绩效自评表 exactly as the published forms (fixture sheet layout). */
export function buildForm(spec: FormSpec): BuiltForm {
  const rows: CellValue[][] = [];
  const merges: BuiltForm['merges'] = [];
  const push = (r: CellValue[]) => rows.push([...r, ...new Array(9 - r.length).fill(null)].slice(0, 9));
  push(['项目支出绩效自评表']);
  merges.push([0, 0, 0, 8]);
  push(['(2024年度)']);
  merges.push([1, 0, 1, 8]);
  push(['项目名称', null, spec.project ?? '测试项目']);
  merges.push([2, 0, 2, 1], [2, 2, 2, 8]);
  push(['主管部门', null, '测试主管部门', null, null, '实施单位', '测试实施单位']);
  merges.push([3, 0, 3, 1], [3, 2, 3, 4], [3, 6, 3, 8]);
  const headerRow = rows.length;
  push(['项目资金\n(万元)', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率(%)', '得分', '']);
  const rate: Record<string, [number, number]> = {};
  let budgetScore: [number, number] = [headerRow + 1, 7];
  for (const kind of ['total', 'current', 'carry', 'other'] as const) {
    const f = spec.funds[kind];
    if (!f) continue;
    const r = rows.length;
    rate[kind] = [r, 6];
    const isTotal = kind === 'total';
    if (isTotal) budgetScore = [r, 7];
    push([null, FUND_LABELS[kind], f[0], f[1], f[2], isTotal ? spec.budgetWeight ?? 10 : '-', spec.rates?.[kind] ?? null, isTotal ? spec.budgetScore ?? null : '-', '']);
  }
  merges.push([headerRow, 0, rows.length - 1, 0]);
  push(['年度总体目标', '预期目标', null, null, null, '实际完成情况']);
  push([null, '目标文本', null, null, null, '完成文本']);
  merges.push([rows.length - 2, 0, rows.length - 1, 0], [rows.length - 2, 1, rows.length - 2, 4], [rows.length - 2, 5, rows.length - 2, 8], [rows.length - 1, 1, rows.length - 1, 4], [rows.length - 1, 5, rows.length - 1, 8]);
  push(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
  merges.push([rows.length - 1, 7, rows.length - 1, 8]);
  const indicatorScore: [number, number][] = [];
  const deviation: [number, number][] = [];
  let prev1 = '';
  let prev2 = '';
  let start1 = rows.length;
  let start2 = rows.length;
  const close = (end: number) => {
    if (end - start1 > 0) merges.push([start1, 0, end, 0]);
  };
  const close2 = (end: number) => {
    if (end - start2 > 0) merges.push([start2, 1, end, 1]);
  };
  spec.indicators.forEach(([l1, l2, name, target, actual, weight, score, dev]) => {
    const r = rows.length;
    const new1 = l1 !== prev1;
    const new2 = new1 || l2 !== prev2;
    if (new1 && r > start1) close(r - 1);
    if (new2 && r > start2) close2(r - 1);
    if (new1) start1 = r;
    if (new2) start2 = r;
    push([new1 ? l1 : null, new2 ? l2 : null, name, target, actual, weight, score, dev ?? null]);
    merges.push([r, 7, r, 8]);
    indicatorScore.push([r, 6]);
    deviation.push([r, 7]);
    prev1 = l1;
    prev2 = l2;
  });
  close(rows.length - 1);
  close2(rows.length - 1);
  const totalRow = rows.length;
  push(['总分', null, null, null, null, spec.totalWeight ?? 100, spec.totalScore ?? null]);
  merges.push([totalRow, 0, totalRow, 4], [totalRow, 7, totalRow, 8]);
  push(['评分等级', null, spec.grade ?? null]);
  merges.push([totalRow + 1, 0, totalRow + 1, 1], [totalRow + 1, 2, totalRow + 1, 8]);
  return { rows, merges, at: { rate, budgetScore, indicatorScore, deviation, totalScore: [totalRow, 6], grade: [totalRow + 1, 2] } };
}

/** Places forms on one sheet, each at its own offset (A1 addresses), into one Grid. */
export function gridOf(sheet: string, placed: { form: BuiltForm; at?: string }[], extra: Partial<Grid> = {}): Grid {
  const cells = new Map<string, CellValue>();
  const merges: string[] = [];
  let bottom = 0;
  let right = 0;
  for (const { form, at = 'A1' } of placed) {
    const o = parseA1(at);
    form.rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null) return;
        cells.set(`${o.row + i},${o.col + j}`, v);
        bottom = Math.max(bottom, o.row + i);
        right = Math.max(right, o.col + j);
      }),
    );
    for (const [r1, c1, r2, c2] of form.merges) {
      merges.push(`${toA1(o.row + r1, o.col + c1)}:${toA1(o.row + r2, o.col + c2)}`);
      bottom = Math.max(bottom, o.row + r2);
      right = Math.max(right, o.col + c2);
    }
  }
  const values: CellValue[][] = Array.from({ length: bottom + 1 }, (_, r) =>
    Array.from({ length: right + 1 }, (_, c) => cells.get(`${r},${c}`) ?? null),
  );
  return { sheet, origin: 'A1', values, merges, ...extra };
}

/** The A1 address of a form-relative position once the form is placed at `at`. */
export function addressIn(at: string, pos: [number, number]): string {
  const o = parseA1(at);
  return toA1(o.row + pos[0], o.col + pos[1]);
}

export { columnName };
