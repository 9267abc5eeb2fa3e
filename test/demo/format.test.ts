import { formatCell } from '../../src/demo/numberFormat';
import { editText, typedValue } from '../../src/demo/typed';

describe('formatCell: what Excel shows for the formats budget forms use', () => {
  test.each([
    [752.94, null, '752.94'],
    [752.9, '0.00', '752.90'],
    [0.125, '0.00', '0.13'], // half away from zero, decimal (the double 0.125 is exact)
    [1.005, '0.00', '1.01'], // as Excel: the shortest decimal of the double (1.005) is rounded, not its binary expansion
    [1234567.5, '#,##0.00', '1,234,567.50'],
    [-1234.5, '#,##0.00;[Red]-#,##0.00', '-1,234.50'],
    [-3, '0.00_);(0.00)', '(3.00)'],
    [0.9945, '0.00%', '99.45%'],
    [0.5, '0%', '50%'],
    [12, '0"分"', '12分'],
    [3.14159, 'General', '3.14159'],
    [0.1 + 0.2, null, '0.3'],
    [1e20, null, '1E+20'],
    [123456789012, null, '1.23457E+11'],
    [44927, 'yyyy-mm-dd', '44927'], // dates are not drawn as dates: the value, never a wrong figure
    ['text', '0.00', 'text'],
    [null, '0.00', ''],
    [{ error: '#DIV/0!' }, '0.00', '#DIV/0!'],
    [true, null, 'TRUE'],
  ])('%p with %p → %p', (value, fmt, shown) => {
    expect(formatCell(value as never, fmt)).toBe(shown);
  });
});

describe('typedValue: what a typed entry becomes', () => {
  test.each([
    ['20', 20],
    [' 15.5 ', 15.5],
    ['-0.25', -0.25],
    ['', null],
    ['   ', null],
    ["'15", '15'],
    ['=A1+1', '=A1+1'],
    ['85%', '85%'],
    ['1,000', '1,000'],
    ['人员调整', '人员调整'],
  ])('%p → %p', (input, value) => {
    expect(typedValue(input)).toBe(value);
  });

  test('editText shows a formula as written, else the value', () => {
    expect(editText(3, '=A1*3')).toBe('=A1*3');
    expect(editText(99.45, null)).toBe('99.45');
    expect(editText(null, null)).toBe('');
    expect(editText({ error: '#N/A' }, null)).toBe('#N/A');
  });
});
