/**
 * The task pane's pure parts (no React): the controller over a FakeWorkbookPort, the helpers of
 * workbook.ts, the settings, and the message tables.
 */
import { defaultOptions, evaluateWorkbook, PROFILES } from '../../src/core';
import { HOST_ERROR_CODES as EXCEL_CODES } from '../../src/excel/errors';
import { describeError, HOST_ERROR_CODES, hostErrorMessage } from '../../src/taskpane/i18n/hostErrors';
import { localeOf, uiStrings } from '../../src/taskpane/i18n/strings';
import { TaskpaneSession } from '../../src/taskpane/session';
import { parseProfile, storedProfile } from '../../src/taskpane/settings';
import { bindingParts, evaluateInSlices, hintsOf, patchGrids, replaceSheet } from '../../src/taskpane/workbook';
import { buildForm, gridOf } from '../support/buildForm';
import { FakeWorkbookPort } from './fakePort';
import { ANTING, antingSpec, WANGGE, wanggeSpec, workbook } from './forms';
import { memoryStore } from './render.helpers';

const noEvents = { addEventListener() {}, removeEventListener() {} };

function session(fake: FakeWorkbookPort) {
  return new TaskpaneSession(fake, { storage: memoryStore(), storageEvents: noEvents, pause: () => Promise.resolve() });
}

describe('controller', () => {
  test('start checks without writing; 一键重算 writes and records undo; undo restores', async () => {
    const fake = new FakeWorkbookPort(workbook([ANTING, antingSpec()], [WANGGE, wanggeSpec()]));
    const s = session(fake);
    await s.start();
    expect(s.getState().evaluation?.forms).toHaveLength(2);
    expect(fake.applied).toHaveLength(0);
    await s.recalcAll();
    const st = s.getState();
    expect(st.result?.written.map((e) => `${e.sheet}!${e.cell}`)).toContain(`${ANTING}!G6`);
    expect(st.undo).toEqual(st.result?.written);
    expect(st.evaluation?.plan.entries).toEqual([]); // nothing left to write after the write
    await s.undo();
    expect(s.getState().undo).toBeNull();
    expect(fake.valueAt(ANTING, 'G6')).toBe(99.44);
    s.dispose();
  });

  test('one action at a time; a ribbon request during an action runs right after it', async () => {
    const fake = new FakeWorkbookPort(workbook([ANTING, antingSpec()]));
    const s = session(fake);
    await s.start();
    const first = s.check();
    expect(await s.recalcAll()).toBe(false); // refused while checking
    void s.requestRecalc(); // queued
    await first;
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.applied).toHaveLength(1);
    s.dispose();
  });

  test('a disposed controller does no work (React StrictMode mounts twice)', async () => {
    const fake = new FakeWorkbookPort(workbook([ANTING, antingSpec()]));
    const store = memoryStore();
    const s = new TaskpaneSession(fake, { storage: store, storageEvents: noEvents });
    const started = s.start();
    s.dispose();
    await started;
    expect(fake.calls).not.toContain('read');
    expect(fake.editSubscribers).toBe(0);
  });
});

