/**
 * 输入时检查 reads only the edited form (inlineCheck.ts): an edit inside a located form costs one
 * readRange of that form, whose evaluation replaces the old one while the sheet's other forms keep
 * theirs; an edit outside every form, or a form that moved or vanished, falls back to readSheet.
 * The controller over the FakeWorkbookPort (no React), and the pure helpers of workbook.ts.
 */
import { evaluateWorkbook, FormBinding, Grid, SheetEvaluation, userBindingId, WorkbookEvaluation } from '../../src/core';
import { EditQueue, MAX_ADDRESSES, SheetEdits } from '../../src/taskpane/editQueue';
import { TaskpaneSession } from '../../src/taskpane/session';
import { formsToRead, freshFits, hintsWithin, patchGridRange, replaceForms } from '../../src/taskpane/workbook';
import { addressIn, buildForm, gridOf } from '../support/buildForm';
import { FakeWorkbookPort, sliceGrid } from './fakePort';
import { ANTING, antingSpec, ODD, ODD_BUDGET, ODD_TABLE, oddSheet, wanggeSpec, workbook } from './forms';
import { memoryStore } from './render.helpers';

const noEvents = { addEventListener() {}, removeEventListener() {} };
const TWO = '两张表';
const first = buildForm(antingSpec());
const second = buildForm(wanggeSpec());
const FORM1 = 'A1:I22';
const FORM2 = 'A30:I51';
/** 得分 of form 2's first indicator (分值 15). */
const SCORE2 = addressIn('A30', second.at.indicatorScore[0]);
const SCORE1 = addressIn('A1', first.at.indicatorScore[0]);

/** A sheet with two stacked forms (A1, A30) and a sheet with one. */
function book(extra: Partial<Grid> = {}): Grid[] {
  return [gridOf(TWO, [{ form: first }, { form: second, at: 'A30' }], extra), ...workbook([ANTING, antingSpec()])];
}

async function open(fake: FakeWorkbookPort) {
  const s = new TaskpaneSession(fake, { debounceMs: 5, storage: memoryStore(), storageEvents: noEvents, pause: () => Promise.resolve() });
  await s.start();
  return s;
}

/** Resolves when the next re-check round (past the debounce) has finished, host calls included. */
function settle(s: TaskpaneSession): Promise<void> {
  return new Promise((resolve, reject) => {
    let active = false;
    const timer = setTimeout(() => {
      off();
      reject(new Error('no re-check within 5 s'));
    }, 5000);
    const off = s.subscribe(() => {
      const now = s.getState().rechecking.length > 0;
      if (active && !now) {
        clearTimeout(timer);
        off();
        resolve();
      }
      active = now;
    });
  });
}

const sheetOf = (s: TaskpaneSession, sheet = TWO) => s.getState().evaluation?.sheets.find((x) => x.sheet === sheet) as SheetEvaluation;
const reads = (fake: FakeWorkbookPort, from: number) => fake.calls.slice(from).filter((c) => c.startsWith('read'));

/** The evaluation as a fresh read of the whole workbook gives it (findings, plan, forms' figures). */
function comparable(ev: WorkbookEvaluation | null | undefined) {
  if (!ev) return null;
  return {
    sheets: ev.sheets.map((s) => ({ sheet: s.sheet, forms: s.forms.map((f) => ({ ...f, options: null })), findings: [...s.findings].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) })),
    plan: ev.plan,
  };
}

