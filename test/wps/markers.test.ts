/** The WPS markers over the fake ET: validations and format conditions the add-in adds, records and removes — only its own. */
import type { MarkerPlan } from '../../src/core';
import { XL_BETWEEN, XL_EXPRESSION, XL_VALIDATE_DECIMAL, XL_VALID_ALERT_STOP } from '../../src/wps/et';
import { MARK_COLOR, MARKER_LABELS } from '../../src/wps/markerRules';
import { createWpsMarkers, MARKERS_KEY } from '../../src/wps/markers';
import { createWpsSettings } from '../../src/wps/settings';
import { openFake, reopen, sheetGrid, type TestContext } from './storeContext';
import type { FakeEt } from './fakeEt';

const S = '表一';
const T = '表二';

const port = (ctx: TestContext) => {
  const settings = createWpsSettings(ctx);
  return { settings, markers: createWpsMarkers(ctx, settings) };
};

function workbook() {
  const opened = openFake([sheetGrid(S), sheetGrid(T), sheetGrid('锁定', [['x']], { protected: true })]);
  return { ...opened, ...port(opened.ctx) };
}

function planFor(sheet: string, rows: number[]): MarkerPlan {
  return {
    validations: rows.map((r) => ({ sheet, cell: `G${r}`, max: '10.00' })),
    conditionals: rows.flatMap((r) => [
      { sheet, cell: `G${r}`, kind: 'scoreOverWeight' as const, scoreCell: `G${r}`, weightCell: `F${r}` },
      { sheet, cell: `H${r}`, kind: 'deviationMissing' as const, scoreCell: `G${r}`, weightCell: `F${r}` },
    ]),
  };
}

const ws = (fake: FakeEt, sheet: string) => fake.app.ActiveWorkbook!.Worksheets.Item(sheet);

