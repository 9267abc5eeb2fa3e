/**
 * The bindings' lifecycle in the controller (SPEC: each located form's budget block and indicator
 * table bound, the form map saved in the workbook; reopening finds them without re-detection; a
 * binding lost or a layout changed is re-detected and said so; the user binds odd layouts).
 */
import { requestAction } from '../../src/bridge/requests';
import { Grid } from '../../src/core';
import { TaskpaneSession } from '../../src/taskpane/session';
import { FakeWorkbookPort, hostError } from './fakePort';
import { ANTING, antingSpec, ODD, ODD_BUDGET, ODD_TABLE, oddSheet, WANGGE, wanggeSpec, workbook } from './forms';
import { memoryStore } from './render.helpers';

const noEvents = { addEventListener() {}, removeEventListener() {} };

/** A task pane opened on the workbook (a new session: the file opened again). */
async function open(fake: FakeWorkbookPort, storage = memoryStore()) {
  const s = new TaskpaneSession(fake, { storage, storageEvents: noEvents, pause: () => Promise.resolve() });
  await s.start();
  return s;
}

const two = () => workbook([ANTING, antingSpec()], [WANGGE, wanggeSpec()]);
const bindingCalls = (fake: FakeWorkbookPort, from = 0) => fake.calls.slice(from).filter((c) => c.startsWith('bindings.'));
const ranges = (fake: FakeWorkbookPort) => fake.bound.map((b) => `${b.id}=${b.range}`).sort();
const codes = (s: TaskpaneSession) => (s.getState().evaluation?.findings ?? []).map((f) => `${f.code}@${f.sheet}!${f.cell}`);

const BOUND_TWO = [
  `jixiao:${WANGGE}:1:budget=A5:H9`,
  `jixiao:${WANGGE}:1:indicators=A12:I22`,
  `jixiao:${ANTING}:1:budget=A5:H9`,
  `jixiao:${ANTING}:1:indicators=A12:I22`,
].sort();