describe('an edit inside a located form', () => {
  test('form 2 of a sheet with two stacked forms: ONE readRange of form 2, no readSheet; form 1 keeps its evaluation', async () => {
    const fake = new FakeWorkbookPort(book());
    const s = await open(fake);
    const before = s.getState().evaluation as WorkbookEvaluation;
    expect(sheetOf(s).forms.map((f) => f.form.range)).toEqual([FORM1, FORM2]);
    const [form1] = sheetOf(s).forms;
    const antingSheet = sheetOf(s, ANTING);
    const calls = fake.calls.length;

    fake.userEdit(TWO, SCORE2, 16); // 16 in a 得分 worth 15
    await settle(s);

    expect(reads(fake, calls)).toEqual(['readRange']);
    expect(fake.rangeReads).toEqual([{ sheet: TWO, range: FORM2 }]);
    const after = s.getState().evaluation as WorkbookEvaluation;
    expect(after).not.toBe(before);
    expect(sheetOf(s).forms[0]).toBe(form1); // the very same object: not re-evaluated
    expect(sheetOf(s, ANTING)).toBe(antingSheet);
    expect(sheetOf(s).forms[1].form.range).toBe(FORM2);
    expect(after.findings.filter((f) => f.code === 'SCORE_OVER_WEIGHT').map((f) => `${f.sheet}!${f.cell}`)).toEqual([`${TWO}!${SCORE2}`]);
    // the same as reading the whole workbook again
    expect(comparable(after)).toEqual(comparable(evaluateWorkbook(fake.grids, s.evaluateOptions())));
    // the grids kept in memory hold the edit (what 一键重算's patching and the profile switch use)
    const kept = s.lastGrids?.find((g) => g.sheet === TWO) as Grid;
    expect(sliceGrid(kept, SCORE2).values).toEqual([[16]]);
    expect(kept.values.length).toBe(fake.grid(TWO).values.length);
    // markers of form 2 only
    const plan = fake.markerPlans.at(-1);
    expect(plan?.validations.length).toBeGreaterThan(0);
    expect(plan?.validations.every((v) => v.sheet === TWO && Number(v.cell.slice(1)) >= 30)).toBe(true);
    expect(fake.applied).toHaveLength(0);
    s.dispose();
  });

  test('edits in both forms of a sheet in one round: one readRange covering both, both replaced', async () => {
    const fake = new FakeWorkbookPort(book());
    const s = await open(fake);
    const calls = fake.calls.length;
    fake.userEdit(TWO, SCORE1, 20);
    fake.userEdit(TWO, SCORE2, 16);
    fake.userEdit(ANTING, SCORE1, 17);
    await settle(s);
    expect(reads(fake, calls)).toEqual(['readRange', 'readRange']);
    expect(fake.rangeReads).toEqual([
      { sheet: TWO, range: 'A1:I51' },
      { sheet: ANTING, range: FORM1 },
    ]);
    expect(s.getState().evaluation?.findings.filter((f) => f.code === 'SCORE_OVER_WEIGHT').map((f) => `${f.sheet}!${f.cell}`).sort()).toEqual(
      [`${TWO}!${SCORE1}`, `${TWO}!${SCORE2}`, `${ANTING}!${SCORE1}`].sort(),
    );
    expect(comparable(s.getState().evaluation)).toEqual(comparable(evaluateWorkbook(fake.grids, s.evaluateOptions())));
    s.dispose();
  });

  test('a protected sheet: the count of cells it leaves unwritten stays the sheet\'s', async () => {
    const fake = new FakeWorkbookPort(book({ protected: true }));
    const s = await open(fake);
    expect(s.getState().evaluation?.plan.skippedSheets).toEqual([TWO]);
    const calls = fake.calls.length;
    fake.userEdit(TWO, addressIn('A30', second.at.totalScore), 50);
    await settle(s);
    expect(reads(fake, calls)).toEqual(['readRange']);
    const ev = s.getState().evaluation as WorkbookEvaluation;
    expect(ev.findings.filter((f) => f.code === 'SHEET_PROTECTED')).toEqual(evaluateWorkbook(fake.grids).findings.filter((f) => f.code === 'SHEET_PROTECTED'));
    expect(comparable(ev)).toEqual(comparable(evaluateWorkbook(fake.grids, s.evaluateOptions())));
    s.dispose();
  });

  test('a form found through the user\'s bound ranges is re-read alone, with those ranges as hints', async () => {
    const fake = new FakeWorkbookPort([oddSheet(), ...workbook([ANTING, antingSpec()])]);
    const user: FormBinding[] = [
      { id: userBindingId(ODD, 1, 'budget'), sheet: ODD, part: 'budget', range: ODD_BUDGET },
      { id: userBindingId(ODD, 1, 'indicators'), sheet: ODD, part: 'indicators', range: ODD_TABLE },
    ];
    fake.bound.push(...user);
    fake.formMap.push(...user);
    const s = await open(fake);
    const odd = sheetOf(s, ODD).forms;
    expect(odd.map((f) => [f.form.range, f.form.hinted ?? null])).toEqual([
      ['A1:I21', { budget: ODD_BUDGET, indicators: ODD_TABLE }],
      ['A30:I51', null],
    ]);
    const calls = fake.calls.length;
    fake.userEdit(ODD, 'G7', 16); // 得分 of the odd form's first indicator (its table is at A5)
    await settle(s);
    expect(reads(fake, calls)).toEqual(['readRange']);
    expect(fake.rangeReads).toEqual([{ sheet: ODD, range: 'A1:I21' }]);
    expect(sheetOf(s, ODD).forms[0].form.hinted).toEqual({ budget: ODD_BUDGET, indicators: ODD_TABLE });
    expect(sheetOf(s, ODD).forms[1]).toBe(odd[1]);
    expect(comparable(s.getState().evaluation)).toEqual(comparable(evaluateWorkbook(fake.grids, s.evaluateOptions())));
    s.dispose();
  });
});

