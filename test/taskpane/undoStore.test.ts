/**
 * The undo record kept in the workbook: 撤销上次重算 after reopening the pane, and after the ribbon's
 * 一键重算 (another runtime), which announces itself through a `storage` event.
 */
import { LastWrite, SETTING_KEYS } from '../../src/core';
import { recalculateFromRibbon } from '../../src/commands/ribbonRecalc';
import { RIBBON_DONE_KEY } from '../../src/bridge/requests';
import { TaskpaneSession } from '../../src/taskpane/session';
import { FakeWorkbookPort } from './fakePort';
import { ANTING, antingSpec, workbook } from './forms';
import { memoryStore } from './render.helpers';

class Events {
  listeners: ((e: { key: string | null }) => void)[] = [];
  addEventListener(_: 'storage', l: (e: { key: string | null }) => void) {
    this.listeners.push(l);
  }
  removeEventListener(_: 'storage', l: (e: { key: string | null }) => void) {
    this.listeners = this.listeners.filter((x) => x !== l);
  }
  fire(key: string) {
    for (const l of [...this.listeners]) l({ key });
  }
}

const g6 = (fake: FakeWorkbookPort) => fake.grids[0].values[5][6];
const open = (fake: FakeWorkbookPort, events = new Events()) =>
  new TaskpaneSession(fake, { storage: memoryStore(), storageEvents: events, pause: () => Promise.resolve() });

test('a recalculation stores its undo record in the workbook; a reopened pane can undo it', async () => {
  const fake = new FakeWorkbookPort(workbook([ANTING, antingSpec()]));
  const first = open(fake);
  await first.start();
  await first.recalcAll();
  expect(g6(fake)).toBe(99.45);
  expect((fake.store.get(SETTING_KEYS.lastWrite) as LastWrite).entries.map((e) => e.cell)).toContain('G6');
  first.dispose();

  const reopened = open(fake);
  await reopened.start();
  expect(reopened.getState().undo?.length).toBeGreaterThan(0);
  await reopened.undo();
  expect(g6(fake)).toBe(99.44);
  expect(fake.store.get(SETTING_KEYS.lastWrite)).toBeNull();
  expect(reopened.getState().undo).toBeNull();
});

test("the ribbon's 一键重算 is picked up by an open pane (re-read) and can be undone there", async () => {
  const fake = new FakeWorkbookPort(workbook([ANTING, antingSpec()]));
  const events = new Events();
  const pane = open(fake, events);
  await pane.start();
  expect(pane.getState().undo).toBeNull();
  await recalculateFromRibbon({ settings: fake.settings, openPort: () => fake });
  expect(g6(fake)).toBe(99.45);
  events.fire(RIBBON_DONE_KEY);
  await new Promise((r) => setTimeout(r, 0));
  await new Promise((r) => setTimeout(r, 0));
  expect(pane.getState().undo?.map((e) => e.cell)).toContain('G6');
  await pane.undo();
  expect(g6(fake)).toBe(99.44);
});
