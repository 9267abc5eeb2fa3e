/** The workbook the fake's own tests open: a form sheet with merges, formats, a formula and errors. */
import type { Grid } from '../../src/core';

export const FORM = '安亭城运日常运行费用';

export const grids = (): Grid[] => [
  {
    sheet: FORM,
    origin: 'A1',
    values: [
      ['项目支出绩效自评表', null, null, null],
      ['年初预算数', 100, 0.925, true],
      ['合计', { error: '#DIV/0!' }, 150, 'a&b<c>'],
      [null, null, 45292, null],
    ],
    formulas: [
      [null, null, null, null],
      [null, null, null, null],
      [null, '=1/0', '=B2*1.5', null],
    ],
    numberFormats: [
      [null, null, null, null],
      [null, null, '0.00%', null],
      [null, null, null, null],
      [null, null, 'yyyy-mm-dd', null],
    ],
    merges: ['A1:D1', 'A3:A4'],
  },
  { sheet: 'Other', origin: 'B2', values: [['x']], merges: [] },
  { sheet: 'Locked', origin: 'A1', values: [['locked']], merges: [], protected: true },
];