describe('automatic bindings', () => {
  test('the first open binds every form quietly; later checks ask nothing of the host when nothing changed', async () => {
    const fake = new FakeWorkbookPort(two());
    const s = await open(fake);
    expect(fake.calls.filter((c) => c === 'read' || c.startsWith('bindings.'))).toEqual(['read', 'bindings.status', 'bindings.bind']);
    expect(ranges(fake)).toEqual(BOUND_TWO);
    expect(fake.formMap.map((b) => b.id).sort()).toEqual(BOUND_TWO.map((x) => x.split('=')[0]));
    expect(s.getState().notice?.type).toBe('checked'); // never bound before: nothing was lost, nothing said about bindings
    const before = fake.calls.length;
    await s.check();
    await s.check();
    await s.recalcAll();
    expect(bindingCalls(fake, before)).toEqual([]);
    s.dispose();
  });

  test('一键重算 stays one read and one write; binding comes after the write', async () => {
    const fake = new FakeWorkbookPort(two());
    const storage = memoryStore();
    requestAction('recalcAll', storage); // the ribbon's 一键重算 opened the pane
    const s = await open(fake, storage);
    expect(s.getState().result?.action).toBe('recalcAll');
    const core = fake.calls.filter((c) => !c.startsWith('settings.') && c !== 'onEdit' && !c.startsWith('markers.'));
    expect(core).toEqual(['read', 'bindings.status', 'apply', 'bindings.bind']);
    expect(ranges(fake)).toEqual(BOUND_TWO);
    s.dispose();
  });

  test('reopening with a lost binding: the form is bound again and the pane says so', async () => {
    const fake = new FakeWorkbookPort(two());
    (await open(fake)).dispose();
    fake.loseBinding(`jixiao:${ANTING}:1:indicators`);
    const s = await open(fake);
    expect(s.getState().notice).toEqual({ type: 'rebound', forms: 1 });
    expect(ranges(fake)).toEqual(BOUND_TWO);
    expect(fake.formMap.map((b) => b.id).sort()).toEqual(BOUND_TWO.map((x) => x.split('=')[0]));
    expect(bindingCalls(fake).slice(-2)).toEqual(['bindings.status', 'bindings.bind']);
    s.dispose();
  });

  test('reopening after rows were inserted above a form where the bindings did not follow: bound at the new range, said so', async () => {
    const fake = new FakeWorkbookPort(two());
    (await open(fake)).dispose();
    fake.insertRows(ANTING, 1, 3, false); // e.g. the file edited in another program
    const s = await open(fake);
    expect(s.getState().evaluation?.forms.find((f) => f.form.sheet === ANTING)?.form.budgetRange).toBe('A8:H12');
    expect(s.getState().notice).toEqual({ type: 'rebound', forms: 1 });
    expect(fake.binding(`jixiao:${ANTING}:1:budget`)?.range).toBe('A8:H12');
    expect(fake.binding(`jixiao:${ANTING}:1:indicators`)?.range).toBe('A15:I25');
    expect(fake.binding(`jixiao:${WANGGE}:1:budget`)?.range).toBe('A5:H9'); // the other sheet is left alone
    s.dispose();
  });

  test('rows inserted while the pane is open, bindings moved by Excel: listed again, nothing re-bound, nothing said', async () => {
    const fake = new FakeWorkbookPort(two());
    const s = await open(fake);
    fake.insertRows(ANTING, 1, 2); // Excel moves the bindings with the cells
    fake.insertRows(ANTING, 16, 1); // a row inserted inside the indicator table: its binding grows
    const before = fake.calls.length;
    await s.check();
    expect(s.getState().evaluation?.forms.find((f) => f.form.sheet === ANTING)?.form.indicatorRange).toBe('A14:I25');
    expect(bindingCalls(fake, before)).toEqual(['bindings.status']);
    expect(s.getState().notice?.type).toBe('checked'); // nothing about bindings
    expect(fake.binding(`jixiao:${ANTING}:1:indicators`)?.range).toBe('A14:I25');
    // and now the list kept agrees: the next check asks nothing
    const again = fake.calls.length;
    await s.check();
    expect(bindingCalls(fake, again)).toEqual([]);
    s.dispose();
  });

  test('a form that no longer exists loses its bindings', async () => {
    const fake = new FakeWorkbookPort(two());
    const s = await open(fake);
    fake.grids = fake.grids.filter((g) => g.sheet !== WANGGE); // the sheet was deleted…
    fake.loseBinding(`jixiao:${WANGGE}:1:budget`); // …and Excel's bindings with it
    fake.loseBinding(`jixiao:${WANGGE}:1:indicators`);
    await s.check();
    expect(ranges(fake)).toEqual(BOUND_TWO.filter((x) => x.includes(ANTING)));
    expect(fake.formMap.map((b) => b.sheet)).toEqual([ANTING, ANTING]);
    expect(s.getState().notice?.type).toBe('checked'); // nothing about bindings
    s.dispose();
  });

  test('a sheet renamed: its forms are bound under the new name, the old ids removed, nothing said', async () => {
    const fake = new FakeWorkbookPort(two());
    (await open(fake)).dispose();
    fake.renameSheet(ANTING, '安亭2024');
    const s = await open(fake);
    expect(s.getState().notice?.type).toBe('checked'); // nothing about bindings
    expect(ranges(fake)).toEqual(BOUND_TWO.map((x) => x.replace(ANTING, '安亭2024')).sort());
    expect(fake.formMap.map((b) => b.id).sort()).toEqual(ranges(fake).map((x) => x.split('=')[0]));
    const before = fake.calls.length;
    (await open(fake)).dispose();
    expect(bindingCalls(fake, before)).toEqual(['bindings.status']);
    s.dispose();
  });

  test('a host that keeps answering other ranges is not asked to bind again and again', async () => {
    const fake = new FakeWorkbookPort(two());
    const bind = fake.bindings.bind;
    fake.bindings.bind = async (parts) => {
      const made = await bind(parts);
      for (const b of made) fake.moveBinding(b.id, 'Z1:Z2');
      return made.map((b) => ({ ...b, range: 'Z1:Z2' }));
    };
    const s = await open(fake);
    const before = fake.calls.length;
    await s.check();
    await s.check();
    expect(bindingCalls(fake, before).filter((c) => c === 'bindings.bind')).toEqual([]);
    s.dispose();
  });

  test('a host without status(): list() is used; without bindings nothing is asked', async () => {
    const fake = new FakeWorkbookPort(two());
    (fake.bindings as Partial<FakeWorkbookPort['bindings']>).status = undefined;
    (await open(fake)).dispose();
    expect(bindingCalls(fake)).toEqual(['bindings.list', 'bindings.bind']);
    const none = new FakeWorkbookPort(two(), { bindings: false });
    (await open(none)).dispose();
    expect(bindingCalls(none)).toEqual([]);
  });

  test('a failure to list the bindings is reported; the check is shown all the same', async () => {
    const fake = new FakeWorkbookPort(two());
    fake.fail('bindings.status', hostError('generalException'), 1);
    const s = await open(fake);
    expect(s.getState().evaluation?.forms).toHaveLength(2);
    expect(s.getState().error?.action).toBe('bindings');
    expect(fake.bound).toEqual([]); // nothing bound blindly
    await s.check(); // listed now
    expect(ranges(fake)).toEqual(BOUND_TWO);
    s.dispose();
  });
});