describe('falling back to readSheet', () => {
  test('an edit outside every form (between the forms, beside them): the sheet is read whole', async () => {
    const fake = new FakeWorkbookPort(book());
    const s = await open(fake);
    const calls = fake.calls.length;
    fake.userEdit(TWO, 'A26', '备注');
    await settle(s);
    expect(reads(fake, calls)).toEqual(['readSheet']);
    fake.userEdit(TWO, 'J40', 1); // one column right of form 2
    await settle(s);
    expect(reads(fake, calls)).toEqual(['readSheet', 'readSheet']);
    // a range reaching out of the form, and whole rows (rows inserted or deleted)
    fake.emitEdit({ sheet: TWO, address: 'I40:J41' });
    await settle(s);
    fake.emitEdit({ sheet: TWO, address: '25:26' });
    await settle(s);
    expect(reads(fake, calls)).toEqual(['readSheet', 'readSheet', 'readSheet', 'readSheet']);
    expect(fake.rangeReads).toEqual([]);
    expect(comparable(s.getState().evaluation)).toEqual(comparable(evaluateWorkbook(fake.grids, s.evaluateOptions())));
    s.dispose();
  });

  test('rows inserted above form 2 (it moved): the re-read range no longer holds it, the sheet is read whole and the result is right', async () => {
    const fake = new FakeWorkbookPort(book());
    const s = await open(fake);
    const calls = fake.calls.length;
    fake.insertRows(TWO, 25, 2); // no event of its own reaches the queue in this round, say
    fake.userEdit(TWO, 'G45', 16); // inside where form 2 was (now 得分 of its 2nd indicator… moved)
    await settle(s);
    expect(reads(fake, calls)).toEqual(['readRange', 'readSheet']);
    expect(fake.rangeReads).toEqual([{ sheet: TWO, range: FORM2 }]);
    expect(sheetOf(s).forms.map((f) => f.form.range)).toEqual([FORM1, 'A32:I53']);
    expect(comparable(s.getState().evaluation)).toEqual(comparable(evaluateWorkbook(fake.grids, s.evaluateOptions())));
    expect(s.lastGrids?.find((g) => g.sheet === TWO)).toEqual(fake.grid(TWO));
    s.dispose();
  });

  test('form 2 cleared (it vanished): fallback, and the sheet has one form left', async () => {
    const fake = new FakeWorkbookPort(book());
    const s = await open(fake);
    const form1 = sheetOf(s).forms[0];
    const calls = fake.calls.length;
    const g = fake.grid(TWO);
    g.values = g.values.slice(0, 29);
    fake.emitEdit({ sheet: TWO, address: FORM2 }); // the user selected the form and pressed Delete
    await settle(s);
    expect(reads(fake, calls)).toEqual(['readRange', 'readSheet']);
    expect(sheetOf(s).forms.map((f) => f.form.range)).toEqual([FORM1]);
    expect(sheetOf(s).forms[0]).not.toBe(form1); // the sheet was evaluated anew
    expect(comparable(s.getState().evaluation)).toEqual(comparable(evaluateWorkbook(fake.grids, s.evaluateOptions())));
    s.dispose();
  });

  test('a new form typed below the last one: outside every known form, read whole, found', async () => {
    const fake = new FakeWorkbookPort(book());
    const s = await open(fake);
    const g = fake.grid(TWO);
    const withThird = gridOf(TWO, [{ form: first }, { form: second, at: 'A30' }, { form: first, at: 'A60' }]);
    g.values = withThird.values;
    g.merges = withThird.merges;
    fake.emitEdit({ sheet: TWO, address: 'A60:I81' });
    await settle(s);
    expect(fake.rangeReads).toEqual([]);
    expect(sheetOf(s).forms.map((f) => f.form.range)).toEqual([FORM1, FORM2, 'A60:I81']);
    s.dispose();
  });

  test('a sheet deleted before its re-read is dropped quietly, whichever read notices it', async () => {
    const fake = new FakeWorkbookPort(book());
    const s = await open(fake);
    fake.grids = fake.grids.filter((g) => g.sheet !== TWO);
    fake.emitEdit({ sheet: TWO, address: SCORE2 });
    await settle(s);
    expect(fake.calls.filter((c) => c === 'readRange')).toHaveLength(1);
    expect(s.getState().evaluation?.sheets.map((x) => x.sheet)).toEqual([ANTING]);
    expect(s.lastGrids?.map((g) => g.sheet)).toEqual([ANTING]);
    expect(s.getState().error).toBeNull();
    s.dispose();
  });
});

