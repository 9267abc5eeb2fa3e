/** v10: 执行率 as fractions with a 0.00% format, and as 78.79% text. */
import Decimal from 'decimal.js';
import { addr, setValue } from './cells';
import { fundCells } from './fixtureScan';
import { inPlace, VariantDef } from './variant';

export const percentRatesVariant: VariantDef = {
  name: 'v10-percent-rates',
  description:
    '执行率 cells stored as fractions with a 0.00% number format (0.9944 shows 99.44%) on 安亭城运日常运行费用 and 联勤队伍组建, and the ' +
    'text 78.79% on 一网统管 → read as percentages; writes keep the fraction form (0.9945).',
  async build(ctx) {
    const e = inPlace(ctx);
    const [f1, f2, , f4] = ctx.forms;
    for (const ff of [f1, f4]) {
      const ws = ctx.fixture.worksheets[ff.index];
      for (const a of fundCells(ff, 7)) {
        const cell = ws.getCell(a);
        const v = cell.value as number;
        cell.value = Number((v / 100).toFixed(4));
        // ExcelJS shares one style object between cells read with the same style: replace it, never mutate it.
        cell.style = { ...structuredClone(cell.style), numFmt: '0.00%' };
        const p = e.plan.find((x) => x.sheet === ff.sheet && x.cell === a);
        if (p) p.text = new Decimal(p.text).div(100).toString();
      }
    }
    const w2 = ctx.fixture.worksheets[f2.index];
    setValue(w2, addr(f2.fundRow.current, 7), '78.79%');
    e.noFinding(f2.sheet, addr(f2.fundRow.current, 7));
    e.finding('VALUE_RECOVERED', f2.sheet, addr(f2.fundRow.current, 7));
    e.planned(f2.sheet, addr(f2.fundRow.current, 7), 'number', '78.79');
    return { wb: ctx.fixture, expect: e };
  },
};
