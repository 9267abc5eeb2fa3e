/** v01: every form re-laid out at an offset (D5, the last one at B12). */
import ExcelJS from 'exceljs';
import { parseA1 } from '../../src/core/a1';
import { copySheet } from './copySheet';
import { Expect } from './expect';
import { VariantDef } from './variant';

export const offsetVariant: VariantDef = {
  name: 'v01-offset',
  description:
    'Each form copied (values, styles, merges, widths, heights) to start at D5; the last one at B12 under a stray note; ' +
    'the summary sheet unchanged. Same figures; findings and planned writes at shifted addresses.',
  async build({ fixture, forms }) {
    const wb = new ExcelJS.Workbook();
    const e = new Expect();
    copySheet(fixture.worksheets[0], wb.addWorksheet(fixture.worksheets[0].name), 0, 0);
    forms.forEach((ff, i) => {
      const at = i === forms.length - 1 ? 'B12' : 'D5';
      const o = parseA1(at); // 0-based
      const ws = wb.addWorksheet(ff.sheet);
      if (i === forms.length - 1) ws.getCell('A1').value = '附件3：';
      copySheet(fixture.worksheets[ff.index], ws, o.row, o.col);
      e.placeForm(ff, fixture.worksheets[ff.index], ff.sheet, o.row, o.col);
    });
    return { wb, expect: e };
  },
};
