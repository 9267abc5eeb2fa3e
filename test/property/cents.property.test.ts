import fc from 'fast-check';
import { centsOf, sumOf } from '../../src/core/cents';
import { Decimal, fromCents, fromExcelNumber, HUNDRED, max, round2, ZERO } from '../../src/core/decimal';
import { linearScore, ratePercent, ratioScore } from '../../src/core/ratios';
import { decimalText } from './support';

/**
 * The integer-hundredths shortcuts (src/core/cents.ts, ratios.ts, fromExcelNumber) against decimal.js's
 * own chains: the same digits, the same sign (−0 included), on random and edge values.
 */

// The representation decimal.js gives: digits, exponent and sign, so −0 and 0 differ.
const same = (a: Decimal, b: Decimal) => {
  expect(a.toString()).toBe(b.toString());
  expect([a.s, a.e, a.d]).toEqual([b.s, b.e, b.d]);
};

/** Integer hundredths over every magnitude up to 10^17 (beyond the shortcut's bound of 10^15). */
const anyCents = fc.oneof(
  fc.integer({ min: -20000, max: 20000 }),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }).map(Number).filter(Number.isSafeInteger),
);
const figureOfCents = anyCents.map((c) => new Decimal(c).div(100));
/** Figures as cells hold them: hundredths, whole numbers, more decimals, huge and tiny ones. */
const figure = fc.oneof(figureOfCents, decimalText(20, 4).map((t) => new Decimal(t)), decimalText(60, 45).map((t) => new Decimal(t)));

