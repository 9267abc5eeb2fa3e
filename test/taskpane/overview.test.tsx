/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakeWorkbookPort } from './fakePort';
import { ANTING, antingSpec, notesSheet, WANGGE, wanggeSpec, workbook } from './forms';
import { findOverview, renderPane } from './render';

function port() {
  return new FakeWorkbookPort([...workbook([ANTING, antingSpec()], [WANGGE, wanggeSpec()]), notesSheet()]);
}

/** A form's row group in the overview (its project line and its figures). */
function overviewRow(sheet: string): HTMLElement {
  const table = screen.getByRole('table', { name: '自评表概览' });
  const group = within(table)
    .getAllByRole('rowgroup')
    .find((r) => r.getAttribute('data-sheet') === sheet);
  if (!group) throw new Error(`no overview rows for ${sheet}`);
  return group;
}

test('the overview shows every form with its 执行率, 总分, grade and issue counts', async () => {
  const fake = port();
  renderPane(fake);
  await findOverview(2);
  const anting = overviewRow(ANTING);
  expect(within(anting).getByRole('rowheader')).toHaveTextContent(`其他专项工作经费(安亭城运日常运行费用)${ANTING}!A1:I22`);
  expect(within(anting).getByTestId('rate')).toHaveTextContent('99.45');
  expect(within(anting).getByTestId('total')).toHaveTextContent('99.95');
  expect(within(anting).getByText('优')).toHaveAttribute('data-grade', '优');
  expect(within(anting).getByLabelText('错误 0 · 警告 0')).toBeInTheDocument();

  const wangge = overviewRow(WANGGE);
  expect(within(wangge).getByTestId('rate')).toHaveTextContent('75.00');
  expect(within(wangge).getByText('执行得分 7.50')).toBeInTheDocument();
  expect(within(wangge).getByTestId('total')).toHaveTextContent('95.50');
  // GRADE_MISMATCH (良 on the sheet) and DEVIATION_MISSING: two warnings, no error
  expect(within(wangge).getByLabelText('错误 0 · 警告 2')).toBeInTheDocument();
  // the first check only reads
  expect(fake.applied).toHaveLength(0);
});

test('「说明」 next to 执行率 shows the arithmetic', async () => {
  renderPane(port());
  await findOverview(2);
  const row = overviewRow(ANTING);
  fireEvent.click(within(row).getByRole('button', { name: '说明：执行率 G6' }));
  expect(await screen.findByText(/758\.02 ÷ 762\.25 × 100 = 99\.45/)).toBeInTheDocument();
  expect(screen.getByRole('note')).toHaveTextContent('年度资金总额：执行率 = 758.02 ÷ 762.25 × 100 = 99.45');
  // the budget score and the total explain themselves too
  fireEvent.click(within(row).getByRole('button', { name: '说明：预算执行得分 H6' }));
  expect(screen.getByRole('note')).toHaveTextContent('得分 = 99.45 × 10.00 ÷ 100 = 9.95');
  fireEvent.click(within(row).getByRole('button', { name: /说明：总分/ }));
  expect(screen.getByRole('note')).toHaveTextContent('总分 = 9.95 + 15.00');
  fireEvent.click(within(row).getByRole('button', { name: /说明：评分等级/ }));
  expect(screen.getByRole('note')).toHaveTextContent('总分 99.95 ≥ 90 → 优');
});

test('clicking a finding selects its cell in the workbook', async () => {
  const fake = port();
  renderPane(fake);
  await findOverview(2);
  const findings = screen.getByRole('region', { name: '问题' });
  const item = within(findings)
    .getAllByRole('listitem')
    .find((li) => li.getAttribute('data-code') === 'GRADE_MISMATCH');
  expect(item).toHaveTextContent('评分等级为「良」，按总分 95.50 应为「优」');
  fireEvent.click(within(item as HTMLElement).getByRole('button', { name: 'C22' }));
  await waitFor(() => expect(fake.selects).toEqual([{ sheet: WANGGE, cell: 'C22' }]));
});

test('severity toggles filter the findings and show their counts', async () => {
  renderPane(port());
  await findOverview(2);
  const findings = screen.getByRole('region', { name: '问题' });
  const info = within(findings).getByRole('button', { name: /^提示 \d+$/ });
  const before = within(findings).getAllByRole('listitem').length;
  fireEvent.click(info);
  const after = within(findings).getAllByRole('listitem');
  expect(after.length).toBeLessThan(before);
  expect(after.every((li) => !['ROUNDING_DIFF', 'VALUE_RECOVERED'].includes(li.getAttribute('data-code') ?? ''))).toBe(true);
  fireEvent.click(within(findings).getByRole('button', { name: /^警告 2$/ }));
  fireEvent.click(within(findings).getByRole('button', { name: /^错误 0$/ }));
  expect(within(findings).getByText('所选类别下没有问题。')).toBeInTheDocument();
});

test('a large workbook: the overview shows the first 50 forms and a button for the rest', async () => {
  const sheets = Array.from({ length: 53 }, (_, i) => [`表${i + 1}`, antingSpec()] as [string, ReturnType<typeof antingSpec>]);
  renderPane(new FakeWorkbookPort(workbook(...sheets)));
  await findOverview(53);
  const overview = screen.getByTestId('overview');
  const table = within(overview).getByRole('table', { name: '自评表概览' });
  const groups = () => within(table).getAllByRole('rowgroup').filter((r) => r.hasAttribute('data-sheet'));
  expect(groups()).toHaveLength(50);
  fireEvent.click(within(overview).getByRole('button', { name: '再显示 3 项' }));
  expect(groups()).toHaveLength(53);
  expect(within(overview).queryByRole('button', { name: /再显示/ })).toBeNull();
});
