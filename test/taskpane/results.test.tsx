/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HEADER_ROW, RESULTS_SHEET, SHEET_SIGNATURE } from '../../src/core';
import { FakeWorkbookPort, hostError } from './fakePort';
import { ANTING, antingSpec, WANGGE, wanggeSpec, workbook } from './forms';
import { findOverview, renderPane } from './render';

function port() {
  return new FakeWorkbookPort(workbook([ANTING, antingSpec()], [WANGGE, wanggeSpec()]));
}

async function generate() {
  fireEvent.click(screen.getByRole('button', { name: '生成汇总' }));
  return screen.findByTestId('results', undefined, { timeout: 5000 });
}

test('生成汇总 writes 「绩效自评结果」 in one round trip after one read, and shows the table, totals, grades and chart', async () => {
  const fake = port();
  renderPane(fake);
  await findOverview(2);
  const calls = fake.calls.length;
  const panel = await generate();
  expect(fake.calls.slice(calls).filter((c) => c === 'read' || c === 'writeSheet' || c === 'apply')).toEqual(['read', 'writeSheet']);
  const spec = fake.sheetsWritten[0];
  expect(spec.name).toBe(RESULTS_SHEET);
  const at = (a1: string) => spec.cells.find((c) => c.cell === a1);
  expect(at(`B${HEADER_ROW + 1}`)?.value.text).toBe('其他专项工作经费(安亭城运日常运行费用)');
  expect(at(`F${HEADER_ROW + 1}`)?.value.text).toBe('99.45'); // recomputed, not the sheet's 99.44
  expect(at(`C${HEADER_ROW + 2}`)?.link).toEqual({ sheet: WANGGE, cell: 'A1' });
  expect(panel).toHaveAttribute('data-outcome', 'written');
  expect(within(panel).getByText(`已写入工作表「${RESULTS_SHEET}」（整表重新生成）。`)).toBeInTheDocument();
  // totals from the sums: (758.02 + 150) ÷ (762.25 + 200) × 100 = 94.36, not the mean of 99.45 and 75.00
  expect(within(panel).getByTestId('results-totals').textContent).toBe('合计：全年预算数 962.25，全年执行数 908.02，总体执行率 94.36%');
  expect(within(panel).getByText('优 2')).toHaveAttribute('data-grade-count', '优');
  const chart = within(panel).getByTestId('chart-stub');
  // the label shortened for the axis, the full project name in the bar's callout
  const first = chart.querySelector('[data-category="安亭城…费用"]');
  expect(first?.getAttribute('data-values')).toBe('总分=99.95;执行率(%)=99.45');
  expect(first?.getAttribute('data-callout')).toBe(`其他专项工作经费(安亭城运日常运行费用)（工作表「${ANTING}」）`);
  expect(chart.querySelectorAll('[data-category]')).toHaveLength(2);
  expect(within(panel).getAllByRole('row').filter((r) => r.hasAttribute('data-result'))).toHaveLength(2);
});

test('the table sorts by a column; a row\'s sheet link selects its form', async () => {
  const fake = port();
  renderPane(fake);
  await findOverview(2);
  const panel = await generate();
  const order = () => within(panel).getAllByRole('row').filter((r) => r.hasAttribute('data-result')).map((r) => r.getAttribute('data-result'));
  expect(order()).toEqual([ANTING, WANGGE]);
  fireEvent.click(within(panel).getByRole('columnheader', { name: '按「执行率(%)」排序' }));
  expect(order()).toEqual([WANGGE, ANTING]); // 75.00 before 99.45
  fireEvent.click(within(panel).getByRole('columnheader', { name: '按「执行率(%)」排序' }));
  expect(order()).toEqual([ANTING, WANGGE]);
  fireEvent.click(within(panel).getByTitle(`转到 ${WANGGE}!A1`));
  await waitFor(() => expect(fake.selects).toContainEqual({ sheet: WANGGE, cell: 'A1' }));
});

test('a sheet of that name that the add-in did not write is left alone, with a message', async () => {
  const fake = port();
  fake.grids.push({ sheet: RESULTS_SHEET, origin: 'A1', values: [['我自己的汇总'], ['勿动']], merges: [] });
  renderPane(fake);
  await findOverview(2);
  const panel = await generate();
  expect(panel).toHaveAttribute('data-outcome', 'foreign');
  expect(fake.sheetsWritten).toHaveLength(0);
  expect(fake.valueAt(RESULTS_SHEET, 'A1')).toBe('我自己的汇总');
});

test('running it twice rewrites the add-in\'s own sheet with the same content', async () => {
  const fake = port();
  renderPane(fake);
  await findOverview(2);
  await generate();
  fireEvent.click(screen.getByRole('button', { name: '生成汇总' }));
  await waitFor(() => expect(fake.sheetsWritten).toHaveLength(2));
  expect(fake.sheetsWritten[1]).toEqual(fake.sheetsWritten[0]);
  expect(fake.valueAt(RESULTS_SHEET, 'A2')).toBe(SHEET_SIGNATURE);
  // the results sheet is not taken for a form or a summary table
  expect(await findOverview(2)).toBeInTheDocument();
});

test('a host failure while writing is shown with what to do; nothing else is written', async () => {
  const fake = port();
  renderPane(fake);
  await findOverview(2);
  fake.fail('writeSheet', hostError('protected'), 1);
  fireEvent.click(screen.getByRole('button', { name: '生成汇总' }));
  expect(await screen.findByText('「生成汇总」未完成')).toBeInTheDocument();
  expect(fake.applied).toHaveLength(0);
});

test('the results table goes away when an action changes the figures (it showed the sheet as generated)', async () => {
  const fake = port();
  renderPane(fake);
  await findOverview(2);
  await generate();
  fireEvent.click(screen.getByRole('button', { name: '一键重算' }));
  await waitFor(() => expect(screen.queryByTestId('results')).not.toBeInTheDocument());
  expect(await screen.findByTestId('run-result')).toBeInTheDocument();
});
