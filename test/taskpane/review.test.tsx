/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { REVIEW_SIGNATURE } from '../../src/core';
import { ANTING, WANGGE } from './forms';
import { findOverview, renderPane } from './render';
import { formView, itemRows, overallRow, REVIEW_SHEET, reviewPort } from './review.helpers';

const toggle = () => screen.getByTestId('review-mode');

async function create() {
  fireEvent.click(await screen.findByTestId('review-write', undefined, { timeout: 5000 }));
  return screen.findByText((_, el) => el?.getAttribute('data-notice') === 'reviewWritten', undefined, { timeout: 5000 });
}

const notice = () => screen.getByTestId('notice').getAttribute('data-notice');

test('复核 mode: off by default, switched in the toolbar, stored in the workbook (jixiao.reviewMode), restored on reopening', async () => {
  const fake = reviewPort();
  const first = renderPane(fake);
  await findOverview(2);
  expect(screen.queryByTestId('review')).not.toBeInTheDocument();
  fireEvent.click(toggle());
  await screen.findByTestId('review', undefined, { timeout: 5000 });
  await waitFor(() => expect(fake.store.get('jixiao.reviewMode')).toBe(true));
  first.unmount();
  renderPane(fake);
  await findOverview(2);
  expect(await screen.findByTestId('review', undefined, { timeout: 5000 })).toBeInTheDocument();
  expect(toggle()).toHaveAttribute('aria-pressed', 'true');
  // the settings panel shows it too, and switches it off
  fireEvent.click(screen.getByRole('button', { name: '设置' }));
  fireEvent.click(await screen.findByRole('switch', { name: '复核模式' }));
  await waitFor(() => expect(fake.store.get('jixiao.reviewMode')).toBe(false));
});

test('创建复核记录: one read, one writeSheet of 「复核记录」, the forms never written; a row per item and a （总体） row per form', async () => {
  const fake = reviewPort();
  fake.store.set('jixiao.reviewMode', true);
  renderPane(fake);
  await findOverview(2);
  const calls = fake.calls.length;
  await create();
  expect(fake.calls.slice(calls).filter((c) => ['read', 'readSheet', 'readRange', 'writeSheet', 'apply'].includes(c))).toEqual(['read', 'writeSheet']);
  expect(fake.applied).toHaveLength(0);
  const spec = fake.sheetsWritten[0];
  expect(spec.name).toBe(REVIEW_SHEET);
  const rec = fake.grid(REVIEW_SHEET);
  expect(itemRows(rec, ANTING).length).toBeGreaterThan(5);
  expect(overallRow(rec, WANGGE)).toBeGreaterThan(overallRow(rec, ANTING));
  // the view: both forms, nothing changed yet, the button now refreshes
  expect(formView(ANTING)).toHaveAttribute('data-difference', '0.00');
  expect(formView(WANGGE)).toHaveAttribute('data-grade-changed', 'false');
  expect(screen.getByTestId('review-write').textContent).toBe('刷新复核记录');
});

test('刷新复核记录 keeps the reviewer\'s 复核得分 and 复核意见 at rows whose sheet and cell still exist', async () => {
  const fake = reviewPort();
  fake.store.set('jixiao.reviewMode', true);
  renderPane(fake);
  await findOverview(2);
  await create();
  const rec = fake.grid(REVIEW_SHEET);
  const [a, b] = itemRows(rec, ANTING);
  fake.setValue(REVIEW_SHEET, `G${a.row}`, 5);
  fake.setValue(REVIEW_SHEET, `H${b.row}`, '佐证材料不足');
  fake.setValue(REVIEW_SHEET, `H${overallRow(rec, WANGGE)}`, '同意');
  await create();
  const again = fake.sheetsWritten[1];
  const at = (cell: string) => again.cells.filter((c) => c.cell === cell).at(-1)?.value;
  expect(at(`G${a.row}`)).toEqual({ type: 'number', text: '5' });
  expect(at(`H${b.row}`)).toEqual({ type: 'text', text: '佐证材料不足' });
  expect(at(`H${overallRow(fake.grid(REVIEW_SHEET), WANGGE)}`)).toEqual({ type: 'text', text: '同意' });
  await waitFor(() => expect(formView(ANTING).getAttribute('data-changed')).toBe('1'));
  expect(notice()).toBe('reviewWritten');
});

test('a 「复核记录」 that is not the add-in\'s, or one that lost its header row, is left alone with a message', async () => {
  const fake = reviewPort();
  fake.store.set('jixiao.reviewMode', true);
  fake.grids.push({ sheet: REVIEW_SHEET, origin: 'A1', values: [['我自己的复核表']], merges: [] });
  renderPane(fake);
  await findOverview(2);
  fireEvent.click(await screen.findByTestId('review-write', undefined, { timeout: 5000 }));
  await waitFor(() => expect(notice()).toBe('reviewForeign'));
  expect(fake.calls).not.toContain('writeSheet');

  fake.grids[2] = { sheet: REVIEW_SHEET, origin: 'A1', values: [['复核记录'], [REVIEW_SIGNATURE], ['表头已删']], merges: [] };
  fireEvent.click(screen.getByTestId('review-write'));
  await waitFor(() => expect(notice()).toBe('reviewDamaged'));
  expect(fake.calls).not.toContain('writeSheet');
});
