/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakeWorkbookPort } from './fakePort';
import { ANTING, antingSpec, WANGGE, wanggeSpec, workbook } from './forms';
import { findOverview, renderPane } from './render';

function port() {
  return new FakeWorkbookPort(workbook([ANTING, antingSpec()], [WANGGE, wanggeSpec()]));
}

async function openPreview() {
  fireEvent.click(screen.getByRole('button', { name: '按规则评分' }));
  return screen.findByRole('dialog');
}

test('按规则评分 previews only the quantitative scores that change; Cancel writes nothing', async () => {
  const fake = port();
  renderPane(fake);
  await findOverview(2);
  const dialog = await openPreview();
  expect(within(dialog).getByText('按规则评分 — 预览')).toBeInTheDocument();
  const rows = within(dialog)
    .getAllByRole('row')
    .map((r) => r.getAttribute('data-change'))
    .filter(Boolean);
  // one indicator score, then the 总分 and 评分等级 of its form; nothing of 安亭 (already by rule)
  expect(rows).toEqual([`${WANGGE}!G20`, `${WANGGE}!G21`, `${WANGGE}!C22`]);
  const score = within(dialog).getAllByRole('row').find((r) => r.getAttribute('data-change') === `${WANGGE}!G20`) as HTMLElement;
  expect(score).toHaveTextContent('8 → 8.89');
  expect(score).toHaveTextContent('保障对象满意度');
  expect(score).toHaveTextContent('80 ÷ 90 × 10.00 = 8.89');

  fireEvent.click(within(dialog).getByRole('button', { name: '取消' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(fake.applied).toHaveLength(0);
  expect(fake.valueAt(WANGGE, 'G20')).toBe(8);
});

test('按规则评分 writes the previewed cells after the user confirms', async () => {
  const fake = port();
  renderPane(fake);
  await findOverview(2);
  const dialog = await openPreview();
  fireEvent.click(within(dialog).getByRole('button', { name: '确认写入 3 个单元格' }));
  await screen.findByText('按规则评分结果');
  expect(fake.applied).toHaveLength(1);
  expect(fake.applied[0].entries.map((e) => e.cell)).toEqual(['G20', 'G21', 'C22']);
  expect(fake.valueAt(WANGGE, 'G20')).toBe(8.89);
  expect(fake.valueAt(WANGGE, 'G21')).toBe(96.39);
  expect(fake.valueAt(WANGGE, 'C22')).toBe('优');
  // nothing else: 安亭's stale 执行率 stays for 一键重算
  expect(fake.valueAt(ANTING, 'G6')).toBe(99.44);
  // and it can be undone like a recalculation
  await waitFor(() => expect(screen.getByRole('button', { name: '撤销上次重算' })).toBeEnabled());
});
