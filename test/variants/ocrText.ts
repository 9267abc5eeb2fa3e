/** v04: amounts stored as OCR text (spaces, full width, separators, placeholders, unreadable). */
import { addr, setValue } from './cells';
import { FixtureForm } from './fixtureScan';
import { inPlace, VariantDef } from './variant';

export const ocrTextVariant: VariantDef = {
  name: 'v04-ocr-text',
  description:
    'Amounts stored as OCR text: 4, 514. 45 / ３３６９．８７ / 4,859.74 (联勤队伍组建), 99. 36 / ９９．３６ (誉本), 78. 79 in a rate cell, ' +
    '99. 44 in a rate cell, — and - placeholders (司法调解员费) → same figures + VALUE_RECOVERED; 758. ()2 as 全年执行数 of ' +
    '安亭城运日常运行费用 → VALUE_NOT_NUMBER, null 执行率/得分/总分/等级 for that form.',
  async build(ctx) {
    const e = inPlace(ctx);
    const [f1, f2, f3, f4, f5] = ctx.forms;
    const ws = (ff: FixtureForm) => ctx.fixture.worksheets[ff.index];
    // 安亭城运日常运行费用: unreadable 全年执行数 of the total row.
    setValue(ws(f1), addr(f1.fundRow.total, 5), '758. ()2');
    setValue(ws(f1), addr(f1.fundRow.current, 7), '99. 44'); // published 99.44 as text: still ROUNDING_DIFF
    e.finding('VALUE_NOT_NUMBER', f1.sheet, addr(f1.fundRow.total, 5));
    for (const a of [addr(f1.fundRow.total, 7), addr(f1.fundRow.total, 8), addr(f1.totalRow, 7), addr(f1.gradeRow, 3)]) {
      e.noFinding(f1.sheet, a);
      e.notPlanned(f1.sheet, a);
    }
    Object.assign(e.form(f1.sheet), { budgetScore: null, totalScore: null, grade: null });
    e.form(f1.sheet).rates.total = null;
    // 一网统管: the rate cell holds the right figure as text.
    setValue(ws(f2), addr(f2.fundRow.total, 7), '78. 79');
    e.noFinding(f2.sheet, addr(f2.fundRow.total, 7));
    e.finding('VALUE_RECOVERED', f2.sheet, addr(f2.fundRow.total, 7));
    e.planned(f2.sheet, addr(f2.fundRow.total, 7), 'number', '78.79');
    // 誉本: half- and full-width text amounts.
    setValue(ws(f3), addr(f3.fundRow.total, 4), '99. 36');
    setValue(ws(f3), addr(f3.fundRow.total, 5), '９９．３６');
    e.finding('VALUE_RECOVERED', f3.sheet, addr(f3.fundRow.total, 4));
    e.finding('VALUE_RECOVERED', f3.sheet, addr(f3.fundRow.total, 5));
    // 联勤队伍组建: thousands separators with OCR spaces, full width.
    setValue(ws(f4), addr(f4.fundRow.current, 3), '３３６９．８７');
    setValue(ws(f4), addr(f4.fundRow.current, 4), '4, 514. 45');
    setValue(ws(f4), addr(f4.fundRow.total, 4), '4,859.74');
    for (const a of [addr(f4.fundRow.current, 3), addr(f4.fundRow.current, 4), addr(f4.fundRow.total, 4)]) e.finding('VALUE_RECOVERED', f4.sheet, a);
    // 司法调解员费: placeholders mean blank; a fund row with nothing but placeholders has no rate.
    setValue(ws(f5), addr(f5.fundRow.total, 3), '—');
    setValue(ws(f5), addr(f5.fundRow.current, 3), '-');
    for (let c = 3; c <= 5; c++) setValue(ws(f5), addr(f5.fundRow.carry, c), c === 4 ? '/' : '-');
    e.form(f5.sheet).rates.carry = null;
    return { wb: ctx.fixture, expect: e };
  },
};
