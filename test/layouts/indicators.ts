/**
 * The indicator table of a generated form: its columns (the seed's plus the layout's extras,
 * in the layout's order), one or two header rows, the indicator rows, 总分 and 评分等级.
 */
import { CellValue } from '../../src/core/grid';
import { Canvas, Pos } from './canvas';
import { Layout } from './layout';
import { directionOf, measureOf } from './seed';

export interface IndicatorLine {
  l1: string;
  l2: string;
  name: string;
  target: string;
  actual: string;
  weight: number;
  score: number | null;
  deviation: string;
  /** 完成率 text, when the layout has that column. */
  completion: string;
}

type Col =
  | 'l1' | 'l2' | 'name' | 'nature' | 'direction' | 'target' | 'cmp' | 'value' | 'unit'
  | 'actual' | 'weight' | 'score' | 'deviation' | 'criteria' | 'completion' | 'remark';

interface Column {
  col: Col;
  at: number;
  width: number;
}

/** The columns left to right: extras are inserted after 三级指标 at the layout's slots. */
export function columnsOf(layout: Layout): Column[] {
  const tail: Col[][] = [layout.target === 'split' ? ['cmp', 'value', 'unit'] : ['target'], ['actual'], ['weight'], ['score'], ['deviation']];
  const extras: (Col | null)[] = [
    layout.nature && 'nature',
    layout.direction && 'direction',
    layout.target === 'unitColumn' ? 'unit' : null,
    layout.criteria ? 'criteria' : null,
    layout.completion ? 'completion' : null,
    layout.remark && 'remark',
  ];
  extras.forEach((x, i) => {
    if (x) tail.splice(layout.slots[i] % (tail.length + 1), 0, [x]);
  });
  let at = 0;
  return (['l1', 'l2', 'name', ...tail.flat()] as Col[]).map((col) => {
    const width = col === 'deviation' && layout.deviationWide ? 2 : 1;
    const c = { col, at, width };
    at += width;
    return c;
  });
}

export function widthOf(columns: Column[]): number {
  const last = columns[columns.length - 1];
  return last.at + last.width;
}

/** The 年度指标值 group label of a split target: 指标值 would clash with the sub-header. */
const groupLabel = (layout: Layout) => (layout.labels.target === '指标值' ? '年度指标值' : layout.labels.target);

function headerOf(col: Col, layout: Layout): string {
  const l = layout.labels;
  const split = layout.target === 'split';
  const words: Record<Col, string> = {
    l1: '一级指标', l2: '二级指标', name: '三级指标',
    // a split target's 指标性质 holds the comparator (P3/P5): the 定量/定性 column is then 指标类型
    nature: split ? '指标类型' : layout.nature ?? '指标性质',
    direction: '指标方向', target: l.target, cmp: '指标性质', value: '指标值', unit: split ? '度量单位' : '计量单位',
    actual: l.actual, weight: l.weight, score: l.score, deviation: l.deviation,
    criteria: '评分标准', completion: '完成率', remark: '备注',
  };
  return words[col];
}

/** What one indicator row holds in each column. */
function cellsOf(line: IndicatorLine, layout: Layout): Record<Col, CellValue> {
  const m = measureOf(line.target);
  const target = m && m.cmp ? m : null;
  const actual = measureOf(line.actual);
  const apart = layout.target !== 'plain';
  // the unit column covers the actual only when it has the target's unit (else it keeps its text)
  const sameUnit = target !== null && actual !== null && !actual.cmp && actual.unit === target.unit;
  const num = (s: string): CellValue => (layout.bareNumbers ? Number(s) : s);
  return {
    l1: line.l1, l2: line.l2, name: line.name,
    nature: target ? '定量' : '定性',
    direction: target ? directionOf(target.cmp) ?? (layout.direction === 'positive' ? '正向' : null) : null,
    target: apart && target ? target.cmp + target.number : line.target,
    cmp: target ? target.cmp : null,
    value: target ? num(target.number) : line.target,
    unit: target ? target.unit : null,
    actual: apart && sameUnit ? num(actual!.number) : line.actual,
    weight: line.weight, score: line.score, deviation: line.deviation || null,
    criteria: '完成得满分，未完成按比例扣分', completion: line.completion || null,
    remark: layout.remark === 'text' ? '按计划完成' : null,
  };
}

export interface IndicatorTable {
  rows: number;
  width: number;
  scores: Pos[];
  totalScore: Pos;
  grade: Pos;
}

/**
 * Draws the table from row `top` of `canvas`; `repeatAfter` lines in, the header is drawn again
 * and the next row restates its 一级/二级 labels (a form printed over two pages).
 */
export function drawIndicators(canvas: Canvas, top: number, lines: IndicatorLine[], layout: Layout, total: { score: number | null; grade: string | null }): IndicatorTable {
  const columns = columnsOf(layout);
  const width = widthOf(columns);
  const split = layout.target === 'split';
  const header = (r: number): number => {
    for (const c of columns) {
      if (split && (c.col === 'cmp' || c.col === 'value' || c.col === 'unit')) {
        if (c.col === 'cmp') canvas.put(r, c.at, groupLabel(layout), 3, 1);
        canvas.put(r + 1, c.at, headerOf(c.col, layout));
      } else canvas.put(r, c.at, headerOf(c.col, layout), c.width, split ? 2 : 1);
    }
    return split ? 2 : 1;
  };
  const repeatAfter = layout.repeatHeader === null || lines.length < 2 ? -1 : 1 + Math.floor((layout.repeatHeader * (lines.length - 1)) / 1000);
  let r = top + header(top);
  const scores: Pos[] = [];
  let block1: { label: string; from: number } | null = null;
  let block2: { label: string; from: number } | null = null;
  const close = (b: { from: number } | null, col: number, end: number) => {
    if (b && end > b.from) canvas.merge(b.from, col, end, col);
  };
  lines.forEach((line, i) => {
    if (i === repeatAfter) {
      close(block1, 0, r - 1);
      close(block2, 1, r - 1);
      block1 = block2 = null;
      r += header(r);
    }
    const cells = cellsOf(line, layout);
    const new1 = !block1 || block1.label !== line.l1;
    const new2 = new1 || !block2 || block2.label !== line.l2;
    if (new1) {
      close(block1, 0, r - 1);
      block1 = { label: line.l1, from: r };
    }
    if (new2) {
      close(block2, 1, r - 1);
      block2 = { label: line.l2, from: r };
    }
    for (const c of columns) {
      if ((c.col === 'l1' && !new1) || (c.col === 'l2' && !new2)) continue;
      canvas.put(r, c.at, cells[c.col], c.width, 1);
      if (c.col === 'score') scores.push([r, c.at]);
    }
    r++;
  });
  close(block1, 0, r - 1);
  close(block2, 1, r - 1);
  const at = (col: Col) => columns.find((c) => c.col === col)!.at;
  canvas.put(r, 0, '总分', at('weight'), 1);
  canvas.put(r, at('weight'), 100);
  const first = scores[0]?.[0];
  if (layout.formulas && first !== undefined) canvas.formula(r, at('weight'), (address) => `=SUM(${address([first, at('weight')])}:${address([r - 1, at('weight')])})`);
  canvas.put(r, at('score'), total.score);
  canvas.put(r + 1, 0, '评分等级', 2, 1);
  canvas.put(r + 1, 2, total.grade, width - 2, 1);
  return { rows: r + 2 - top, width, scores, totalScore: [r, at('score')], grade: [r + 1, 2] };
}
