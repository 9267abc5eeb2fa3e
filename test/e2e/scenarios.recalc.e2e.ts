/**
 * Scenarios on the bundled example (the fixture test/fixtures/anting-2024.xlsx): the page loads
 * and checks 7 forms, 一键重算 writes the 7 figures the published forms truncated and lists them,
 * 撤销上次重算 puts them back, merged areas are drawn merged, and the pane speaks English when
 * asked. Each scenario has a fresh page (own context).
 */
import { DemoSession, openDemo, shot } from './support/browser';
import {
  cell, cellText, changeKeys, CITY_OPS, EXAMPLE_NAME, findings, FORM_SHEETS, GRID_CASES, openChanges, pane, paneButton, showSheet, SUMMARY, unfoldFindings, waitForOverview, waitIdle,
} from './support/demoPage';

/** What 一键重算 writes into the example: the figures published truncated (ROUNDING_DIFF). */
const RECALC_CHANGES = [
  `${CITY_OPS}!G6`,
  `${CITY_OPS}!H6`,
  `${CITY_OPS}!G7`,
  `${CITY_OPS}!G21`,
  `${GRID_CASES}!G6`,
  `${GRID_CASES}!G7`,
  '联勤队伍组建!G7',
].sort();

let demo: DemoSession | null = null;
afterEach(async () => {
  await demo?.close();
  demo = null;
});

async function start(): Promise<DemoSession> {
  demo = await openDemo();
  await waitForOverview(demo.page, 7);
  await waitIdle(demo.page);
  return demo;
}

