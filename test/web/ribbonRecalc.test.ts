/**
 * 一键重算 from the ribbon (src/commands/ribbonRecalc.ts), against the fake port: the same
 * recalculation as the pane, the stored profile, the undo record and the sheet list left in the
 * workbook for the pane and the next ribbon run.
 */
import { FormBinding, LastWrite, SETTING_KEYS, undoPlan, userBindingId, WorkbookPort } from '../../src/core';
import { recalculateFromRibbon } from '../../src/commands/ribbonRecalc';
import { FakeWorkbookPort } from '../taskpane/fakePort';
import { buildForm, gridOf } from '../support/buildForm';
import { partsOf, rearrange } from '../support/rearrange';

const form = () =>
  buildForm({
    funds: { total: [752.94, 762.25, 758.02], current: [752.94, 762.25, 758.02], carry: [0, 0, 0], other: [0, 0, 0] },
    rates: { total: 99.44, current: 99.44, carry: 0, other: 0 },
    budgetScore: 9.94,
    indicators: [['产出指标', '数量指标', '完成率', '=100%', '100%', 90, 90]],
    totalScore: 99.94,
    grade: '优',
  });

function setup() {
  const port = new FakeWorkbookPort([gridOf('城运日常', [{ form: form() }])]);
  const opened: (string[] | null)[] = [];
  const deps = { settings: port.settings, openPort: (known: string[] | null): WorkbookPort => (opened.push(known), port), now: () => 1234 };
  return { port, opened, deps };
}

test('writes the plan, stores what it wrote (for 撤销上次重算) and the sheet list', async () => {
  const { port, opened, deps } = setup();
  const out = await recalculateFromRibbon(deps);
  expect(out).toEqual({ written: 4, skipped: 0, forms: 1, errors: 0 });
  expect(opened).toEqual([null]);
  const last = port.store.get(SETTING_KEYS.lastWrite) as LastWrite;
  expect(last.at).toBe(1234);
  expect(last.entries.map((e) => [e.cell, e.before, e.after.text])).toEqual([
    ['G6', 99.44, '99.45'],
    ['G7', 99.44, '99.45'],
    ['H6', 9.94, '9.95'],
    ['G14', 99.94, '99.95'],
  ]);
  expect(port.store.get(SETTING_KEYS.sheets)).toEqual(['城运日常']);
  // The next run opens the port with the remembered sheets and finds nothing left to write.
  const again = await recalculateFromRibbon(deps);
  expect(opened).toEqual([null, ['城运日常']]);
  expect(again.written).toBe(0);
  // The stored record undoes the ribbon's write.
  await port.apply(undoPlan(last.entries));
  const g = port.grids[0];
  expect(g.values[5][6]).toBe(99.44);
});

test('uses the profile stored in the workbook (single-step rounding gives 9.94)', async () => {
  const { port, deps } = setup();
  port.store.set(SETTING_KEYS.profile, { name: 'standard', rateRounding: 'single-step' });
  await recalculateFromRibbon(deps);
  const last = port.store.get(SETTING_KEYS.lastWrite) as LastWrite;
  expect(last.entries.map((e) => e.cell)).not.toContain('H6');
});

test('a host failure propagates (the command then leaves the request for the pane)', async () => {
  const { port, deps } = setup();
  port.fail('read');
  await expect(recalculateFromRibbon(deps)).rejects.toMatchObject({ code: 'protected' });
  expect(port.store.has(SETTING_KEYS.lastWrite)).toBe(false);
});

test('an odd layout the user bound (indicator table above the budget block) is found from the saved form map', async () => {
  const built = form();
  const parts = partsOf(built);
  const tableRows = parts.table[1] - parts.table[0] + 1;
  const budgetRows = parts.budget[1] - parts.budget[0] + 1;
  const odd = rearrange(built, { head: 'A1', table: 'A5', budget: `A${5 + tableRows + 2}`, goal: `A${5 + tableRows + 2 + budgetRows + 1}` });
  const port = new FakeWorkbookPort([gridOf('奇特版式', [{ form: odd }])]);
  const deps = { settings: port.settings, openPort: (): WorkbookPort => port };
  const budgetTop = 5 + tableRows + 2;
  const formMap: FormBinding[] = [
    { id: userBindingId('奇特版式', 1, 'budget'), sheet: '奇特版式', part: 'budget', range: `A${budgetTop}:I${budgetTop + budgetRows - 1}` },
    { id: userBindingId('奇特版式', 1, 'indicators'), sheet: '奇特版式', part: 'indicators', range: `A5:I${5 + tableRows - 1}` },
  ];
  // Without the user's ranges the form is not evaluated (its table stands above its budget block).
  expect((await recalculateFromRibbon(deps)).forms).toBe(0);
  port.store.set(SETTING_KEYS.bindings, formMap);
  const out = await recalculateFromRibbon(deps);
  expect(out.forms).toBe(1);
  expect(out.written).toBe(4);
});
