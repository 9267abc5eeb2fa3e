/**
 * The main scenarios with the pane running as in WPS 表格 (`demo.html?host=wps`): the task pane
 * on the real WPS port (src/wps) over the fake ET object model of the tests, whose store is the
 * demo workbook the grid draws. 一键重算, the inline warning, a finding click, 按规则评分, 撤销 and
 * 生成汇总 (and 导出问题清单) must behave as they do on the Excel imitation.
 */
import { DemoSession, openDemo, shot } from './support/browser';
import * as fs from 'fs';
import { cell, cellText, CITY_OPS, findingAt, FORM_SHEETS, GRID_CASES, loadXlsx, pane, paneButton, showSheet, SUMMARY, typeInto, unfoldFindings, valueOf, waitForOverview, waitIdle } from './support/demoPage';

const RESULTS = '绩效自评结果';
const INLINE_TIMEOUT = 3000;

let demo: DemoSession | null = null;
afterEach(async () => {
  await demo?.close();
  demo = null;
});

async function start(): Promise<DemoSession> {
  demo = await openDemo({ host: 'wps' });
  await waitForOverview(demo.page, 7);
  await waitIdle(demo.page);
  return demo;
}

const tabs = (d: DemoSession) => d.page.locator('[data-testid="sheet-tab"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet')));