describe('the bundled example', () => {
  it('01 loads: 7 forms in the overview, the simulator banner, no foreign request, no error', async () => {
    const { page, foreignRequests, pageErrors, consoleErrors } = await start();
    const banner = page.locator('[data-testid="demo-banner"]');
    await expect(banner.textContent()).resolves.toContain('这是 Excel 的模拟器');
    await expect(banner.textContent()).resolves.toContain('A simulator of Excel');
    await expect(page.locator('[data-testid="file-status"]').textContent()).resolves.toBe(`${EXAMPLE_NAME} · 未修改`);
    // the summary sheet and the 7 forms, in the workbook's order; the first one is shown
    const tabs = await page.locator('[data-testid="sheet-tab"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet')));
    expect(tabs).toEqual([SUMMARY, ...FORM_SHEETS]);
    await expect(page.locator(`[data-testid="sheet-tab"][data-sheet="${SUMMARY}"]`).getAttribute('aria-selected')).resolves.toBe('true');
    // the overview: one row group per form, with the recomputed figures of the expected json
    const overview = pane(page).locator('[data-testid="overview"]');
    await expect(overview.textContent()).resolves.toContain('共 7 张自评表');
    const sheets = await overview.locator('tbody[data-sheet]').evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet')));
    expect(sheets).toEqual(FORM_SHEETS);
    await expect(overview.locator(`tbody[data-sheet="${CITY_OPS}"] [data-testid="rate"]`).textContent()).resolves.toBe('99.45');
    await expect(overview.locator(`tbody[data-sheet="${CITY_OPS}"] [data-testid="total"]`).textContent()).resolves.toBe('99.95');
    await expect(overview.locator(`tbody[data-sheet="${GRID_CASES}"] [data-testid="rate"]`).textContent()).resolves.toBe('78.79');
    // the published truncations are notes, nothing worse
    await unfoldFindings(page);
    await expect(findings(page, 'ROUNDING_DIFF').count()).resolves.toBe(7);
    await expect(pane(page).locator('li[data-code]').count()).resolves.toBe(7);
    await shot(page, '01-overview');
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('02 一键重算 writes 99.45 into G6 and lists the 7 changed cells', async () => {
    const { page, pageErrors } = await start();
    await showSheet(page, CITY_OPS);
    await expect(cellText(page, CITY_OPS, 'G6')).resolves.toBe('99.44');
    await paneButton(page, '一键重算').click();
    const result = pane(page).locator('[data-testid="run-result"][data-action="recalcAll"]');
    await result.waitFor();
    await waitIdle(page);
    await expect(cellText(page, CITY_OPS, 'G6')).resolves.toBe('99.45');
    await expect(cellText(page, CITY_OPS, 'H6')).resolves.toBe('9.95');
    await expect(cellText(page, CITY_OPS, 'G21')).resolves.toBe('99.95');
    expect((await changeKeys(page)).sort()).toEqual(RECALC_CHANGES);
    const g6 = result.locator(`[data-change="${CITY_OPS}!G6"]`);
    await expect(g6.textContent()).resolves.toContain('99.44 → 99.45');
    await expect(g6.textContent()).resolves.toContain('执行率');
    await expect(result.textContent()).resolves.toContain('已写入 7 个单元格。');
    await expect(result.textContent()).resolves.toContain('重算后仍有：错误 0 条，警告 0 条，提示 0 条。');
    await expect(page.locator('[data-testid="file-status"]').textContent()).resolves.toBe(`${EXAMPLE_NAME} · 已修改 7 个单元格`);
    await expect(pane(page).locator('li[data-code]').count()).resolves.toBe(0);
    await shot(page, '02-recalc-changes');
    expect(pageErrors).toEqual([]);
  });

  it('07 撤销上次重算 after 一键重算 restores G6 to 99.44', async () => {
    const { page, pageErrors } = await start();
    const undo = paneButton(page, '撤销上次重算');
    await expect(undo.isDisabled()).resolves.toBe(true);
    await paneButton(page, '一键重算').click();
    await pane(page).locator('[data-testid="run-result"][data-action="recalcAll"]').waitFor();
    await waitIdle(page);
    await showSheet(page, CITY_OPS);
    await expect(cellText(page, CITY_OPS, 'G6')).resolves.toBe('99.45');
    await expect(undo.isEnabled()).resolves.toBe(true);
    await undo.click();
    const result = pane(page).locator('[data-testid="run-result"][data-action="undo"]');
    await result.waitFor();
    await waitIdle(page);
    await expect(cellText(page, CITY_OPS, 'G6')).resolves.toBe('99.44');
    await expect(cellText(page, CITY_OPS, 'H6')).resolves.toBe('9.94');
    await expect(cellText(page, CITY_OPS, 'G21')).resolves.toBe('99.94');
    await expect(result.textContent()).resolves.toContain('已撤销：7 个单元格恢复为重算前的值。');
    expect((await changeKeys(page)).sort()).toEqual(RECALC_CHANGES);
    await openChanges(page);
    await expect(result.locator(`[data-change="${CITY_OPS}!G6"]`).textContent()).resolves.toContain('99.45 → 99.44');
    // the truncations are back, and there is nothing left to undo
    await unfoldFindings(page);
    await expect(findings(page, 'ROUNDING_DIFF').count()).resolves.toBe(7);
    await expect(undo.isDisabled()).resolves.toBe(true);
    await shot(page, '07-undo');
    expect(pageErrors).toEqual([]);
  });

  it('08 English: the language setting switches the pane to English', async () => {
    const { page, pageErrors } = await start();
    await paneButton(page, '设置').click();
    const language = pane(page).getByLabel('界面语言');
    await language.waitFor();
    await language.selectOption('en-US');
    const toolbar = pane(page).getByRole('toolbar');
    await toolbar.getByRole('button', { name: 'Recalculate all', exact: true }).waitFor();
    const labels = await toolbar.getByRole('button').evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));
    expect(labels).toEqual(['Recalculate all', 'Check', 'Score by rule', 'Undo last recalculation', 'Summary', 'Export issue list', 'Review', 'Settings']);
    await expect(pane(page).getByLabel('Language').inputValue()).resolves.toBe('en-US');
    await shot(page, '08-english-settings');
    // back to the overview: the figures' words and the findings are English too
    await paneButton(page, 'Settings').click();
    await waitForOverview(page, 7);
    const overview = pane(page).locator('[data-testid="overview"]');
    await expect(overview.textContent()).resolves.toContain('7 forms');
    await expect(overview.textContent()).resolves.toContain('Budget score');
    await unfoldFindings(page);
    const note = findings(page, 'ROUNDING_DIFF').first();
    // the message (the li's last part; the link before it names the Chinese sheet)
    await expect(note.evaluate((li) => li.lastElementChild?.textContent ?? '')).resolves.not.toMatch(/[\u4e00-\u9fff]/);
    await paneButton(page, 'Recalculate all').click();
    const result = pane(page).locator('[data-testid="run-result"][data-action="recalcAll"]');
    await result.waitFor();
    await waitIdle(page);
    await expect(result.textContent()).resolves.toContain('7 cells written.');
    await openChanges(page);
    await expect(result.locator(`[data-change="${CITY_OPS}!G6"]`).textContent()).resolves.toContain('99.44 → 99.45');
    await showSheet(page, CITY_OPS);
    await shot(page, '08-english');
    expect(pageErrors).toEqual([]);
  });

  it('11 merged areas are drawn merged: a form’s title spans A1:I1', async () => {
    const { page } = await start();
    // the summary sheet's own title, then a form's
    await expect(cell(page, SUMMARY, 'A1').evaluate((td) => (td as HTMLTableCellElement).colSpan)).resolves.toBe(9);
    await showSheet(page, CITY_OPS);
    const title = cell(page, CITY_OPS, 'A1');
    await expect(title.textContent()).resolves.toBe('项目支出绩效自评表');
    const spans = async (a1: string) => cell(page, CITY_OPS, a1).evaluate((td) => [(td as HTMLTableCellElement).colSpan, (td as HTMLTableCellElement).rowSpan]);
    await expect(spans('A1')).resolves.toEqual([9, 1]);
    await expect(spans('A5')).resolves.toEqual([1, 5]); // 项目资金(万元) over A5:A9
    await expect(spans('H13')).resolves.toEqual([2, 1]); // 偏差原因 over H13:I13
    await expect(spans('G13')).resolves.toEqual([1, 1]);
    // the covered cells are not drawn
    await expect(cell(page, CITY_OPS, 'B1').count()).resolves.toBe(0);
    await expect(cell(page, CITY_OPS, 'A6').count()).resolves.toBe(0);
    await expect(cell(page, CITY_OPS, 'I13').count()).resolves.toBe(0);
    await shot(page, '11-merged');
  });
});
