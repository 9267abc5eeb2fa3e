import fc from 'fast-check';
import { toA1 } from '../../src/core/a1';
import { evaluateWorkbook } from '../../src/core/evaluate';
import { CellValue, Grid } from '../../src/core/grid';
import { readNumber } from '../../src/core/numbers';
import { PROFILES } from '../../src/core/profile';
import { addressIn, buildForm, gridOf } from '../support/buildForm';
import { anyCellValue, ERROR_VALUES, randomForm } from './support';

const NUMERIC_LOOKALIKES = ['-', '—', '/', '无', '', ' ', '\n', '=1+1', '100.00(%)', '≥90.00(%)', '１２３', '1 234,5', '(12)', '12-', '--3'];

const origin = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 30 })).map(([r, c]) => toA1(r, c));

/** Merges near the grid (valid, overlapping, reversed, outside) and malformed ones. */
const merge = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.nat(40), fc.nat(20), fc.nat(40), fc.nat(20)).map(([a, b, c, d]) => `${toA1(a, b)}:${toA1(c, d)}`) },
  { weight: 1, arbitrary: fc.constantFrom('', 'A', 'A0:B2', 'ZZZZ1', 'A1:', ':B2', 'Sheet1!A1:B2', '$A$1:$C$3', 'XFD1:A1', 'A1:XFD3') },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

