/** v02: header and row labels rewritten in the ways real forms spell them. */
import { addr, setValue } from './cells';
import { FixtureForm } from './fixtureScan';
import { inPlace, VariantDef } from './variant';

export const labelsVariant: VariantDef = {
  name: 'v02-labels',
  description:
    'Header and row labels rewritten per sheet: 年初\\n预算数, 调整后预算数, 预算执行数, 权重, 执行率（%）, 执行率, 本年财政拨款, ' +
    '未完成原因分析, spaces / line breaks / ideographic spaces inside labels, 项目名称：. Same figures and findings as the fixture.',
  async build(ctx) {
    const e = inPlace(ctx);
    const sets: ((ff: FixtureForm) => [string, string][])[] = [
      (ff) => [
        [addr(ff.budgetHeaderRow, 3), '年初\n预算数'],
        [addr(ff.budgetHeaderRow, 4), '调整后预算数'],
        [addr(ff.budgetHeaderRow, 5), '预算执行数'],
        [addr(ff.budgetHeaderRow, 6), '权重'],
        [addr(ff.budgetHeaderRow, 7), '执行率（%）'],
        [addr(ff.fundRow.current, 2), '其中：本年财政拨款'],
        [addr(ff.indicatorHeaderRow, 6), '权重'],
        [addr(ff.indicatorHeaderRow, 8), '未完成原因分析'],
      ],
      (ff) => [
        [addr(ff.budgetHeaderRow, 3), '年初 预算数'],
        [addr(ff.budgetHeaderRow, 4), '全年\n预算数'],
        [addr(ff.budgetHeaderRow, 5), ' 全年执行数 '],
        [addr(ff.budgetHeaderRow, 7), '执行率'],
        [addr(ff.fundRow.current, 2), '本年财政拨款'],
        [addr(ff.indicatorHeaderRow, 1), '一级\n指标'],
        [addr(ff.indicatorHeaderRow, 3), ' 三级指标 '],
        [addr(ff.totalRow, 1), '总  分'],
        [addr(ff.gradeRow, 1), '评分\n等级'],
        [addr(3, 1), '项目名称：'],
      ],
      (ff) => [
        [addr(ff.budgetHeaderRow, 1), '项目资金（万元）'],
        [addr(ff.budgetHeaderRow, 6), '分 值'],
        [addr(ff.budgetHeaderRow, 7), '执行率\n（%）'],
        [addr(ff.budgetHeaderRow, 8), '得\u3000分'],
        [addr(ff.fundRow.total, 2), '年度资金\n总额'],
        [addr(ff.fundRow.carry, 2), '上年结转\n资金'],
        [addr(ff.indicatorHeaderRow, 4), '年度\n指标值'],
        [addr(ff.indicatorHeaderRow, 5), '实际\n完成值'],
        [addr(ff.indicatorHeaderRow, 7), '得 分'],
        [addr(ff.indicatorHeaderRow, 8), '偏差原因分析\n及改进措施'],
      ],
    ];
    ctx.forms.forEach((ff, i) => {
      const ws = ctx.fixture.worksheets[ff.index];
      for (const [a, label] of sets[i % sets.length](ff)) setValue(ws, a, label);
    });
    return { wb: ctx.fixture, expect: e };
  },
};
