import fc from 'fast-check';
import { Decimal, percentOf } from '../../src/core/decimal';

// Up to 60 significant digits: beyond the 40 of our precision, so rounding is exercised too.
const decimalText = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 60n }), fc.integer({ min: 0, max: 45 }))
  .map(([neg, digits, scale]) => {
    const s = digits.toString().padStart(scale + 1, '0');
    const text = scale === 0 ? s : `${s.slice(0, s.length - scale)}.${s.slice(s.length - scale)}`;
    return (neg ? '-' : '') + text;
  });

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
