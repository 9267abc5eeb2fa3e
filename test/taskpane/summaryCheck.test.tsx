/** @jest-environment jsdom */
/**
 * The 项目支出汇总表 cross-check in the pane, where the workbook is evaluated in parts: a large
 * workbook in slices of sheets, an edited sheet alone. The cross-check must always be the one over
 * the whole workbook (no row "without form" because its form was in another slice).
 */
import { screen, waitFor } from '@testing-library/react';
import { evaluateWorkbook, Finding, Grid } from '../../src/core';
import { summaryGrid, SummaryLine } from '../support/buildSummary';
import { FakeWorkbookPort } from './fakePort';
import { correctSpec } from '../core/helpers';
import { workbook } from './forms';
import { renderPane } from './render';

const UNIT = '测试实施单位';
const SUMMARY = '项目支出汇总表';
const N = 12; // more than one slice of 10 sheets

function grids(): Grid[] {
  const forms = workbook(...Array.from({ length: N }, (_, i): [string, ReturnType<typeof correctSpec>] => [`表${i + 1}`, { ...correctSpec(), project: `项目${i + 1}(日常运行)` }]));
  const lines = Array.from({ length: N }, (_, i): SummaryLine => [UNIT, `项目${i + 1}（日常运行）`, 758.02, 752.94, 0, 0, 762.25, 0]);
  return [summaryGrid(SUMMARY, lines), ...forms];
}

const cross = (fs: readonly Finding[]) => fs.filter((f) => /SUMMARY|FORM_MISSING_FROM_SUMMARY/.test(f.code)).map((f) => `${f.code}@${f.sheet}!${f.cell}`);

function paneCodes(): string[] {
  return [...document.querySelectorAll('li[data-code]')].filter((li) => /SUMMARY/.test(li.getAttribute('data-code') ?? '')).map((li) => `${li.getAttribute('data-code')}@${li.getAttribute('data-sheet')}!${li.getAttribute('data-cell')}`);
}

test('a large workbook evaluated in slices gets the same cross-check as evaluated whole', async () => {
  const g = grids();
  g[0].values[5][3] = 700; // row 6 (项目3): 财政提供预算金额 700 against 758.02
  expect(cross(evaluateWorkbook(g).findings)).toEqual([`SUMMARY_MISMATCH@${SUMMARY}!D6`]);
  renderPane(new FakeWorkbookPort(g));
  await screen.findByText(`共 ${N} 张自评表`, undefined, { timeout: 10000 });
  await waitFor(() => expect(paneCodes()).toEqual([`SUMMARY_MISMATCH@${SUMMARY}!D6`]));
});

test('editing a summary figure re-checks it against the forms on the other sheets', async () => {
  const fake = new FakeWorkbookPort(grids());
  renderPane(fake, { sessionOptions: { debounceMs: 10 } });
  await screen.findByText(`共 ${N} 张自评表`, undefined, { timeout: 10000 });
  expect(paneCodes()).toEqual([]);
  fake.userEdit(SUMMARY, 'H4', 800); // 调整后 当年财政拨款 of 项目1
  await waitFor(() => expect(paneCodes()).toEqual([`SUMMARY_MISMATCH@${SUMMARY}!H4`]), { timeout: 5000 });
  // an edit elsewhere keeps exactly that one finding (the earlier cross-check's is replaced, not doubled)
  fake.userEdit('表5', 'H13', '人员调整');
  await waitFor(() => expect(fake.rangeReads.some((r) => r.sheet === '表5')).toBe(true));
  await waitFor(() => expect(paneCodes()).toEqual([`SUMMARY_MISMATCH@${SUMMARY}!H4`]), { timeout: 5000 });
  fake.userEdit(SUMMARY, 'H4', 762.25);
  await waitFor(() => expect(paneCodes()).toEqual([]), { timeout: 5000 });
});

test('editing a form\'s figure brings the mismatch at the summary\'s cell', async () => {
  const fake = new FakeWorkbookPort(grids());
  renderPane(fake, { sessionOptions: { debounceMs: 10 } });
  await screen.findByText(`共 ${N} 张自评表`, undefined, { timeout: 10000 });
  // 全年执行数 of 年度资金总额 on 表2 (the form's E6)
  fake.userEdit('表2', 'E6', 700);
  await waitFor(() => expect(paneCodes()).toEqual([`SUMMARY_MISMATCH@${SUMMARY}!D5`]), { timeout: 5000 });
});
