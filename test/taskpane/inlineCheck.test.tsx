/** @jest-environment jsdom */
import { act, screen, within } from '@testing-library/react';
import { INLINE_DEBOUNCE_MS } from '../../src/taskpane/editQueue';
import { FakeWorkbookPort, hostError } from './fakePort';
import { ANTING, antingSpec, WANGGE, wanggeSpec, workbook } from './forms';
import { findOverview, renderPane } from './render';

function port() {
  return new FakeWorkbookPort(workbook([ANTING, antingSpec()], [WANGGE, wanggeSpec()]));
}

function findingCodes(): string[] {
  const region = screen.getByRole('region', { name: '问题' });
  return within(region)
    .queryAllByRole('listitem')
    .map((li) => li.getAttribute('data-code') ?? '');
}

afterEach(() => {
  jest.useRealTimers();
});

/** Lets the fake host's promises and React's updates settle (the timers are fake). */
async function settle() {
  for (let i = 0; i < 5; i++) await act(async () => undefined);
}

test('an edit re-checks the edited form INLINE_DEBOUNCE_MS after the last edit of a burst and the findings refresh; nothing is written', async () => {
  const fake = port();
  renderPane(fake);
  await findOverview(2);
  expect(findingCodes()).not.toContain('SCORE_OVER_WEIGHT');
  expect(fake.editSubscribers).toBe(1);

  jest.useFakeTimers();
  // the accountant types 16 into a 得分 worth 15 (G13 of 安亭), then a second edit shortly after
  act(() => fake.userEdit(ANTING, 'G13', 16));
  act(() => jest.advanceTimersByTime(INLINE_DEBOUNCE_MS / 2));
  act(() => fake.userEdit(ANTING, 'G13', 18));
  act(() => jest.advanceTimersByTime(INLINE_DEBOUNCE_MS - 10)); // just before the wait after the last edit: not yet
  await settle();
  expect(fake.calls.filter((c) => c.startsWith('read'))).toEqual(['read']); // the first check only
  act(() => jest.advanceTimersByTime(10)); // the wait is over: one re-check for both edits
  await settle();

  // G13 lies inside the sheet's form: that form alone is read again, in one call
  expect(fake.calls.filter((c) => c.startsWith('read'))).toEqual(['read', 'readRange']);
  expect(fake.rangeReads).toEqual([{ sheet: ANTING, range: 'A1:I22' }]);
  expect(findingCodes()).toContain('SCORE_OVER_WEIGHT');
  expect(screen.getByText(/得分 18\.00 超过分值 15\.00：/)).toBeInTheDocument();
  expect(fake.applied).toHaveLength(0);
  // markers of that form were refreshed
  expect(fake.markerPlans.at(-1)?.validations.every((v) => v.sheet === ANTING)).toBe(true);
  // the other sheet's forms are still there
  await findOverview(2);
});

test('edits of a sheet that disappeared drop it quietly; other failures are shown', async () => {
  const fake = port();
  renderPane(fake);
  await findOverview(2);
  jest.useFakeTimers();
  fake.grids = fake.grids.filter((g) => g.sheet !== WANGGE);
  act(() => fake.emitEdit({ sheet: WANGGE, address: 'A1' }));
  act(() => jest.advanceTimersByTime(1000));
  await settle();
  expect(screen.getByText('共 1 张自评表')).toBeInTheDocument();
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();

  fake.fail('readRange', hostError('generalException'), 1);
  act(() => fake.emitEdit({ sheet: ANTING, address: 'G6' })); // inside the form: readRange fails
  act(() => jest.advanceTimersByTime(1000));
  await settle();
  expect(screen.getByRole('alert')).toHaveTextContent('「输入时检查」未完成');
  expect(fake.calls.filter((c) => c === 'readSheet')).toHaveLength(0);

  act(() => within(screen.getByRole('alert')).getByRole('button', { name: '关闭' }).click());
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  fake.fail('readSheet', hostError('generalException'), 1);
  act(() => fake.emitEdit({ sheet: ANTING, address: 'K30' })); // outside every form: readSheet fails
  act(() => jest.advanceTimersByTime(1000));
  await settle();
  expect(screen.getByRole('alert')).toHaveTextContent('「输入时检查」未完成');
  expect(fake.calls.filter((c) => c === 'readSheet')).toHaveLength(1);
});

test('turning 输入时检查 off unsubscribes from edits', async () => {
  const fake = port();
  renderPane(fake);
  await findOverview(2);
  expect(fake.editSubscribers).toBe(1);
  act(() => screen.getByRole('button', { name: '设置' }).click());
  const toggle = await screen.findByRole('switch', { name: '输入时检查' });
  expect(toggle).toBeChecked();
  await act(async () => toggle.click());
  expect(fake.editSubscribers).toBe(0);
  expect(fake.store.get('jixiao.inlineCheck')).toBe(false);
});
