/**
 * Renders one project of the seed data as a form in a given layout, and a sheet of one form or
 * two side by side, straight into a Grid (no xlsx). Pure: the same Layout gives the same Grid.
 */
import { Grid } from '../../src/core/grid';
import { buildForm, gridOf } from '../support/buildForm';
import { drawBudget, fundLines, GenFundKind } from './budget';
import { a1Of, Canvas, Pos } from './canvas';
import { columnsOf, drawIndicators, IndicatorLine, widthOf } from './indicators';
import { Layout, SheetLayout } from './layout';
import { BUDGET_WEIGHT, centsOf, DEPARTMENT, Outputs, PROJECTS, rateOf, SeedProject, seedOutputs, seedSpec, UNIT } from './seed';

export const RATE_ROW_NAME = '预算执行率';
const NOTE = '填表说明：1.执行率=全年执行数/全年预算数×100%；2.预算执行得分=执行率×分值，最高不超过分值；3.得分低于分值的，应在偏差原因分析及改进措施中说明原因。';

/** An output cell (SPEC §4): what recalculation may write. */
export interface OutputCell {
  kind: 'rate' | 'budgetScore' | 'indicatorScore' | 'totalScore' | 'grade';
  pos: Pos;
}

export interface RenderedForm {
  project: SeedProject;
  layout: Layout;
  canvas: Canvas;
  width: number;
  outputs: OutputCell[];
  /** Every fund row with the 执行率 it must get (computed here in integers). */
  rates: { kind: GenFundKind; pos: Pos; expected: string | null }[];
}

function indicatorLines(p: SeedProject, layout: Layout, budgetScore: number | null): IndicatorLine[] {
  const completion = (weight: number, score: number | null) => (score === null ? '' : `${Math.round((score * 100) / weight)}%`);
  const lines: IndicatorLine[] = p.indicators.map(([l1, l2, name, target, actual, weight, score, deviation]) => ({
    l1, l2, name, target, actual, weight, score, deviation, completion: completion(weight, score),
  }));
  if (layout.rateRow) {
    // P6: 执行率 scored inside the indicator table; its actual is the rate the accountant typed
    const rate = rateOf(centsOf(p.funds.total[1]), centsOf(p.funds.total[2]));
    const line: IndicatorLine = {
      l1: '项目管理', l2: '投入管理', name: RATE_ROW_NAME, target: '=100%', actual: `${rate}%`,
      weight: BUDGET_WEIGHT, score: budgetScore, deviation: '', completion: completion(BUDGET_WEIGHT, budgetScore),
    };
    if (layout.rateRow === 'first') lines.unshift(line);
    else lines.push(line);
  }
  return lines;
}

export function renderForm(p: SeedProject, layout: Layout): RenderedForm {
  const out = seedOutputs(p, layout.outputs);
  const c = new Canvas();
  const width = Math.max(widthOf(columnsOf(layout)), layout.rateRow ? 6 : 9);
  const half = Math.floor(width / 2);
  let r = 0;
  if (layout.attachment) c.put(r++, 0, '附件1-1');
  if (layout.title === 'oneRow') c.put(r++, 0, '2024年度项目支出绩效自评表', width);
  else {
    c.put(r++, 0, '项目支出绩效自评表', width);
    c.put(r++, 0, '（2024年度）', width);
  }
  if (layout.filler) {
    c.put(r, 0, `填报单位（盖章）：${UNIT}`, half);
    if (layout.filler === 'rows') r++;
    c.put(r, layout.filler === 'rows' ? 0 : half, '填报日期：2025年3月', layout.filler === 'rows' ? half : width - half);
    r++;
  }
  c.put(r, 0, '项目名称', 2);
  c.put(r++, 2, p.name, width - 2);
  c.put(r, 0, '主管部门', 2);
  c.put(r, 2, DEPARTMENT, 3);
  c.put(r, 5, '实施单位');
  c.put(r++, 6, UNIT, width - 6);
  if (layout.yuan === 'above') r++;
  const budget = drawBudget(c, r, fundLines(p, layout, out), layout, out.budgetScore);
  r += budget.rows;
  c.put(r, 0, layout.labels.goal, 1, 2);
  c.put(r, 1, '预期目标', 4);
  c.put(r++, 5, '实际完成情况', width - 5);
  c.put(r, 1, p.goal, 4);
  c.put(r++, 5, p.achieved, width - 5);
  const lines = indicatorLines(p, layout, out.budgetScore);
  const table = drawIndicators(c, r, lines, layout, { score: out.totalScore, grade: out.grade });
  r += table.rows;
  if (layout.contacts) {
    c.put(r, 0, '联系人：张三', half);
    c.put(r++, half, '联系电话：021-12345678', width - half);
  }
  if (layout.signatures) {
    const third = Math.floor(width / 3);
    c.put(r, 0, '单位负责人：', third);
    c.put(r, third, '财务负责人：', third);
    c.put(r++, 2 * third, '填表人：', width - 2 * third);
  }
  if (layout.note) c.put(r++, 0, NOTE, width);
  const rateAt = layout.rateRow ? lines.findIndex((l) => l.name === RATE_ROW_NAME) : -1;
  const budgetScore = layout.rateRow ? table.scores[rateAt] : budget.score!;
  const outputs: OutputCell[] = [
    ...budget.rates.map((x) => ({ kind: 'rate' as const, pos: x.pos })),
    { kind: 'budgetScore', pos: budgetScore },
    ...table.scores.filter((_, i) => i !== rateAt).map((pos) => ({ kind: 'indicatorScore' as const, pos })),
    { kind: 'totalScore', pos: table.totalScore },
    { kind: 'grade', pos: table.grade },
  ];
  return { project: p, layout, canvas: c, width, outputs, rates: budget.rates };
}

/** A form as placed on a sheet: its output cells and fund rows by A1 address. */
export interface PlacedForm {
  project: SeedProject;
  layout: Layout;
  outputs: Map<string, OutputCell['kind']>;
  rates: { kind: GenFundKind; cell: string; expected: string | null }[];
}

export interface RenderedSheet {
  grid: Grid;
  forms: PlacedForm[];
}

/** One form at its offset, or two side by side: the second two columns right of the first's right edge, same top row. */
export function renderSheet(sheet: SheetLayout, name = 'S'): RenderedSheet {
  const canvas = new Canvas();
  const [top, left0] = sheet.forms[0].layout.offset;
  let left = left0;
  const forms = sheet.forms.map(({ project, layout }) => {
    const f = renderForm(PROJECTS[project], layout);
    canvas.blit(f.canvas, [top, left]);
    const at = (p: Pos) => a1Of([top + p[0], left + p[1]]);
    const placed: PlacedForm = {
      project: f.project,
      layout,
      outputs: new Map(f.outputs.map((o) => [at(o.pos), o.kind])),
      rates: f.rates.map((x) => ({ kind: x.kind, cell: at(x.pos), expected: x.expected })),
    };
    left += f.width + 1;
    return placed;
  });
  return { grid: canvas.toGrid(name), forms };
}

/** The same project in the seed layout, drawn by test/support/buildForm (not by this generator). */
export function seedGrid(p: SeedProject, outputs: Outputs, name = 'S'): Grid {
  return gridOf(name, [{ form: buildForm(seedSpec(p, outputs)) }]);
}
