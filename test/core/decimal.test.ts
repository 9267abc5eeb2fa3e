import { Decimal, format2, format2OrNull, fromExcelNumber, round2 } from '../../src/core/decimal';

describe('decimal arithmetic (SPEC §3: decimal, 四舍五入 to 2 dp)', () => {
  test('97.15 × 10 ÷ 100 is exactly 9.715 and rounds half-up to 9.72 (floats give 9.71)', () => {
    const d = new Decimal('97.15').times(10).div(100);
    expect(d.toString()).toBe('9.715');
    expect(format2(round2(d))).toBe('9.72');
    expect((97.15 * 10 / 100).toFixed(2)).toBe('9.71');
  });

  test.each<[string, string]>([
    ['9.715', '9.72'],
    ['9.714999', '9.71'],
    ['0.005', '0.01'],
    ['0.004999', '0.00'],
    ['-9.715', '-9.72'],
    ['99.445', '99.45'],
    ['1.005', '1.01'],
    ['2.675', '2.68'],
  ])('round2(%s) = %s', (v, r) => {
    expect(format2(round2(new Decimal(v)))).toBe(r);
  });

  test.each<[string, string]>([
    ['0', '0.00'],
    ['-0', '0.00'],
    ['-0.001', '0.00'],
    ['-0.004', '0.00'],
    ['-0.005', '-0.01'],
    ['5', '5.00'],
    ['5.1', '5.10'],
    ['99.95', '99.95'],
    ['-12.5', '-12.50'],
    ['-3', '-3.00'],
    ['1e-7', '0.00'],
    ['0.0000001', '0.00'],
    ['1e21', '1000000000000000000000.00'],
    ['123456789012345678901234.567', '123456789012345678901234.57'],
    ['4514.45', '4514.45'],
    ['100', '100.00'],
  ])('format2(%s) = %s', (v, s) => {
    expect(format2(new Decimal(v))).toBe(s);
  });

  test.each<[number, string]>([
    [-0, '0.00'],
    [1e21, '1000000000000000000000.00'],
    [1e-7, '0.00'],
    [0.1 + 0.2, '0.30'],
    [758.02 / 762.25 * 100, '99.45'],
  ])('format2(fromExcelNumber(%p)) = %s', (n, s) => {
    expect(format2(fromExcelNumber(n))).toBe(s);
  });

  test.each<[Decimal | null | undefined, string | null]>([
    [null, null],
    [undefined, null],
    [new Decimal('7.875'), '7.88'],
  ])('format2OrNull(%p) = %p', (d, s) => {
    expect(format2OrNull(d)).toBe(s);
  });
});
