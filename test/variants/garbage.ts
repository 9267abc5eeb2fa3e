/** v08: noise, an empty sheet, a title-only sheet and one real form. */
import ExcelJS from 'exceljs';
import type { CellValue as XValue } from 'exceljs';
import { prng } from '../support/random';
import { copySheet } from './copySheet';
import { Expect } from './expect';
import { fillNoise } from './noise';
import { VariantDef } from './variant';

export const garbageVariant: VariantDef = {
  name: 'v08-garbage',
  description:
    'A sheet of seeded random numbers / strings / booleans / dates / error values with lone labels and random merges, an empty ' +
    'sheet, a sheet with only the title 项目支出绩效自评表, and one real form → no crash, 1 form, FORM_INCOMPLETE only on the title sheet.',
  async build({ fixture, forms }) {
    const wb = new ExcelJS.Workbook();
    const e = new Expect();
    const rnd = prng(20240808);
    const noise = wb.addWorksheet('杂项');
    fillNoise(noise, rnd, 1, 1, 60, 20, true, 60);
    noise.getCell('V3').value = { formula: '1/0', result: { error: '#DIV/0!' } } as XValue;
    noise.getCell('V4').value = { formula: 'NA()', result: { error: '#N/A' } } as XValue;
    noise.getCell('V5').value = { richText: [{ text: '富' }, { text: '文本', font: { bold: true } }] } as XValue;
    noise.getCell('V6').value = { text: '链接', hyperlink: 'https://example.invalid/' } as XValue;
    wb.addWorksheet('空白');
    const title = wb.addWorksheet('标题');
    title.mergeCells('A1:I1');
    title.getCell('A1').value = '项目支出绩效自评表';
    e.finding('FORM_INCOMPLETE', '标题', 'A1');
    const ff = forms[0];
    copySheet(fixture.worksheets[ff.index], wb.addWorksheet(ff.sheet), 0, 0);
    e.placeForm(ff, fixture.worksheets[ff.index], ff.sheet);
    return { wb, expect: e };
  },
};
