/**
 * The budget block of a generated form: amounts in 万元 or 元, the seed's fund rows plus the
 * layout's extra ones, with or without the 分值/得分 columns (rateRow moves those into the
 * indicator table).
 */
import { CellValue } from '../../src/core/grid';
import { Canvas, Pos } from './canvas';
import { Layout } from './layout';
import { BUDGET_WEIGHT, centsOf, rateOf, SeedFundKind, SeedOutputs, SeedProject } from './seed';

/** Fund kinds as the engine names them (src/core/labels.ts FundKind). */
export type GenFundKind = SeedFundKind | 'general' | 'govFund' | 'unitOwn';

interface FundLine {
  kind: GenFundKind;
  label: string;
  /** [年初预算数, 全年预算数, 全年执行数] in hundredths of 万元. */
  cents: [number, number, number];
  rate: number | null;
}

const LABELS: Record<GenFundKind, string> = {
  total: '年度资金总额', current: '其中：当年财政拨款', general: '一般公共预算', govFund: '政府性基金预算',
  carry: '上年结转资金', other: '其他资金', unitOwn: '单位资金',
};

/** The fund rows in order, with the 执行率 each should show (seed rows: as the outputs say). */
export function fundLines(p: SeedProject, layout: Layout, outputs: SeedOutputs): FundLine[] {
  const seedLine = (kind: SeedFundKind): FundLine => ({
    kind, label: LABELS[kind], cents: p.funds[kind].map(centsOf) as FundLine['cents'], rate: outputs.rates[kind],
  });
  const extra = (kind: GenFundKind, cents: number[]): FundLine => {
    const rate = rateOf(cents[1], cents[2]);
    // rows the seed lacks show their computed 执行率 where the seed's outputs are printed
    return { kind, label: LABELS[kind], cents: cents as FundLine['cents'], rate: layout.outputs === 'printed' && rate !== null ? Number(rate) : null };
  };
  const lines = [seedLine('total'), seedLine('current')];
  if (layout.children !== null) {
    const current = lines[1].cents;
    // a share of each amount in whole hundredths: x − ⌊x·k⌋ never exceeds its budget when x does not
    const gov = current.map((x) => (layout.children === 'whole' ? 0 : Math.floor((x * (layout.children as number)) / 1000)));
    lines.push(extra('general', current.map((x, i) => x - gov[i])), extra('govFund', gov));
  }
  lines.push(seedLine('carry'), seedLine('other'));
  if (layout.unitOwn) lines.push(extra('unitOwn', [0, 0, 0]));
  return lines;
}

export interface BudgetBlock {
  rows: number;
  width: number;
  rates: { kind: GenFundKind; pos: Pos; expected: string | null }[];
  score: Pos | null;
}

/** Draws the block from row `top` (its header row; 金额单位：元 goes on the row above when asked). */
export function drawBudget(canvas: Canvas, top: number, lines: FundLine[], layout: Layout, budgetScore: number | null): BudgetBlock {
  const scored = layout.rateRow === null;
  const heads = scored ? ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率(%)', '得分', ''] : ['年初预算数', '全年预算数', '全年执行数', '执行率(%)'];
  const width = 2 + heads.length;
  if (layout.yuan === 'above') canvas.put(top - 1, width - 1, '金额单位：元');
  const unit = layout.yuan === 'header' ? '项目资金（元）' : layout.yuan === 'above' ? '项目资金' : '项目资金\n(万元)';
  canvas.put(top, 0, unit);
  canvas.put(top, 1, '');
  heads.forEach((h, i) => canvas.put(top, 2 + i, h));
  const rateCol = 2 + heads.indexOf('执行率(%)');
  const rates: BudgetBlock['rates'] = [];
  let score: Pos | null = null;
  lines.forEach((line, i) => {
    const r = top + 1 + i;
    const isTotal = line.kind === 'total';
    // 元: the 万元 amount × 10000, from hundredths so that no binary noise creeps in
    const amount = (c: number): CellValue => (layout.yuan ? c * 100 : c / 100);
    const row: CellValue[] = [line.label, ...line.cents.map(amount)];
    if (scored) row.push(isTotal ? BUDGET_WEIGHT : '-', line.rate, isTotal ? budgetScore : '-', '');
    else row.push(line.rate);
    row.forEach((v, j) => canvas.put(r, 1 + j, v));
    if (isTotal && layout.formulas) {
      // the total as the sum of its direct parts (not 一般公共预算/政府性基金预算, parts of a part)
      const parts = lines.map((l, j) => (l.kind === 'total' || l.kind === 'general' || l.kind === 'govFund' ? -1 : top + 1 + j)).filter((x) => x >= 0);
      for (let c = 2; c <= 4; c++) canvas.formula(r, c, (address) => '=' + parts.map((pr) => address([pr, c])).join('+'));
    }
    rates.push({ kind: line.kind, pos: [r, rateCol], expected: rateOf(line.cents[1], line.cents[2]) });
    if (scored && isTotal) score = [r, rateCol + 1];
  });
  canvas.merge(top, 0, top + lines.length, 0);
  return { rows: 1 + lines.length, width, rates, score };
}