describe('workbook helpers', () => {
  const many = Array.from({ length: 25 }, (_, i) => gridOf(`S${i + 1}`, [{ form: buildForm(i % 2 ? wanggeSpec() : antingSpec()) }]));

  test('evaluating in slices of SLICE_MS gives what evaluateWorkbook gives, with progress', async () => {
    const progress: number[] = [];
    const opts = { profile: PROFILES.standard };
    // a clock that moves 20 ms each time it is read: a slice starts, then 3 sheets pass 50 ms
    let t = 0;
    const clock = () => (t += 20) - 20;
    let pauses = 0;
    const sliced = await evaluateInSlices(many, opts, (p) => progress.push(p.sheetsDone), async () => void pauses++, clock);
    const whole = evaluateWorkbook(many, opts);
    expect(progress).toEqual([3, 6, 9, 12, 15, 18, 21, 24, 25]);
    expect(pauses).toBe(8);
    // a fast machine: one slice, no pause
    const once: number[] = [];
    await evaluateInSlices(many, opts, (p) => once.push(p.sheetsDone), () => Promise.reject(new Error('no pause expected')), () => 0);
    expect(once).toEqual([25]);
    expect(sliced.forms.length).toBe(25);
    expect(sliced.findings).toEqual(whole.findings);
    expect(sliced.plan).toEqual(whole.plan);
  });

  test('replaceSheet swaps one sheet and keeps the order; patchGrids applies written values', () => {
    const opts = { profile: PROFILES.standard };
    const ev = evaluateWorkbook(many.slice(0, 3), opts);
    const patched = patchGrids(many.slice(1, 2), ev.forms[1].plan);
    expect(patched[0]).not.toBe(many[1]);
    const fresh = evaluateWorkbook(patched, opts);
    const next = replaceSheet(ev, fresh);
    expect(next.sheets.map((x) => x.sheet)).toEqual(['S1', 'S2', 'S3']);
    expect(next.forms[1].plan).toEqual([]);
    expect(next.plan.entries.length).toBe(ev.plan.entries.length - ev.forms[1].plan.length);
  });

  test('bindingParts: the budget block and the indicator table of a form placed anywhere, as the core located them', () => {
    const grid = gridOf('S', [{ form: buildForm(antingSpec()), at: 'C40' }]);
    const ev = evaluateWorkbook([grid]);
    expect(bindingParts(ev.forms)).toEqual([
      { id: 'jixiao:S:1:budget', sheet: 'S', part: 'budget', range: 'C44:J48' },
      { id: 'jixiao:S:1:indicators', sheet: 'S', part: 'indicators', range: 'C51:K61' },
    ]);
    expect(bindingParts(ev.forms).map((p) => p.range)).toEqual([ev.forms[0].form.budgetRange, ev.forms[0].form.indicatorRange]);
  });

  test('bindingParts numbers the forms of each sheet and leaves out forms the user bound', () => {
    const grid = gridOf('S', [{ form: buildForm(antingSpec()) }, { form: buildForm(wanggeSpec()), at: 'A30' }, { form: buildForm(antingSpec()), at: 'A60' }]);
    const ev = evaluateWorkbook([grid], { ...defaultOptions(), hints: { S: { budget: ['A34:H38'], indicators: ['A41:I51'] } } });
    expect(ev.forms.map((f) => f.form.hinted ?? null)).toEqual([null, { budget: 'A34:H38', indicators: 'A41:I51' }, null]);
    expect(bindingParts(ev.forms).map((p) => `${p.id}=${p.range}`)).toEqual([
      'jixiao:S:1:budget=A5:H9', 'jixiao:S:1:indicators=A12:I22', 'jixiao:S:2:budget=A64:H68', 'jixiao:S:2:indicators=A71:I81',
    ]);
  });

  test('hintsOf: the user\'s bound ranges by sheet, in the order bound; automatic bindings are not hints', () => {
    expect(hintsOf([{ id: 'jixiao:S:1:budget', sheet: 'S', part: 'budget', range: 'A5:H9' }])).toBeUndefined();
    expect(
      hintsOf([
        { id: 'jixiao:S:user2:budget', sheet: 'S', part: 'budget', range: 'A40:H44' },
        { id: 'jixiao:S:user1:indicators', sheet: 'S', part: 'indicators', range: '$A$5:$I$15' },
        { id: 'jixiao:S:user1:budget', sheet: 'S', part: 'budget', range: 'A17:I21' },
        { id: 'jixiao:T:user1:indicators', sheet: 'T', part: 'indicators', range: 'K5:S15' },
        { id: 'jixiao:S:1:budget', sheet: 'S', part: 'budget', range: 'A60:H64' },
      ]),
    ).toEqual({ S: { budget: ['A17:I21', 'A40:H44'], indicators: ['A5:I15'] }, T: { budget: [], indicators: ['K5:S15'] } });
  });
});

describe('settings', () => {
  test('a stored profile is read back; unknown or malformed values fall back', () => {
    const p = { ...PROFILES.sichuan, reverseFormula: 'linear' as const };
    expect(parseProfile(JSON.parse(JSON.stringify(storedProfile(p))))).toEqual(p);
    expect(parseProfile('guangxi')).toEqual(PROFILES.guangxi);
    expect(parseProfile({ name: 'nowhere', rateRounding: 'single-step' })).toEqual({ ...PROFILES.standard, rateRounding: 'single-step' });
    expect(parseProfile({ name: 'standard', lowExecutionReasonBelow: 'abc', reverseFormula: 'cubic' })).toEqual(PROFILES.standard);
    expect(parseProfile(42)).toBeUndefined();
  });
});

describe('messages', () => {
  test("every HostError code of src/excel has a message in both languages", () => {
    for (const code of EXCEL_CODES) {
      expect(HOST_ERROR_CODES).toContain(code);
      expect(hostErrorMessage(code, 'zh-CN')).toMatch(/[。]/);
      expect(hostErrorMessage(code, 'en-US')).toMatch(/^[A-Z]/);
    }
    expect(hostErrorMessage('protected', 'zh-CN')).toBe('工作表受保护，请在「审阅」选项卡撤销工作表保护后重试。');
  });

  test('describeError: HostError-like objects, plain errors, anything', () => {
    expect(describeError({ code: 'sheetDeleted', message: 'x' }, 'zh-CN').message).toContain('重新识别');
    expect(describeError(new Error('boom'), 'en-US')).toEqual({ code: null, message: expect.stringContaining('Try again'), detail: 'boom' });
    expect(describeError(undefined, 'zh-CN').detail).toBeNull();
    expect(describeError({ code: 'whatever' }, 'zh-CN').code).toBeNull();
  });

  test('both UI languages have every string', () => {
    const zh = uiStrings('zh-CN') as unknown as Record<string, unknown>;
    const en = uiStrings('en-US') as unknown as Record<string, unknown>;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const k of Object.keys(zh)) {
      expect(typeof zh[k]).toBe(typeof en[k]);
      if (typeof zh[k] === 'string') expect(zh[k]).not.toBe('');
    }
    expect(uiStrings('en-US').recalcAll).toBe('Recalculate all');
  });

  test('the UI language follows Office: zh-* → 中文, en-* → English, else 中文', () => {
    expect(localeOf('zh-TW')).toBe('zh-CN');
    expect(localeOf('en-GB')).toBe('en-US');
    expect(localeOf('fr-FR')).toBe('zh-CN');
    expect(localeOf(undefined)).toBe('zh-CN');
  });
});
