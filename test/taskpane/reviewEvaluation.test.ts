/** The review in evaluations put together from parts: slices of a large workbook, a sheet evaluated alone. */
import { evaluateWorkbook, recordSheet, REVIEW_SHEET } from '../../src/core';
import { specAsGrid, withoutReview, withReview } from '../../src/taskpane/reviewEvaluation';
import { evaluateInSlices } from '../../src/taskpane/workbook';
import { defaultSettings } from '../../src/taskpane/settings';
import { antingSpec, workbook } from './forms';
import { itemRows } from './review.helpers';

const options = { profile: defaultSettings().profile };
const sheets = () => workbook(...Array.from({ length: 12 }, (_, i) => [`表${i + 1}`, antingSpec()] as [string, ReturnType<typeof antingSpec>]));

function withRecord() {
  const grids = sheets();
  const made = recordSheet(evaluateWorkbook(grids, options).forms, null, options, grids.map((g) => g.sheet));
  const rec = specAsGrid(made!.spec);
  const [first] = itemRows(rec, '表3');
  rec.values[first.row - 1][6] = 20; // above its 分值: REVIEW_SCORE_OVER_WEIGHT
  return [...grids, rec];
}

const codes = (fs: { code: string; sheet: string; cell: string | null }[]) => fs.map((f) => `${f.code}@${f.sheet}!${f.cell}`).sort();

test('slices (12 sheets and the record): the same review and review findings as one evaluation, none bogus', async () => {
  const grids = withRecord();
  const whole = evaluateWorkbook(grids, options);
  const sliced = await evaluateInSlices(grids, options, () => undefined, () => Promise.resolve(), (() => { let t = 0; return () => (t += 100); })());
  expect(codes(sliced.reviewFindings ?? [])).toEqual(codes(whole.reviewFindings ?? []));
  expect(codes(sliced.findings)).toEqual(codes(whole.findings));
  expect(sliced.review?.forms).toHaveLength(12);
  expect(codes(whole.reviewFindings ?? [])).toEqual([expect.stringMatching(/^REVIEW_SCORE_OVER_WEIGHT@复核记录!G\d+$/)]);
});

test('the record evaluated alone has no review; withReview puts back exactly one', () => {
  const grids = withRecord();
  const alone = evaluateWorkbook([grids.at(-1)!], options);
  expect((alone.reviewFindings ?? []).length).toBeGreaterThan(10); // every row an orphan: no form to match
  expect(withoutReview(alone).findings).toEqual([]);
  const whole = evaluateWorkbook(grids, options);
  const again = withReview(whole, grids, options, whole);
  expect(codes(again.findings)).toEqual(codes(whole.findings));
  expect(again.sheets.find((s) => s.sheet === REVIEW_SHEET)?.findings).toHaveLength(1);
});
