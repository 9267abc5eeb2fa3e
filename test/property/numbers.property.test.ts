import fc from 'fast-check';
import { Decimal, format2, fromExcelNumber, round2 } from '../../src/core/decimal';
import { readNumber } from '../../src/core/numbers';

const FORMAT2_RE = /^-?\d+\.\d{2}$/;

/** Decimals as they arise in the engine: from sheet doubles, and from exact decimal text. */
const sheetDouble = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 });
const decimalText = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 18n }), fc.integer({ min: 0, max: 12 }))
  .map(([neg, digits, scale]) => {
    const s = digits.toString().padStart(scale + 1, '0');
    return `${neg ? '-' : ''}${s.slice(0, s.length - scale)}${scale ? '.' + s.slice(s.length - scale) : ''}`;
  });
const anyDecimal = fc.oneof(sheetDouble.map(fromExcelNumber), decimalText.map((t) => new Decimal(t)));

describe('figures', () => {
  test('format2 always gives exactly two decimals', () => {
    fc.assert(
      fc.property(anyDecimal, (d) => {
        expect(format2(d)).toMatch(FORMAT2_RE);
      }),
      { numRuns: 2000 },
    );
  });

  test('format2 agrees with round2 and never shows -0.00', () => {
    fc.assert(
      fc.property(anyDecimal, (d) => {
        const s = format2(d);
        expect(new Decimal(s).equals(round2(d))).toBe(true);
        expect(s).not.toBe('-0.00');
      }),
      { numRuns: 1000 },
    );
  });

  test('round2 is idempotent and moves a figure by at most half a cent', () => {
    fc.assert(
      fc.property(anyDecimal, (d) => {
        const once = round2(d);
        expect(round2(once).equals(once)).toBe(true);
        expect(once.decimalPlaces()).toBeLessThanOrEqual(2);
        expect(once.minus(d).abs().lessThanOrEqualTo('0.005')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('round2 rounds half up (四舍五入) away from zero at the third decimal', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (c) => {
        const half = new Decimal(c).div(100).plus(c < 0 ? '-0.005' : '0.005');
        const expected = new Decimal(c).plus(c < 0 ? -1 : 1).div(100);
        expect(round2(half).equals(expected)).toBe(true);
      }),
    );
    expect(format2(new Decimal('97.15').times(10).div(100))).toBe('9.72');
  });

  test('readNumber of String(n) for a two-decimal n gives n', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (c) => {
        const n = c / 100;
        const exact = new Decimal(c).div(100);
        const fromText = readNumber(String(n));
        expect(fromText.kind).toBe('number');
        if (fromText.kind === 'number') expect(fromText.value.equals(exact)).toBe(true);
        const fromNumber = readNumber(n);
        expect(fromNumber.kind).toBe('number');
        if (fromNumber.kind === 'number') expect(fromNumber.value.equals(exact)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('readNumber sees through OCR artefacts: spaces, full width, thousands separators', () => {
    const toFullWidth = (s: string) => s.replace(/[0-9.,]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.nat(), fc.boolean(), (c, spaces, fullWidth) => {
        const exact = new Decimal(c).div(100);
        const [whole, frac] = exact.toFixed(2).split('.');
        let text = `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
        // Insert spaces after some punctuation, as OCR does (`4, 514. 45`).
        text = text.replace(/[,.]/g, (p) => (spaces % 2 ? `${p} ` : p));
        if (fullWidth) text = toFullWidth(text);
        const r = readNumber(text);
        expect(r.kind).toBe('number');
        if (r.kind === 'number') expect(r.value.equals(exact)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  // Huge figures must never switch to exponent notation (a plan entry '1e+42.00' is no number).
  test('format2 of a figure ≥ 1e40 still has plain digits', () => {
    expect(format2(new Decimal('1e40'))).toMatch(FORMAT2_RE);
  });
});