const randomGrid: fc.Arbitrary<Grid> = fc
  .record({
    sheet: fc.oneof(fc.constantFrom('Sheet1', '项目支出绩效自评表', ''), fc.string({ maxLength: 6 })),
    origin,
    rows: fc.array(fc.array(anyCellValue, { maxLength: 14, size: 'max' }), { maxLength: 28, size: 'max' }),
    merges: fc.array(merge, { maxLength: 8 }),
    withFormulas: fc.boolean(),
    percent: fc.boolean(),
    protected: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map((r) => {
    const g: Grid = { sheet: r.sheet, origin: r.origin, values: r.rows, merges: r.merges, protected: r.protected };
    if (r.withFormulas) g.formulas = r.rows.map((row) => row.map((v, j) => (j % 3 === 0 && v !== null ? '=A1+1' : null)));
    if (r.percent) g.numberFormats = r.rows.map((row) => row.map((_, j) => (j % 2 ? '0.00%' : null)));
    return g;
  });

/** A real form at a random offset with random cells overwritten and random rows dropped. */
const damagedForm: fc.Arbitrary<Grid> = fc
  .record({
    form: randomForm,
    at: origin,
    edits: fc.array(fc.tuple(fc.nat(40), fc.nat(10), anyCellValue), { maxLength: 25 }),
    drop: fc.array(fc.nat(40), { maxLength: 4 }),
    keepMerges: fc.boolean(),
  })
  .map(({ form, at, edits, drop, keepMerges }) => {
    const g = gridOf('表', [{ form: buildForm(form.spec), at }]);
    for (const [r, c, v] of edits) {
      const row = g.values[r];
      if (row && c < row.length) row[c] = v;
    }
    g.values = g.values.filter((_, i) => !drop.includes(i));
    if (!keepMerges) g.merges = g.merges.filter((_, i) => i % 2 === 0);
    return g;
  });

describe('no input throws', () => {
  test('random grids (values, labels, merges, origins, formulas, formats)', () => {
    fc.assert(
      fc.property(fc.array(randomGrid, { minLength: 1, maxLength: 3 }), fc.boolean(), fc.constantFrom(...Object.keys(PROFILES)), (grids, byRule, profile) => {
        const ev = evaluateWorkbook(grids, { profile: PROFILES[profile], scoreByRule: byRule });
        expect(ev.sheets).toHaveLength(grids.length);
      }),
      { numRuns: 1000 },
    );
  });

  test('a merge over a whole column (A1:A1048576) is handled', () => {
    const g = gridOf('表', [{ form: buildForm({ funds: { total: [1, 1, 1] }, indicators: [['产出指标', '数量指标', 'a', '=1', '1', 90, 90]] }), at: 'B1' }]);
    g.merges.push('A1:A1048576');
    expect(evaluateWorkbook([g]).forms).toHaveLength(1);
  });

  test('damaged real forms (cells overwritten, rows dropped, merges lost)', () => {
    fc.assert(
      fc.property(damagedForm, fc.boolean(), (grid, byRule) => {
        evaluateWorkbook([grid], { profile: PROFILES.standard, scoreByRule: byRule });
      }),
      { numRuns: 500 },
    );
  });

  test('forms stacked and side by side on one sheet', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(randomForm, origin), { minLength: 1, maxLength: 3 }), (placed) => {
        evaluateWorkbook([gridOf('表', placed.map(([f, at]) => ({ form: buildForm(f.spec), at })))]);
      }),
      { numRuns: 60 },
    );
  });

  test('random strings and error values in the numeric cells of a valid form', () => {
    // No form labels here: 总分 or 项目支出绩效自评表 in a cell legitimately changes the form's
    // structure (the locator ends the indicator table there); the other tests cover that.
    const junk: fc.Arbitrary<CellValue> = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.fullUnicodeString({ maxLength: 8 }),
      fc.constantFrom(...NUMERIC_LOOKALIKES),
      fc.constantFrom('4, 514. 45', '３３６９．８７', '99. 44', '758. ()2', '1e5', '12.', '.5', '+3', '-0', '1,23', '¥12', '12万元', '3分', '50%', 'NaN'),
      fc.constantFrom(...ERROR_VALUES),
    );
    fc.assert(
      fc.property(randomForm, fc.array(fc.tuple(fc.constantFrom('initial', 'annual', 'executed', 'weight', 'score'), fc.nat(20), junk), { minLength: 1, maxLength: 6 }), ({ spec }, edits) => {
        const form = buildForm(spec);
        const rows = form.rows;
        // Numeric cells: amounts of the 年度资金总额 row, indicator 分值/得分.
        const totalRow = form.at.budgetScore[0];
        const injected = new Map<string, CellValue>();
        for (const [field, n, v] of edits) {
          let pos: [number, number];
          if (field === 'initial' || field === 'annual' || field === 'executed') pos = [totalRow, { initial: 2, annual: 3, executed: 4 }[field]];
          else {
            const at = form.at.indicatorScore[n % form.at.indicatorScore.length];
            pos = field === 'weight' ? [at[0], 5] : at;
          }
          rows[pos[0]][pos[1]] = v;
          injected.set(addressIn('A1', pos), v);
        }
        const ev = evaluateWorkbook([gridOf('表', [{ form }])]);
        expect(ev.forms).toHaveLength(1);
        const f = ev.forms[0];
        expect(f.indicators).toHaveLength(spec.indicators.length);
        const total = f.funds.find((x) => x.kind === 'total')!;
        const figureAt = new Map<string, unknown>([
          [total.row.initial!.cell, total.initial],
          [total.row.annual!.cell, total.annual],
          [total.row.executed!.cell, total.executed],
          ...f.indicators.flatMap((i) => [[i.row.weight!.cell, i.weight], [i.row.score!.cell, i.score]] as [string, unknown][]),
        ]);
        for (const [cell, v] of injected) {
          const codes = f.findings.filter((x) => x.cell === cell).map((x) => x.code);
          const r = readNumber(v);
          const figure = figureAt.get(cell);
          if (r.kind === 'invalid') {
            expect(codes).toContain('VALUE_NOT_NUMBER');
            expect(figure).toBeNull();
          } else if (r.kind === 'error') {
            expect(codes).toContain('CELL_ERROR');
            expect(figure).toBeNull();
          } else if (r.kind === 'blank') {
            expect(figure).toBeNull();
            expect(codes).not.toContain('VALUE_NOT_NUMBER');
          } else {
            // A number (recovered from text): the figure, unless a negative amount was refused.
            expect(codes).toContain('VALUE_RECOVERED');
            if (figure !== null) expect(String(figure)).toBe(r.value.toString());
            else expect(codes).toContain('NEGATIVE_AMOUNT');
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