describe('as in WPS 表格 (?host=wps)', () => {
  it('w1 一键重算 writes 99.45 into 安亭城运日常运行费用!G6 through the WPS port; the store sheet stays out of the tabs', async () => {
    const d = await start();
    const { page } = d;
    await expect(page.locator('.page').getAttribute('data-host')).resolves.toBe('wps');
    await expect(page.locator('[data-testid="demo-banner"]').textContent()).resolves.toContain('?host=wps');
    await showSheet(page, CITY_OPS);
    await expect(cellText(page, CITY_OPS, 'G6')).resolves.toBe('99.44');
    await paneButton(page, '一键重算').click();
    const result = pane(page).locator('[data-testid="run-result"][data-action="recalcAll"]');
    await result.waitFor();
    await waitIdle(page);
    await expect(cellText(page, CITY_OPS, 'G6')).resolves.toBe('99.45');
    await expect(cellText(page, CITY_OPS, 'G21')).resolves.toBe('99.95');
    await expect(result.textContent()).resolves.toContain('已写入 7 个单元格。');
    // the undo record went into the workbook's very hidden store sheet, not into a tab
    await expect(tabs(d)).resolves.toEqual([SUMMARY, ...FORM_SHEETS]);
    await shot(page, 'w1-wps-recalc');
    expect(d.pageErrors).toEqual([]);
    expect(d.consoleErrors).toEqual([]);
  });

  it('w2 the inline warning: a 得分 above its 分值 typed into the grid reaches the pane as a SheetChange', async () => {
    const d = await start();
    const { page } = d;
    await showSheet(page, CITY_OPS);
    await typeInto(page, CITY_OPS, 'G13', '20');
    await findingAt(page, 'SCORE_OVER_WEIGHT', CITY_OPS, 'G13').waitFor({ timeout: INLINE_TIMEOUT });
    await expect(cellText(page, CITY_OPS, 'G13')).resolves.toBe('20.00');
    expect(d.pageErrors).toEqual([]);
  });

  it('w3 a finding click activates its sheet and selects its cell in WPS', async () => {
    const d = await start();
    const { page } = d;
    await unfoldFindings(page);
    await findingAt(page, 'ROUNDING_DIFF', GRID_CASES, 'G6').getByRole('button', { name: 'G6' }).click();
    const g6 = cell(page, GRID_CASES, 'G6');
    await g6.and(page.locator('[data-selected="true"]')).waitFor();
    await expect(page.locator(`[data-testid="sheet-tab"][data-sheet="${GRID_CASES}"]`).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.locator('[data-testid="name-box"]').textContent()).resolves.toBe('G6');
    expect(d.pageErrors).toEqual([]);
  });

  it('w4 按规则评分 then 撤销上次重算: the rule’s score written, then put back', async () => {
    const d = await start();
    const { page } = d;
    await showSheet(page, CITY_OPS);
    await typeInto(page, CITY_OPS, 'E14', '90.00(%)');
    await findingAt(page, 'FULL_SCORE_NOT_MET', CITY_OPS, 'G14').waitFor({ timeout: INLINE_TIMEOUT });
    await paneButton(page, '按规则评分').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '确认写入 2 个单元格' }).click();
    await pane(page).locator('[data-testid="run-result"][data-action="scoreByRule"]').waitFor();
    await waitIdle(page);
    await expect(cellText(page, CITY_OPS, 'G14')).resolves.toBe('13.50');
    await expect(cellText(page, CITY_OPS, 'G21')).resolves.toBe('98.45');

    await paneButton(page, '撤销上次重算').click();
    await pane(page).locator('[data-testid="run-result"][data-action="undo"]').waitFor();
    await waitIdle(page);
    await expect(cellText(page, CITY_OPS, 'G14')).resolves.toBe('15.00');
    await expect(cellText(page, CITY_OPS, 'G21')).resolves.toBe('99.94');
    expect(d.pageErrors).toEqual([]);
  });

  it('w5 生成汇总 adds 「绩效自评结果」 through the object model, with its chart', async () => {
    const d = await start();
    const { page } = d;
    await paneButton(page, '生成汇总').click();
    await pane(page).locator('[data-testid="results"][data-outcome="written"]').waitFor();
    await waitIdle(page);
    await expect(tabs(d)).resolves.toEqual([SUMMARY, ...FORM_SHEETS, RESULTS]);
    await showSheet(page, RESULTS);
    await expect(cellText(page, RESULTS, 'F4')).resolves.toBe('99.45');
    await expect(cellText(page, RESULTS, 'A11')).resolves.toBe('合计');
    await page.locator('[data-testid="sheet-chart"] svg').first().waitFor();
    // written again: replaced in place, still one such tab
    await paneButton(page, '生成汇总').click();
    await pane(page).locator('[data-testid="results"][data-outcome="written"]').waitFor();
    await waitIdle(page);
    await expect(tabs(d)).resolves.toEqual([SUMMARY, ...FORM_SHEETS, RESULTS]);
    await shot(page, 'w5-wps-results');

    // 导出问题清单 through the same object-model path: 「问题清单」 last, one row per finding (7 notes)
    await paneButton(page, '导出问题清单').click();
    await pane(page).locator('[data-notice="issuesWritten"]').waitFor();
    await waitIdle(page);
    await expect(tabs(d)).resolves.toEqual([SUMMARY, ...FORM_SHEETS, RESULTS, '问题清单']);
    await showSheet(page, '问题清单');
    await expect(cellText(page, '问题清单', 'F4')).resolves.toBe('ROUNDING_DIFF');
    await expect(cellText(page, '问题清单', 'A10')).resolves.toBe('7');
    await expect(cellText(page, '问题清单', 'A11')).resolves.toBe('');

    // the download holds both written sheets, not the store sheet; the forms as written
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-testid="download"]').click()]);
    const wb = await loadXlsx(fs.readFileSync((await download.path()) as string));
    expect(wb.worksheets.map((w) => w.name)).toEqual([SUMMARY, ...FORM_SHEETS, RESULTS, '问题清单']);
    expect(valueOf(wb, RESULTS, 'F4')).toBe(99.45);
    expect(valueOf(wb, '问题清单', 'F4')).toBe('ROUNDING_DIFF');
    expect(valueOf(wb, CITY_OPS, 'G6')).toBe(99.44); // 生成汇总 writes only its own sheets
    expect(d.pageErrors).toEqual([]);
  });
});