describe('workbook helpers for the inline check', () => {
  const ev = () => evaluateWorkbook(book());
  const two = (e: WorkbookEvaluation) => e.sheets.find((x) => x.sheet === TWO) as SheetEvaluation;

  test('formsToRead: the forms holding every edited cell, the smallest range covering them; null otherwise', () => {
    const sheet = two(ev());
    const pick = (addresses: string[]) => {
      const r = formsToRead(sheet, addresses);
      return r && { range: r.range, forms: r.forms.map((f) => f.form.range) };
    };
    expect(pick(['G40'])).toEqual({ range: FORM2, forms: [FORM2] });
    expect(pick(['G40:H41', 'B31'])).toEqual({ range: FORM2, forms: [FORM2] });
    expect(pick([`${TWO}!$G$40`])).toEqual({ range: FORM2, forms: [FORM2] });
    expect(pick(['G10', 'G40'])).toEqual({ range: 'A1:I51', forms: [FORM1, FORM2] });
    expect(pick(['G10, G40'])).toEqual({ range: 'A1:I51', forms: [FORM1, FORM2] });
    expect(pick(['A1:I51'])).toBeNull(); // rows 23–29 lie between the forms
    expect(pick(['A26'])).toBeNull();
    expect(pick(['I40:J40'])).toBeNull();
    expect(pick(['40:40'])).toBeNull();
    expect(pick(['A:A'])).toBeNull();
    expect(pick(['not an address'])).toBeNull();
    expect(pick([])).toBeNull();
    expect(formsToRead(undefined, ['G40'])).toBeNull();
    expect(formsToRead({ sheet: TWO, forms: [], findings: [] }, ['G40'])).toBeNull();
    // a form only partly inside the range covering the edited ones (an odd layout): read whole
    const [f1, f2] = sheet.forms;
    const beside = { ...f2, form: { ...f2.form, range: 'H20:M40' } };
    expect(formsToRead({ ...sheet, forms: [f1, beside] }, ['B5'])).toBeNull();
  });

  test('hintsWithin: the bound ranges reaching into the range, pairs kept together', () => {
    const hints = { budget: ['A5:I9', 'A34:I38', 'A70:I74'], indicators: ['A12:I22', 'A41:I51'] };
    expect(hintsWithin(hints, FORM2)).toEqual({ budget: ['A34:I38'], indicators: ['A41:I51'] });
    expect(hintsWithin(hints, 'A1:I10')).toEqual({ budget: ['A5:I9'], indicators: ['A12:I22'] }); // its partner reaches outside
    expect(hintsWithin(hints, 'A60:I80')).toEqual({ budget: ['A70:I74'], indicators: [] });
    expect(hintsWithin(hints, 'K1:K100')).toBeUndefined();
    expect(hintsWithin(undefined, FORM2)).toBeUndefined();
  });

  test('patchGridRange writes a range read again into the sheet\'s grid (values, formulas, formats, merges, protection); a copy', () => {
    const grid: Grid = {
      sheet: 'S',
      origin: 'B2',
      values: [[1, 2, 3], [4, 5]],
      formulas: [[null, '=B2', null]],
      merges: ['B2:C2', 'D3:D4', 'F9:G9'],
    };
    const part: Grid = { sheet: 'S', origin: 'C3', values: [[50, null], [null, 70]], formulas: [['=1', null], [null, null]], numberFormats: [['0.00%', null], [null, null]], merges: ['D3:D4'], protected: true };
    const out = patchGridRange(grid, part);
    expect(out).toEqual({
      sheet: 'S',
      origin: 'B2',
      values: [[1, 2, 3], [4, 50, null], [null, null, 70]],
      formulas: [[null, '=B2', null], [null, '=1', null], [null, null, null]],
      numberFormats: [[], [null, '0.00%', null], [null, null, null]],
      merges: ['B2:C2', 'F9:G9', 'D3:D4'],
      protected: true,
    });
    expect(grid.values).toEqual([[1, 2, 3], [4, 5]]); // untouched
    // a range above and left of the grid grows it
    const grown = patchGridRange(grid, { sheet: 'S', origin: 'A1', values: [[9]], merges: [] });
    expect(grown.origin).toBe('A1');
    expect(grown.values).toEqual([[9], [null, 1, 2, 3], [null, 4, 5]]);
    expect(grown.formulas).toEqual([[null], [null, null, '=B2', null], []]);
  });

  test('freshFits and replaceForms: the fresh form stands in for the old one only at the same place', () => {
    const base = ev();
    const sheet = two(base);
    const read = formsToRead(sheet, ['G40']);
    if (!read) throw new Error('expected a read');
    const grid = book()[0];
    const fresh = evaluateWorkbook([sliceGrid(grid, FORM2)]);
    expect(freshFits(read, fresh)).toBe(true);
    const next = replaceForms(base, read, fresh);
    expect(two(next).forms[0]).toBe(sheet.forms[0]);
    expect(two(next).forms[1]).toBe(fresh.forms[0]);
    expect(next.sheets[1]).toBe(base.sheets[1]);
    expect(comparable(next)).toEqual(comparable(base));
    // the form one row lower, or gone, or a half form beside it: no fit
    const moved = gridOf(TWO, [{ form: first }, { form: second, at: 'A31' }]);
    expect(freshFits(read, evaluateWorkbook([sliceGrid(moved, FORM2)]))).toBe(false);
    expect(freshFits(read, evaluateWorkbook([{ sheet: TWO, origin: 'A30', values: [[null]], merges: [] }]))).toBe(false);
    expect(freshFits(read, evaluateWorkbook([sliceGrid({ ...grid, protected: true }, FORM2)]))).toBe(false);
  });
});

