/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ANTING } from './forms';
import { findOverview, renderPane } from './render';
import { formView, itemRows, overallRow, REVIEW_SHEET, reviewPort } from './review.helpers';

async function withRecord() {
  const fake = reviewPort();
  fake.store.set('jixiao.reviewMode', true);
  renderPane(fake, { sessionOptions: { debounceMs: 0 } });
  await findOverview(2);
  fireEvent.click(await screen.findByTestId('review-write', undefined, { timeout: 5000 }));
  await waitFor(() => expect(screen.getByTestId('review-write').textContent).toBe('刷新复核记录'));
  return fake;
}

test('typing a 复核得分 on 「复核记录」 re-reads that sheet and re-checks the review: differences, totals, the grade change', async () => {
  const fake = await withRecord();
  const rows = itemRows(fake.grid(REVIEW_SHEET), ANTING);
  const reads = fake.calls.length;
  fake.userEdit(REVIEW_SHEET, `G${rows[0].row}`, 0);
  await waitFor(() => expect(formView(ANTING).getAttribute('data-changed')).toBe('1'));
  expect(fake.calls.slice(reads).filter((c) => c.startsWith('read'))).toEqual(['readSheet']);
  fake.userEdit(REVIEW_SHEET, `G${rows[1].row}`, 0);
  fake.userEdit(REVIEW_SHEET, `G${rows[2].row}`, 0);
  await waitFor(() => expect(formView(ANTING).getAttribute('data-changed')).toBe('3'));
  const view = formView(ANTING);
  expect(view).toHaveAttribute('data-self-grade', '优');
  expect(view.getAttribute('data-review-grade')).not.toBe('优');
  expect(view).toHaveAttribute('data-grade-changed', 'true');
  expect(Number(view.getAttribute('data-difference'))).toBeLessThan(-10);
  expect(view.querySelector(`[data-review-item="${rows[0].cell}"]`)?.getAttribute('data-delta')).toMatch(/^-/);
  expect(view.querySelector('[data-review-finding="REVIEW_GRADE_CHANGED"]')).not.toBeNull();
  // the pane's findings list has them too, once
  await waitFor(() => expect(screen.getAllByRole('listitem').filter((li) => li.getAttribute('data-code') === 'REVIEW_GRADE_CHANGED')).toHaveLength(1));
  // the draft follows: it names the change of grade; the record's first draft is unedited, so a refresh replaces it
  expect(within(view).getByTestId('review-draft')).toHaveAttribute('data-draft-state', 'stale');
  expect(fake.applied).toHaveLength(0);
});

test('an edit of a form re-checks the form and refreshes the review: its 自评得分 changed under the record row (REVIEW_STALE)', async () => {
  const fake = await withRecord();
  const [, indicator] = itemRows(fake.grid(REVIEW_SHEET), ANTING); // the first is 预算执行率, computed from the rate
  expect(formView(ANTING).querySelector('[data-review-finding="REVIEW_STALE"]')).toBeNull();
  fake.userEdit(ANTING, indicator.cell, 1);
  await waitFor(() => expect(formView(ANTING).querySelector('[data-review-finding="REVIEW_STALE"]')).not.toBeNull());
  expect(fake.calls).toContain('readRange'); // the form alone was read again, not the record
});

test('jumps: an item goes to the form\'s 得分 cell and to its 复核得分 on the record; the draft to the （总体） comment', async () => {
  const fake = await withRecord();
  const rec = fake.grid(REVIEW_SHEET);
  const [first] = itemRows(rec, ANTING);
  const view = formView(ANTING);
  // a form whose scores are unchanged starts folded
  if (view.querySelector('[data-review-item]') === null) fireEvent.click(within(view).getAllByRole('button')[0]);
  fireEvent.click(within(view).getByTitle(`转到自评表 ${ANTING}!${first.cell}`));
  fireEvent.click(within(view).getByTitle(`转到复核记录 ${REVIEW_SHEET}!G${first.row}`));
  fireEvent.click(within(view).getByTitle(`转到复核记录 ${REVIEW_SHEET}!H${overallRow(rec, ANTING)}`));
  await waitFor(() => expect(fake.selects).toEqual([
    { sheet: ANTING, cell: first.cell },
    { sheet: REVIEW_SHEET, cell: `G${first.row}` },
    { sheet: REVIEW_SHEET, cell: `H${overallRow(rec, ANTING)}` },
  ]));
});
