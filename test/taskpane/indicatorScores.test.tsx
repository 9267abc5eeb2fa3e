/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import { FakeWorkbookPort } from './fakePort';
import { ANTING, antingSpec, WANGGE, wanggeSpec, workbook } from './forms';
import { findOverview, renderPane } from './render';
import { withIndicator } from '../core/helpers';

/** 一网统管: 保障对象满意度 (G20) 80 % of ≥90 %, 8.00 on the sheet; 及时 (G16) over its 分值. */
function port() {
  const wangge = withIndicator(wanggeSpec(), 3, { score: 12 });
  return new FakeWorkbookPort(workbook([ANTING, antingSpec()], [WANGGE, wangge]));
}

function openIndicators(sheet: string, label: RegExp) {
  const group = screen.getAllByRole('rowgroup').find((r) => r.getAttribute('data-sheet') === sheet) as HTMLElement;
  fireEvent.click(within(group).getByRole('button', { name: label }));
  return within(group).getByTestId('indicator-scores');
}

const item = (list: HTMLElement, cell: string) => list.querySelector(`li[data-cell="${cell}"]`) as HTMLElement;

test('「指标」 lists every indicator with its 得分 and 分值; 「说明」 names the rule, its figures and what 按规则评分 writes', async () => {
  renderPane(port());
  await findOverview(2);
  const list = openIndicators(WANGGE, /^指标（8）$/);
  expect(within(list).getAllByRole('listitem')).toHaveLength(8);
  const g20 = item(list, 'G20');
  expect(within(g20).getByTestId('indicator-score')).toHaveTextContent('8.00 / 10.00');
  expect(g20).toHaveTextContent('保障对象满意度');
  expect(g20).toHaveTextContent('定量 · 正向');
  fireEvent.click(within(g20).getByRole('button', { name: '说明：指标得分 G20' }));
  const note = within(g20).getByRole('note');
  expect(note).toHaveTextContent('80 ÷ 90 × 10.00 = 8.89');
  expect(note).toHaveTextContent('按规则评分将写入 8.89（现为 8.00）');
  // a qualitative one over its 分值: the tier band, the cap, and nothing written by 按规则评分
  const g16 = item(list, 'G16');
  expect(g16).toHaveTextContent('定性 · 达成');
  expect(g16).toHaveTextContent('计 10.00');
  fireEvent.click(within(g16).getByRole('button', { name: '说明：指标得分 G16' }));
  expect(within(g16).getByRole('note')).toHaveTextContent('[8.00, 10.00]');
  expect(within(g16).getByRole('note')).toHaveTextContent('12.00 超过分值 10.00，按 10.00 计入总分');
  expect(within(g16).getByRole('note')).toHaveTextContent('按规则评分不改写');
  expect(within(g20).queryByRole('note')).toBeNull(); // one explanation open at a time
});

test('in English the tier words and the sentences are translated, the sheet values are not', async () => {
  renderPane(port(), { displayLanguage: 'en-US' });
  await findOverview(2, 'en-US');
  const list = openIndicators(WANGGE, /^Indicators \(8\)$/);
  const g16 = item(list, 'G16');
  expect(g16).toHaveTextContent('qualitative · met');
  fireEvent.click(within(g16).getByRole('button', { name: 'Explain: indicator score G16' }));
  const note = within(g16).getByRole('note');
  expect(note).toHaveTextContent('「达成指标」 → met');
  expect(note).toHaveTextContent('Score by rule writes nothing');
  // closing the list again
  fireEvent.click(screen.getAllByRole('button', { name: /^Indicators \(8\)$/ })[1]);
  expect(screen.queryByTestId('indicator-scores')).toBeNull();
});