// the queue hands the addresses over, merged per sheet
test('EditQueue: addresses per sheet, kept for another round when the pane is busy; too many, or one unknown, read the sheet whole', async () => {
  jest.useFakeTimers();
  try {
    const got: SheetEdits[][] = [];
    let busy = true;
    const q = new EditQueue(100, async (edits) => {
      got.push(edits);
      const done = !busy;
      busy = false; // busy the first time only
      return done;
    });
    /** Past the debounce, and the handler's answer taken. */
    const round = async () => {
      jest.advanceTimersByTime(100);
      for (let i = 0; i < 5; i++) await Promise.resolve();
    };
    q.push('A', 'G14');
    q.push('A', 'G14');
    q.push('A', 'H15:H16');
    q.push('B');
    q.push('B', 'C3');
    await round(); // busy: kept
    expect(q.pending).toBe(2);
    await round();
    expect(q.pending).toBe(0);
    q.push('A', 'G20');
    await round();
    const first = [
      { sheet: 'A', addresses: ['G14', 'H15:H16'] },
      { sheet: 'B', addresses: null },
    ];
    expect(got).toEqual([first, first, [{ sheet: 'A', addresses: ['G20'] }]]);
    for (let i = 0; i <= MAX_ADDRESSES; i++) q.push('C', `A${i + 1}`);
    await round();
    expect(got.at(-1)).toEqual([{ sheet: 'C', addresses: null }]);
    q.cancel();
  } finally {
    jest.useRealTimers();
  }
});