describe('centsOf', () => {
  test('gives the integer hundredths of a figure with at most two decimals, and null otherwise', () => {
    fc.assert(
      fc.property(figure, (d) => {
        const c = centsOf(d);
        const twoDp = d.decimalPlaces() <= 2 && d.abs().lessThan(1e13);
        expect(c !== null).toBe(twoDp);
        if (c !== null) {
          expect(Number.isSafeInteger(c)).toBe(true);
          expect(new Decimal(c).div(100).eq(d)).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });

  test('digit-word boundaries and zero', () => {
    for (const t of ['0', '-0', '0.01', '0.1', '9999999.99', '10000000', '10000000.01', '99999999999.99', '9999999999999.99', '10000000000000', '0.001', '1e-7']) {
      const d = new Decimal(t);
      const c = centsOf(d);
      if (c === null) expect(d.decimalPlaces() > 2 || d.abs().gte(1e13)).toBe(true);
      else expect(new Decimal(c).div(100).eq(d)).toBe(true);
    }
  });
});

describe('fromCents and fromExcelNumber', () => {
  test('fromCents(c) is c ÷ 100 as decimal.js makes it', () => {
    fc.assert(fc.property(anyCents, (c) => same(fromCents(c), new Decimal(c).div(100))), { numRuns: 3000 });
  });

  // The 15-digit view fromExcelNumber had before the shortcut, as the oracle.
  const excelView = (n: number): Decimal => {
    if (Number.isInteger(n) && Math.abs(n) < 1e15) return new Decimal(n);
    const s = String(n);
    return new Decimal(s.length <= 15 && !s.includes('e') ? s : n.toPrecision(15));
  };
  const doubles = fc.oneof(
    anyCents.map((c) => c / 100),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: -1e6, max: 1e6 }).map((i) => i / 1000),
    fc.constantFrom(0.1 + 0.2, 1.005, -0, 0.07, 1e13 - 0.01, 99999999999999.98, 123456789012.345),
  );
  test('reads a double as its 15-digit view, with or without the shortcut', () => {
    fc.assert(fc.property(doubles, (n) => expect(fromExcelNumber(n).eq(excelView(n))).toBe(true)), { numRuns: 10000 });
  });
});

describe('sumOf', () => {
  test('is the decimal.js plus chain, −0 and fallbacks included', () => {
    const term = fc.oneof(figure, fc.constant(new Decimal('-0')), fc.constant(new Decimal(0)));
    fc.assert(
      fc.property(fc.array(term, { maxLength: 25 }), fc.option(term, { nil: undefined }), (values, start) => {
        const chain = values.reduce((s, v) => s.plus(v), start ?? new Decimal(0));
        same(sumOf(values, start), chain);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('ratePercent', () => {
  const viaDecimal = (e: Decimal, a: Decimal) => round2(e.div(a).times(HUNDRED));
  const positiveCents = fc.oneof(fc.integer({ min: 1, max: 20000 }), fc.integer({ min: 1, max: 1e12 }), fc.integer({ min: 1, max: 99999999999999 }));

  test('is round2(executed ÷ annual × 100) on random amounts', () => {
    fc.assert(
      fc.property(positiveCents, positiveCents, (e, a) => same(ratePercent(fromCents(e), fromCents(a)), viaDecimal(fromCents(e), fromCents(a)))),
      { numRuns: 5000 },
    );
  });

  test('at and next to every half-hundredth boundary', () => {
    // executed chosen so that executed ÷ annual × 10⁴ is k + ½ (when integral) or one cent either side.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 0, max: 20000 }), fc.integer({ min: -1, max: 1 }), (a, k, shift) => {
        const e = Math.max(1, Math.round(((2 * k + 1) * a) / 20000) + shift);
        same(ratePercent(fromCents(e), fromCents(a)), viaDecimal(fromCents(e), fromCents(a)));
      }),
      { numRuns: 5000 },
    );
  });

  test('falls back to decimal.js beyond hundredths, at zero, and for huge amounts', () => {
    fc.assert(
      fc.property(figure.filter((d) => !d.isZero()), figure.filter((d) => !d.isZero()), (e, a) => same(ratePercent(e, a), viaDecimal(e, a))),
      { numRuns: 3000 },
    );
    for (const [e, a] of [['0', '5'], ['-0', '5'], ['1', '3'], ['2', '3'], ['45035996.27', '1'], ['1', '0.07']]) {
      same(ratePercent(new Decimal(e), new Decimal(a)), viaDecimal(new Decimal(e), new Decimal(a)));
    }
  });
});

describe('ratioScore and linearScore (R3)', () => {
  const ratio = (x: Decimal, y: Decimal, w: Decimal) => round2(max(x.div(y).times(w), ZERO));
  const linear = (x: Decimal, y: Decimal, w: Decimal) => round2(max(new Decimal(2).minus(x.div(y)).times(w), ZERO));
  const amount = fc.oneof(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 0, max: 1e9 })).map(fromCents);
  const divisor = fc.oneof(fc.integer({ min: 1, max: 20000 }), fc.integer({ min: 1, max: 1e9 })).map(fromCents);
  const weight = fc.oneof(fc.integer({ min: -500, max: 10000 }).map(fromCents), decimalText(6, 4).map((t) => new Decimal(t)));

  test('equal the decimal.js chains on random figures', () => {
    fc.assert(
      fc.property(amount, divisor, weight, (x, y, w) => {
        same(ratioScore(x, y, w), ratio(x, y, w));
        same(linearScore(x, y, w), linear(x, y, w));
      }),
      { numRuns: 5000 },
    );
  });

  test('exactly half-way, where decimal.js\'s 40-digit steps decide: (2 − 7 ÷ 6) × 0.03 is 0.025, the chain gives 0.02', () => {
    for (const [x, y, w] of [['5', '6', '0.03'], ['1', '6', '0.03'], ['1', '3', '0.015'], ['1', '8', '0.04'], ['7', '6', '0.03'], ['3', '2', '0.01']]) {
      const [dx, dy, dw] = [x, y, w].map((v) => new Decimal(v));
      same(ratioScore(dx, dy, dw), ratio(dx, dy, dw));
      same(linearScore(dx, dy, dw), linear(dx, dy, dw));
    }
    expect(linearScore(new Decimal(7), new Decimal(6), new Decimal('0.03')).toString()).toBe('0.02');
    // and around it: x·w ÷ y = k + ½ hundredths for small y
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 3000 }), (y, k, w) => {
        const x = Math.round(((2 * k + 1) * y) / (2 * w));
        for (const dx of [x - 1, x, x + 1].filter((v) => v >= 0)) {
          same(ratioScore(fromCents(dx), fromCents(y), fromCents(w)), ratio(fromCents(dx), fromCents(y), fromCents(w)));
          same(linearScore(fromCents(dx), fromCents(y), fromCents(w)), linear(fromCents(dx), fromCents(y), fromCents(w)));
        }
      }),
      { numRuns: 3000 },
    );
  });
});
