import fc from 'fast-check';
import { cmp, Decimal, max, min } from '../../src/core/decimal';
import { decimalText as decimalTextOf } from './support';

const decimalText = decimalTextOf();

describe('cmp (allocation-free comparison)', () => {
  test('agrees with decimal.js comparedTo on arbitrary decimals', () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        const x = new Decimal(a);
        const y = new Decimal(b);
        expect(cmp(x, y)).toBe(x.comparedTo(y));
        expect(cmp(y, x)).toBe(y.comparedTo(x));
        expect(cmp(x, x)).toBe(0);
      }),
      { numRuns: 3000 },
    );
  });

  test.each([
    ['0', '-0', 0], ['1', '1.0000000', 0], ['10000000', '9999999.99999999', 1], ['-0.01', '0', -1],
    ['-5', '-4.9999999999', -1], ['99.45', '99.449999999999999999999', 1], ['1e-30', '0', 1],
  ])('cmp(%s, %s) = %i', (a, b, expected) => {
    expect(cmp(new Decimal(a), new Decimal(b))).toBe(expected);
  });

  test('min and max return one of their arguments', () => {
    const a = new Decimal('2.50');
    const b = new Decimal('2.5');
    expect(min(a, new Decimal(3))).toBe(a);
    expect(max(new Decimal(-1), b)).toBe(b);
  });
});
