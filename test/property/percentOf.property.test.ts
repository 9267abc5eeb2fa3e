import fc from 'fast-check';
import { Decimal, percentOf } from '../../src/core/decimal';
import { decimalText as decimalTextOf } from './support';

// Up to 60 significant digits: beyond the 40 of our precision, so rounding is exercised too.
const decimalText = decimalTextOf(60, 45);

describe('percentOf (× 0.01 instead of ÷ 100)', () => {
  test('gives exactly what div(100) gives, digits and rounding included', () => {
    fc.assert(
      fc.property(decimalText, (t) => {
        const x = new Decimal(t);
        const viaDiv = x.div(100);
        const viaTimes = percentOf(x);
        expect(viaTimes.toString()).toBe(viaDiv.toString());
        expect(viaTimes.isNegative()).toBe(viaDiv.isNegative());
      }),
      { numRuns: 5000 },
    );
  });

  test('a product of two 2-dp figures, as budgetScore forms it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 0, max: 10000 }), (rate, weight) => {
        const x = new Decimal(rate).div(100).times(new Decimal(weight).div(100));
        expect(percentOf(x).toString()).toBe(x.div(100).toString());
      }),
      { numRuns: 2000 },
    );
  });
});
