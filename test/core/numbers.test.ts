import { readNumber, NumberReading } from '../../src/core/numbers';
import { CellValue } from '../../src/core/grid';

/** A reading as plain data: numbers as their exact decimal text. */
function plain(r: NumberReading): unknown {
  if (r.kind === 'number') return { kind: 'number', value: r.value.toString(), recoveredFrom: r.recoveredFrom };
  return r;
}

describe('R12 readNumber: text with copy-paste and OCR artefacts', () => {
  test.each<[CellValue, string]>([
    ['4, 514. 45', '4514.45'],
    ['3,369.87', '3369.87'],
    ['９９．４４', '99.44'],
    ['99. 44', '99.44'],
    ['－12.5', '-12.5'],
    ['1,234,567.891', '1234567.891'],
    [' 758.02 ', '758.02'],
    ['\u3000762.25\u00a0', '762.25'],
    ['0', '0'],
    ['-0.5', '-0.5'],
    ['.5', '0.5'],
    ['¥1,000.00', '1000'],
    ['￥1,000.00', '1000'],
    ['12.5万元', '12.5'],
  ])('%j is the number %s, recovered from the text', (text, value) => {
    expect(plain(readNumber(text))).toEqual({ kind: 'number', value, recoveredFrom: text });
  });

  test.each<[CellValue]>([['-'], ['—'], ['/'], ['－'], ['——'], [''], ['   '], [null]])('placeholder %j is blank', (v) => {
    expect(readNumber(v)).toEqual({ kind: 'blank' });
  });

  test.each<[CellValue, string]>([
    ['758. ()2', '758. ()2'],
    ['12,34', '12,34'],
    ['1,2345.00', '1,2345.00'],
    ['abc', 'abc'],
    ['12.5.3', '12.5.3'],
    ['99.44%', '99.44%'],
    [true, 'TRUE'],
    [false, 'FALSE'],
  ])('%j is not a number', (v, text) => {
    expect(readNumber(v)).toEqual({ kind: 'invalid', text });
  });

  test.each<[CellValue, string]>([
    [{ error: '#DIV/0!' }, '#DIV/0!'],
    [{ error: '#N/A' }, '#N/A'],
    [{ error: '#VALUE!' }, '#VALUE!'],
  ])('Excel error %j is an error', (v, error) => {
    expect(readNumber(v)).toEqual({ kind: 'error', error });
  });

  test.each<[number, string]>([
    [0.1 + 0.2, '0.3'],
    [758.02, '758.02'],
    [762.25, '762.25'],
    [99.44, '99.44'],
    [-12.5, '-12.5'],
    [0, '0'],
    [1e-7, '1e-7'],
    [4514.45, '4514.45'],
    [1.1 * 3, '3.3'],
    [100000, '100000'],
  ])('JS number %p reads as %s with 15 significant digits, not recovered', (n, value) => {
    const r = readNumber(n);
    expect(r.kind).toBe('number');
    if (r.kind !== 'number') return;
    expect(r.value.equals(value)).toBe(true);
    expect(r.recoveredFrom).toBeUndefined();
  });

  test.each<[number]>([[NaN], [Infinity], [-Infinity]])('%p is not a number', (n) => {
    expect(readNumber(n).kind).toBe('invalid');
  });

  test.each<[string, boolean, NumberReading['kind'], string | null]>([
    ['99.44%', true, 'number', '99.44'],
    ['９９．４４％', true, 'number', '99.44'],
    ['99.44 %', true, 'number', '99.44'],
    ['99.44%', false, 'invalid', null],
    ['99.44', true, 'number', '99.44'],
  ])('%j with allowPercent=%p → %s %s', (text, allowPercent, kind, value) => {
    const r = readNumber(text, { allowPercent });
    expect(r.kind).toBe(kind);
    if (r.kind === 'number') expect(r.value.toString()).toBe(value);
  });
});
