/** v05: output cells holding formulas, with right and wrong cached results. */
import type { CellValue as XValue } from 'exceljs';
import { addr, setValue } from './cells';
import { FixtureForm, outputCells } from './fixtureScan';
import { inPlace, VariantDef } from './variant';

export const formulasVariant: VariantDef = {
  name: 'v05-formulas',
  description:
    'Output cells holding formulas: 安亭城运日常运行费用 G6 =E6/D6*100, H6 =ROUND(G6*F6/100,2), G21 =H6+SUM(…), C22 =IF(…) with right cached ' +
    'results and G7 =E7/D7*100 cached as 98; 一网统管 总分 and 等级 formulas with wrong cached results; 誉本 G13 =F13*1.2 (12 > 分值 10). ' +
    'FORMULA_RESULT_DIFFERS only for the wrong ones, SCORE_OVER_WEIGHT for G13, and no formula cell is ever planned.',
  async build(ctx) {
    const e = inPlace(ctx);
    const [f1, f2, f3] = ctx.forms;
    const ws = (ff: FixtureForm) => ctx.fixture.worksheets[ff.index];
    const t = f1.fundRow.total;
    const c = f1.fundRow.current;
    const w1 = ws(f1);
    const num = (a: string) => w1.getCell(a).value as number;
    setValue(w1, addr(t, 7), { formula: `E${t}/D${t}*100`, result: (num(`E${t}`) / num(`D${t}`)) * 100 } as XValue);
    setValue(w1, addr(c, 7), { formula: `E${c}/D${c}*100`, result: 98 } as XValue);
    setValue(w1, addr(t, 8), { formula: `ROUND(G${t}*F${t}/100,2)`, result: 9.95 } as XValue);
    setValue(w1, addr(f1.totalRow, 7), { formula: `H${t}+SUM(G${f1.indicatorHeaderRow + 1}:G${f1.totalRow - 1})`, result: 99.95 } as XValue);
    const gradeFormula = (r: number) => `IF(G${r}>=90,"优",IF(G${r}>=80,"良",IF(G${r}>=60,"中","差")))`;
    setValue(w1, addr(f1.gradeRow, 3), { formula: gradeFormula(f1.totalRow), result: '优' } as XValue);
    for (const out of outputCells(f1)) {
      e.noFinding(f1.sheet, out.cell);
      e.notPlanned(f1.sheet, out.cell);
    }
    e.finding('FORMULA_RESULT_DIFFERS', f1.sheet, addr(c, 7));
    const w2 = ws(f2);
    setValue(w2, addr(f2.totalRow, 7), { formula: `H${f2.fundRow.total}+SUM(G${f2.indicatorHeaderRow + 1}:G${f2.totalRow - 1})`, result: 90 } as XValue);
    setValue(w2, addr(f2.gradeRow, 3), { formula: gradeFormula(f2.totalRow), result: '良' } as XValue);
    e.finding('FORMULA_RESULT_DIFFERS', f2.sheet, addr(f2.totalRow, 7));
    e.finding('FORMULA_RESULT_DIFFERS', f2.sheet, addr(f2.gradeRow, 3));
    const w3 = ws(f3);
    const r = f3.indicatorHeaderRow + 1;
    if (w3.getCell(r, 6).value !== 10) throw new Error('fixture changed: 誉本 first indicator weight');
    setValue(w3, addr(r, 7), { formula: `F${r}*1.2`, result: 12 } as XValue);
    e.finding('SCORE_OVER_WEIGHT', f3.sheet, addr(r, 7));
    return { wb: ctx.fixture, expect: e };
  },
};
