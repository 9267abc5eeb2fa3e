/**
 * Layout variants (test/layouts): the seed data rendered in layouts mixed from independent axes
 * must be found, give the seed layout's figures, and be recalculated in output cells only.
 * fast-check prints the seed, path and failing SheetLayout; LAYOUT_SEED=<seed> [LAYOUT_PATH=<path>]
 * replays a run.
 */
import fc from 'fast-check';
import { checkFigures, checkFound, checkPlan, evaluate } from '../layouts/check';
import { sheetArb } from '../layouts/layout';
import { renderSheet } from '../layouts/render';
import { PROJECTS } from '../layouts/seed';

const sheets = sheetArb(PROJECTS.length);
const replay = process.env.LAYOUT_SEED ? { seed: Number(process.env.LAYOUT_SEED), path: process.env.LAYOUT_PATH } : {};
const params: fc.Parameters<[unknown]> = { numRuns: 150, ...replay };

describe('generated layouts', () => {
  test('the generator is deterministic: the same layout gives the same grid', () => {
    fc.assert(
      fc.property(sheets, (s) => {
        expect(renderSheet(s).grid).toEqual(renderSheet(s).grid);
      }),
      { ...params, numRuns: 20 },
    );
  });

  test('1. every generated form is found, and none is incomplete', () => {
    fc.assert(
      fc.property(sheets, (s) => {
        const sheet = renderSheet(s);
        checkFound(evaluate(sheet.grid), sheet);
      }),
      params,
    );
  });

  test('2. its figures and finding codes equal those of the same data in the seed layout', () => {
    fc.assert(
      fc.property(sheets, (s) => {
        const sheet = renderSheet(s);
        checkFigures(evaluate(sheet.grid), sheet);
      }),
      params,
    );
  });

  test('3. recalculation writes output cells only, and leaves no STALE_VALUE/ROUNDING_DIFF', () => {
    fc.assert(
      fc.property(sheets, (s) => {
        const sheet = renderSheet(s);
        checkPlan(evaluate(sheet.grid), sheet);
      }),
      params,
    );
  });
});