describe('WPS markers', () => {
  test('apply: a decimal 0…分值 validation with the Chinese stop alert, and the two format conditions', async () => {
    const { fake, markers } = workbook();
    const result = await markers.apply(planFor(S, [14]));
    expect(result).toEqual({ added: 3, userValidationKept: [] });
    expect(fake.book.validations(S)).toEqual([
      { range: 'G14', type: XL_VALIDATE_DECIMAL, alertStyle: XL_VALID_ALERT_STOP, operator: XL_BETWEEN, formula1: '0', formula2: '10.00', errorTitle: MARKER_LABELS.errorTitle, errorMessage: MARKER_LABELS.errorMessage('10.00') },
    ]);
    expect(fake.book.formatConditions(S).map((c) => [c.range, c.type, c.formula1, c.interiorColor])).toEqual([
      ['G14', XL_EXPRESSION, '=AND(ISNUMBER($G$14),ISNUMBER($F$14),$G$14>$F$14)', MARK_COLOR.scoreOverWeight],
      ['H14', XL_EXPRESSION, '=AND(ISNUMBER($G$14),ISNUMBER($F$14),$G$14<$F$14,LEN(TRIM($H$14))=0)', MARK_COLOR.deviationMissing],
    ]);
  });

  test('applying again replaces ours (no pile-up); the record survives save and reopen, then clear removes it all', async () => {
    const { fake, markers } = workbook();
    await markers.apply(planFor(S, [14, 15]));
    await markers.apply(planFor(S, [14, 15]));
    expect(fake.book.validations(S)).toHaveLength(2);
    expect(fake.book.formatConditions(S)).toHaveLength(4);
    const { fake: reopened, ctx } = reopen(fake);
    expect(reopened.book.pluginStorage().size).toBe(0);
    expect(await port(ctx).settings.get(MARKERS_KEY)).toMatchObject({ validations: [{ cell: 'G14' }, { cell: 'G15' }] });
    expect(await port(ctx).markers.clear()).toBe(6);
    expect(reopened.book.validations(S)).toEqual([]);
    expect(reopened.book.formatConditions(S)).toEqual([]);
    expect(await port(ctx).markers.clear()).toBe(0);
  });

  test("the user's own validation is kept and reported; clear leaves the user's validation and format conditions", async () => {
    const { fake, markers } = workbook();
    const mine = ws(fake, S).Range('G15').Validation;
    mine.Add(XL_VALIDATE_DECIMAL, XL_VALID_ALERT_STOP, XL_BETWEEN, '0', '5');
    mine.ErrorTitle = '我的规则';
    ws(fake, S).Range('G14').FormatConditions.Add(XL_EXPRESSION, undefined, '=G14<0');
    const result = await markers.apply(planFor(S, [14, 15]));
    expect(result.userValidationKept).toEqual([{ sheet: S, cell: 'G15' }]);
    expect(result.added).toBe(5);
    expect(await markers.clear()).toBe(5);
    expect(fake.book.validations(S)).toEqual([expect.objectContaining({ range: 'G15', formula2: '5', errorTitle: '我的规则' })]);
    expect(fake.book.formatConditions(S).map((c) => [c.range, c.formula1])).toEqual([['G14', '=G14<0']]);
  });

  test('clear leaves a recorded cell whose validation the user has changed, and conditions no longer there', async () => {
    const { fake, markers } = workbook();
    await markers.apply(planFor(S, [14]));
    const v = ws(fake, S).Range('G14').Validation;
    v.Delete();
    v.Add(XL_VALIDATE_DECIMAL, XL_VALID_ALERT_STOP, XL_BETWEEN, '0', '7'); // the user's own 分值 now
    v.ErrorTitle = MARKER_LABELS.errorTitle;
    ws(fake, S).Range('H14').FormatConditions.Item(1).Delete();
    expect(await markers.clear()).toBe(1); // G14's format condition only
    expect(fake.book.validations(S).map((x) => x.formula2)).toEqual(['7']);
  });

  test('a condition of ours already on the target cell (moved there by inserted rows) is not doubled', async () => {
    const { fake, markers } = workbook();
    const plan = planFor(S, [14]);
    ws(fake, S).Range('G14').FormatConditions.Add(XL_EXPRESSION, undefined, '=AND(ISNUMBER($G$14),ISNUMBER($F$14),$G$14>$F$14)');
    await markers.apply(plan);
    expect(fake.book.formatConditions(S).map((c) => c.range)).toEqual(['G14', 'H14']);
  });

  test("a scoped plan replaces only the markers inside its scope; another sheet's stay", async () => {
    const { fake, markers } = workbook();
    await markers.apply({ validations: [...planFor(S, [14, 40]).validations, ...planFor(T, [5]).validations], conditionals: [] });
    const scoped: MarkerPlan = { validations: [{ sheet: S, cell: 'G40', max: '8.00' }], conditionals: [], scope: [{ sheet: S, range: 'A30:I50' }] };
    expect(await markers.apply(scoped)).toEqual({ added: 1, userValidationKept: [] });
    expect(fake.book.validations(S).map((x) => [x.range, x.formula2])).toEqual([
      ['G14', '10.00'],
      ['G40', '8.00'],
    ]);
    expect(fake.book.validations(T)).toHaveLength(1);
    await markers.apply({ validations: [], conditionals: [], scope: [{ sheet: S, range: 'A30:I50' }] });
    expect(fake.book.validations(S).map((x) => x.range)).toEqual(['G14']);
    expect(await markers.clear()).toBe(2);
  });

  test('protected sheets are skipped without an error; what was recorded there stays recorded', async () => {
    const { fake, markers } = workbook();
    const result = await markers.apply({ ...planFor('锁定', [3]), validations: [...planFor('锁定', [3]).validations, ...planFor(S, [3]).validations] });
    expect(result.added).toBe(1);
    expect(fake.book.validations('锁定')).toEqual([]);
    fake.book.protect(S);
    expect(await markers.clear()).toBe(0);
    expect(fake.book.validations(S)).toHaveLength(1);
    fake.book.protect(S, false);
    expect(await markers.clear()).toBe(1);
    expect(fake.book.validations(S)).toEqual([]);
  });

  test("a deleted sheet's markers drop out of the record", async () => {
    const { fake, markers, settings } = workbook();
    await markers.apply(planFor(T, [5]));
    fake.book.deleteSheet(T);
    expect(await markers.clear()).toBe(0);
    expect(await settings.get(MARKERS_KEY)).toBeUndefined();
  });
});
