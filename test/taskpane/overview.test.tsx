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
  expect(wangge).toHaveTextContent(/执行得分\s*7\.50/);
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

const codes = (el: HTMLElement) => within(el).queryAllByRole('listitem').map((li) => li.getAttribute('data-code'));
const groupHead = (el: HTMLElement, key: string) => el.querySelector(`[data-group="${key}"] > button`) as HTMLElement;

test('findings: errors and warnings grouped by form, the notes folded by code; toggles filter them and show their counts', async () => {
  renderPane(port());
  await findOverview(2);
  const findings = screen.getByRole('region', { name: '问题' });
  // the warnings of 一网统管 are shown; the notes of the workbook are folded, one line per code
  expect(codes(findings).sort()).toEqual(['DEVIATION_MISSING', 'GRADE_MISMATCH']);
  const notes = findings.querySelectorAll('[data-group^="notes:code:"]');
  expect(notes.length).toBeGreaterThan(0);
  expect([...notes].every((g) => g.getAttribute('data-open') === 'false')).toBe(true);
  const info = within(findings).getByRole('button', { name: /^提示 \d+$/ });
  const infoCount = Number(/\d+/.exec(info.textContent ?? '')?.[0]);
  expect([...notes].reduce((n, g) => n + Number(g.getAttribute('data-count')), 0)).toBe(infoCount);
  // unfolding a code group shows its notes
  const first = notes[0] as HTMLElement;
  fireEvent.click(within(first).getAllByRole('button')[0]);
  expect(within(first).getAllByRole('listitem')).toHaveLength(Number(first.getAttribute('data-count')));
  // hiding the notes drops their groups
  fireEvent.click(info);
  expect(findings.querySelectorAll('[data-group^="notes:"]')).toHaveLength(0);
  expect(codes(findings).sort()).toEqual(['DEVIATION_MISSING', 'GRADE_MISMATCH']);
  // a form's group folds too
  fireEvent.click(groupHead(findings, `form:${WANGGE}!A1:I22`));
  expect(codes(findings)).toEqual([]);
  fireEvent.click(within(findings).getByRole('button', { name: /^警告 2$/ }));
  fireEvent.click(within(findings).getByRole('button', { name: /^错误 0$/ }));
  expect(within(findings).getByText('所选类别下没有问题。')).toBeInTheDocument();
});

test('findings by kind: one group per code across the forms, errors and warnings open, notes folded', async () => {
  renderPane(port());
  await findOverview(2);
  const findings = screen.getByRole('region', { name: '问题' });
  fireEvent.click(within(findings).getByRole('tab', { name: '按问题类型' }));
  const groups = [...findings.querySelectorAll('[data-group]')];
  expect(groups.map((g) => g.getAttribute('data-group')).slice(0, 2).sort()).toEqual(['code:DEVIATION_MISSING', 'code:GRADE_MISMATCH']);
  expect(groups.slice(2).every((g) => g.getAttribute('data-open') === 'false')).toBe(true);
  // the cell's link names the sheet too: a kind's findings come from several sheets
  expect(within(findings).getByRole('button', { name: `${WANGGE}!C22` })).toBeInTheDocument();
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
