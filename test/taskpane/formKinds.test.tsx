/** @jest-environment jsdom */
/**
 * A 部门整体支出 form in the overview, and the hint to the profile a layout suggests with its button
 * to switch. The locator marks no form so yet: the tests mark what it locates (test/support/formKinds).
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { markLocatedForms } from '../support/formKinds';
import { FakeWorkbookPort } from './fakePort';
import { ANTING, antingSpec, WANGGE, wanggeSpec, workbook } from './forms';
import { findOverview, renderPane } from './render';

const port = () => new FakeWorkbookPort(workbook([ANTING, antingSpec()], [WANGGE, wanggeSpec()]));
const group = (sheet: string) => screen.getAllByRole('rowgroup').find((r) => r.getAttribute('data-sheet') === sheet) as HTMLElement;

beforeEach(() => markLocatedForms({ [WANGGE]: { kind: 'department', suggestedProfile: 'sichuan' } }));
afterEach(() => jest.restoreAllMocks());

test('the overview marks the 部门整体支出 form, and only that one', async () => {
  renderPane(port());
  await findOverview(2);
  expect(within(group(WANGGE)).getByTestId('form-kind')).toHaveTextContent('部门整体支出');
  expect(within(group(ANTING)).queryByTestId('form-kind')).toBeNull();
});

test('the layout suggests 四川: one hint; its button switches the workbook\'s profile and the hint goes', async () => {
  const fake = port();
  renderPane(fake);
  await findOverview(2);
  const hint = screen.getByTestId('profile-hint');
  expect(hint).toHaveAttribute('data-profile', 'sichuan');
  expect(hint).toHaveTextContent('四川');
  fireEvent.click(within(hint).getByRole('button', { name: '改用「四川」评分规则' }));
  await waitFor(() => expect((fake.store.get('jixiao.profile') as { name: string }).name).toBe('sichuan'));
  await waitFor(() => expect(screen.queryByTestId('profile-hint')).toBeNull());
  // the settings show it too
  fireEvent.click(screen.getByRole('button', { name: '设置' }));
  const panel = await screen.findByRole('region', { name: '设置' });
  expect(within(panel).getByLabelText('评分规则')).toHaveValue('sichuan');
});

test('closing the hint leaves the profile as it is', async () => {
  const fake = port();
  renderPane(fake);
  await findOverview(2);
  fireEvent.click(within(screen.getByTestId('profile-hint')).getByRole('button', { name: '关闭' }));
  expect(screen.queryByTestId('profile-hint')).toBeNull();
  expect(fake.store.get('jixiao.profile')).toBeUndefined();
});

test('in English; and no hint when the workbook already uses the suggested profile', async () => {
  const { unmount } = renderPane(port(), { displayLanguage: 'en-US' });
  await findOverview(2, 'en-US');
  expect(within(group(WANGGE)).getByTestId('form-kind')).toHaveTextContent('Department-wide');
  expect(within(screen.getByTestId('profile-hint')).getByRole('button', { name: 'Use the Sichuan profile' })).toBeInTheDocument();
  unmount();
  const fake = port();
  fake.store.set('jixiao.profile', { name: 'sichuan', reverseFormula: 'ratio', rateRounding: 'two-step', lowExecutionReasonBelow: '90', overAchievementRatio: null });
  renderPane(fake);
  await findOverview(2);
  expect(screen.queryByTestId('profile-hint')).toBeNull();
});
