/** v09: a form under 20 000 rows of noise. */
import ExcelJS from 'exceljs';
import { prng } from '../support/random';
import { copySheet } from './copySheet';
import { Expect } from './expect';
import { fillNoise } from './noise';
import { VariantDef } from './variant';

const HUGE_ROWS = 20000;

export const hugeVariant: VariantDef = {
  name: 'v09-huge',
  description:
    'One sheet of 20 000 rows × 30 columns of seeded noise (lone labels sprinkled, none in the last rows), two blank rows, then the ' +
    '安亭城运日常运行费用 form at A20003 → the form is found with its figures at shifted addresses.',
  async build({ fixture, forms }) {
    const wb = new ExcelJS.Workbook();
    const e = new Expect();
    const rnd = prng(7);
    const ws = wb.addWorksheet('大表');
    fillNoise(ws, rnd, 1, 1, HUGE_ROWS, 30, false, HUGE_ROWS - 20);
    const ff = forms[0];
    const dr = HUGE_ROWS + 2;
    copySheet(fixture.worksheets[ff.index], ws, dr, 0);
    e.placeForm(ff, fixture.worksheets[ff.index], ws.name, dr, 0);
    return { wb, expect: e };
  },
};
