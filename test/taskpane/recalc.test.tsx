/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { PENDING_ACTION_KEY, requestAction } from '../../src/bridge/requests';
import { FakeWorkbookPort } from './fakePort';
import { ANTING, antingSpec, WANGGE, wanggeSpec, workbook } from './forms';
import { findChanges, findOverview, memoryStore, renderPane } from './render';

function port() {
  return new FakeWorkbookPort(workbook([ANTING, antingSpec()], [WANGGE, wanggeSpec()]));
}

function changeRow(key: string): HTMLElement {
  const table = screen.getByRole('table', { name: '改动' });
  const row = within(table)
    .getAllByRole('row')
    .find((r) => r.getAttribute('data-change') === key);
  if (!row) throw new Error(`no change row ${key}`);
  return row;
}

test('一键重算 writes the plan, lists each change and says what remains', async () => {
  const fake = port();
  renderPane(fake);
  await findOverview(2);
  expect(fake.valueAt(ANTING, 'G6')).toBe(99.44);

  fireEvent.click(screen.getByRole('button', { name: '一键重算' }));
  await findChanges();

  expect(fake.applied).toHaveLength(1);
  expect(fake.valueAt(ANTING, 'G6')).toBe(99.45);
  expect(fake.valueAt(ANTING, 'H6')).toBe(9.95);
  expect(fake.valueAt(ANTING, 'G21')).toBe(99.95);
  expect(fake.valueAt(WANGGE, 'C22')).toBe('优');

  const g6 = changeRow(`${ANTING}!G6`);
  expect(g6).toHaveTextContent('99.44 → 99.45');
  expect(g6).toHaveTextContent('执行率');
  expect(changeRow(`${WANGGE}!C22`)).toHaveTextContent('良 → 优');
  const written = fake.applied[0].entries.length;
  expect(screen.getByText(`已写入 ${written} 个单元格。`)).toBeInTheDocument();
  // after the write only the missing reason of 一网统管 remains
  expect(screen.getByText('重算后仍有：错误 0 条，警告 1 条，提示 0 条。')).toBeInTheDocument();

  // 「说明」 of a changed cell
  fireEvent.click(within(g6).getByRole('button', { name: `说明：${ANTING}!G6` }));
  expect(screen.getByRole('note')).toHaveTextContent('758.02 ÷ 762.25 × 100 = 99.45');

  // a click on the cell selects it
  fireEvent.click(within(g6).getByRole('button', { name: `${ANTING}!G6` }));
  await waitFor(() => expect(fake.selects).toEqual([{ sheet: ANTING, cell: 'G6' }]));

  // markers refreshed after the recalculation
  expect(fake.markerPlans).toHaveLength(1);
  expect(fake.markerPlans[0].validations.length).toBeGreaterThan(0);
});

test('a protected sheet is skipped and the summary says so', async () => {
  const grids = workbook([ANTING, antingSpec()], [WANGGE, wanggeSpec()]);
  grids[1].protected = true;
  const fake = new FakeWorkbookPort(grids);
  renderPane(fake);
  await findOverview(2);
  fireEvent.click(screen.getByRole('button', { name: '一键重算' }));
  expect(await screen.findByText(`以下工作表受保护，未写入：${WANGGE}。请在「审阅」选项卡撤销工作表保护后重试。`)).toBeInTheDocument();
  expect(fake.valueAt(ANTING, 'G6')).toBe(99.45);
  expect(fake.valueAt(WANGGE, 'C22')).toBe('良');
});

test('撤销上次重算 restores the previous values and is then disabled', async () => {
  const fake = port();
  renderPane(fake);
  await findOverview(2);
  const undo = screen.getByRole('button', { name: '撤销上次重算' });
  expect(undo).toBeDisabled();

  fireEvent.click(screen.getByRole('button', { name: '一键重算' }));
  await findChanges();
  expect(fake.valueAt(ANTING, 'G6')).toBe(99.45);
  await waitFor(() => expect(undo).toBeEnabled());

  fireEvent.click(undo);
  await screen.findByText(/^已撤销：\d+ 个单元格恢复为重算前的值。$/);
  expect(fake.valueAt(ANTING, 'G6')).toBe(99.44);
  expect(fake.valueAt(ANTING, 'H6')).toBe(9.94);
  expect(fake.valueAt(ANTING, 'G21')).toBe(99.94);
  expect(fake.valueAt(WANGGE, 'C22')).toBe('良');
  expect(undo).toBeDisabled();
  // the overview follows the restored sheet (the figures are recomputed, the grade badge stays 优)
  expect(screen.getAllByText('99.45').length).toBeGreaterThan(0);
});

test("the ribbon's pending 一键重算 request runs a recalculation on start", async () => {
  const fake = port();
  const storage = memoryStore();
  requestAction('recalcAll', storage);
  renderPane(fake, { storage });
  await findChanges();
  expect(fake.applied).toHaveLength(1);
  expect(fake.valueAt(ANTING, 'G6')).toBe(99.45);
  expect(storage.data.has(PENDING_ACTION_KEY)).toBe(false);
});

test('a stale ribbon request is ignored (no surprise writes)', async () => {
  const fake = port();
  const storage = memoryStore();
  requestAction('recalcAll', storage, Date.now() - 60 * 60 * 1000);
  renderPane(fake, { storage });
  await findOverview(2);
  expect(fake.applied).toHaveLength(0);
  expect(storage.data.has(PENDING_ACTION_KEY)).toBe(false);
});

test("a click on the ribbon's 一键重算 while the pane is open recalculates at once", async () => {
  const fake = port();
  const storage = memoryStore();
  renderPane(fake, { storage, sessionOptions: { storage, storageEvents: window } });
  await findOverview(2);
  expect(fake.applied).toHaveLength(0);
  requestAction('recalcAll', storage); // the ribbon's page writes localStorage…
  act(() => {
    window.dispatchEvent(new StorageEvent('storage', { key: PENDING_ACTION_KEY })); // …and this page hears of it
  });
  await findChanges();
  expect(fake.applied).toHaveLength(1);
  expect(storage.data.has(PENDING_ACTION_KEY)).toBe(false);
});