describe('the user binds odd layouts', () => {
  const oddBook = (): Grid[] => [oddSheet(), ...workbook([ANTING, antingSpec()])];
  const oddForm = (s: TaskpaneSession) => s.getState().evaluation?.forms.find((f) => f.form.sheet === ODD && f.form.project?.includes('一网统管'));

  test('automatically, the form with its indicator table above the budget block is missed', async () => {
    const s = await open(new FakeWorkbookPort(oddBook()));
    expect(oddForm(s)).toBeUndefined();
    expect(codes(s).filter((c) => c.startsWith('FORM_INCOMPLETE'))).toEqual([`FORM_INCOMPLETE@${ODD}!A5`, `FORM_INCOMPLETE@${ODD}!C17`]);
    s.dispose();
  });

  test('binding the selection re-evaluates with it at once; reopening finds the form from the saved bindings', async () => {
    const fake = new FakeWorkbookPort(oddBook());
    const s = await open(fake);
    fake.selection = { sheet: ODD, range: ODD_BUDGET };
    const reads = fake.calls.filter((c) => c === 'read').length;
    await s.tools.bindSelection('budget');
    expect(fake.calls.filter((c) => c === 'read')).toHaveLength(reads + 1);
    expect(s.getState().notice).toEqual({ type: 'bound', binding: { id: `jixiao:${ODD}:user1:budget`, sheet: ODD, part: 'budget', range: ODD_BUDGET } });
    // the bound budget block took the indicator table that detection left alone
    expect(oddForm(s)?.form).toMatchObject({ budgetRange: 'A17:H21', indicatorRange: 'A5:I15', hinted: { budget: ODD_BUDGET } });
    fake.selection = { sheet: ODD, range: ODD_TABLE };
    await s.tools.bindSelection('indicators');
    expect(oddForm(s)?.form.hinted).toEqual({ budget: ODD_BUDGET, indicators: ODD_TABLE });
    expect(codes(s).filter((c) => c.startsWith('FORM_INCOMPLETE') || c.startsWith('BINDING'))).toEqual([]);
    const figures = oddForm(s)?.totalScore?.toFixed(2);
    s.dispose();

    // The file is opened again: the odd form is found from the bindings, nothing is detected anew.
    const calls = fake.calls.length;
    const again = await open(fake);
    expect(oddForm(again)?.totalScore?.toFixed(2)).toBe(figures);
    expect(oddForm(again)?.form.hinted).toEqual({ budget: ODD_BUDGET, indicators: ODD_TABLE });
    expect(again.getState().evaluation?.forms).toHaveLength(3);
    expect(bindingCalls(fake, calls)).toEqual(['bindings.status']);
    expect(again.getState().notice?.type).toBe('checked'); // nothing about bindings
    // the user's bindings stay; the bound form gets no automatic binding of its own
    expect(ranges(fake)).toEqual(
      [
        `jixiao:${ANTING}:1:budget=A5:H9`,
        `jixiao:${ANTING}:1:indicators=A12:I22`,
        `jixiao:${ODD}:1:budget=A34:H38`,
        `jixiao:${ODD}:1:indicators=A41:I51`,
        `jixiao:${ODD}:user1:budget=${ODD_BUDGET}`,
        `jixiao:${ODD}:user1:indicators=${ODD_TABLE}`,
      ].sort(),
    );
    again.dispose();
  });

  test('a bound range that no longer holds its table: BINDING_MISMATCH; binding the right range replaces it', async () => {
    const fake = new FakeWorkbookPort(oddBook());
    const s = await open(fake);
    fake.selection = { sheet: ODD, range: ODD_BUDGET };
    await s.tools.bindSelection('budget');
    s.dispose();
    fake.moveBinding(`jixiao:${ODD}:user1:budget`, 'A60:I64'); // its cells deleted and the rows below moved up, say
    const again = await open(fake);
    expect(codes(again)).toContain(`BINDING_MISMATCH@${ODD}!A60`);
    expect(again.getState().evaluation?.findings.find((f) => f.code === 'BINDING_MISMATCH')?.params).toEqual({ part: 'budget', range: 'A60:I64' });
    expect(oddForm(again)).toBeUndefined();
    fake.selection = { sheet: ODD, range: 'A17:I22' };
    await again.tools.bindSelection('budget');
    expect(codes(again).filter((c) => c.startsWith('BINDING'))).toEqual([]);
    expect(oddForm(again)?.form.hinted).toEqual({ budget: 'A17:I22' });
    expect(fake.bound.filter((b) => b.id.includes(':user')).map((b) => `${b.id}=${b.range}`)).toEqual([`jixiao:${ODD}:user2:budget=A17:I22`]);
    again.dispose();
  });

  test('rows inserted above a bound form while the pane is open: the bound ranges are listed again and still fit', async () => {
    const fake = new FakeWorkbookPort(oddBook());
    const s = await open(fake);
    fake.selection = { sheet: ODD, range: ODD_BUDGET };
    await s.tools.bindSelection('budget');
    fake.selection = { sheet: ODD, range: ODD_TABLE };
    await s.tools.bindSelection('indicators');
    fake.insertRows(ODD, 1, 2); // Excel moves the bindings; the pane's list is now out of date
    const before = fake.calls.length;
    await s.check();
    expect(bindingCalls(fake, before)).toEqual(['bindings.status']); // listed once, nothing bound
    expect(codes(s).filter((c) => c.startsWith('BINDING') || c.startsWith('FORM_INCOMPLETE'))).toEqual([]);
    expect(oddForm(s)?.form.hinted).toEqual({ budget: 'A19:I23', indicators: 'A7:I17' });
    s.dispose();
  });

  test('重新识别 drops bound ranges without their table and stale bindings, and binds every form again', async () => {
    const fake = new FakeWorkbookPort([oddSheet(), ...two()]);
    const s = await open(fake);
    fake.selection = { sheet: ODD, range: 'A60:I64' }; // nothing there
    await s.tools.bindSelection('indicators');
    expect(codes(s)).toContain(`BINDING_MISMATCH@${ODD}!A60`);
    // a form since removed, whose binding Excel has but the form map does not (its settings not saved)
    fake.bound.push({ id: `jixiao:${ANTING}:2:budget`, sheet: ANTING, part: 'budget', range: 'A40:H44' });
    await s.tools.redetect();
    expect(s.getState().notice).toEqual({ type: 'redetected', forms: 3 });
    expect(codes(s).filter((c) => c.startsWith('BINDING'))).toEqual([]);
    expect(ranges(fake)).toEqual([...BOUND_TWO, `jixiao:${ODD}:1:budget=A34:H38`, `jixiao:${ODD}:1:indicators=A41:I51`].sort());
    s.dispose();
  });
});
