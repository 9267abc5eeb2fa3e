/**
 * 生成汇总 in the demo host: the sheet 「绩效自评结果」 appears (last tab) with its native chart drawn
 * over it, its links go to the forms, the pane shows the same table, totals, grades and chart, a
 * second run rewrites the same sheet, and the download holds the sheet with its chart part.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as fs from 'fs';
import { AXIS_LABEL_CHARS, axisLabels } from '../../src/core/results/chartLabels';
import { DemoSession, openDemo, shot } from './support/browser';
import { CITY_OPS, cell, cellText, GRID_CASES, loadXlsx, pane, paneButton, readFixture, showSheet, valueOf, waitForOverview, waitIdle, workbookBytes } from './support/demoPage';

const RESULTS = '绩效自评结果';

let demo: DemoSession | null = null;
afterEach(async () => {
  await demo?.close();
  demo = null;
});

describe('生成汇总', () => {
  it('12 writes 「绩效自评结果」 with its chart; the links go to the forms; the pane shows the same table', async () => {
    demo = await openDemo();
    const { page } = demo;
    await waitForOverview(page, 7);
    await waitIdle(page);
    await paneButton(page, '生成汇总').click();
    const panel = pane(page).locator('[data-testid="results"][data-outcome="written"]');
    await panel.waitFor();
    await waitIdle(page);
    // the pane: totals from the sums, grade counts, the chart, one row per form
    await expect(panel.locator('[data-testid="results-totals"]').textContent()).resolves.toBe('合计：全年预算数 6364.22，全年执行数 6286.51，总体执行率 98.78%');
    await expect(panel.locator('[data-grade-count="优"]').textContent()).resolves.toBe('优 7');
    await panel.locator('[data-testid="results-chart"] svg').first().waitFor();
    await expect(panel.locator('tr[data-result]').count()).resolves.toBe(7);

    // the sheet: last tab, the figures, the totals row, the chart over its cells
    const tabs = await page.locator('[data-testid="sheet-tab"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet')));
    expect(tabs.at(-1)).toBe(RESULTS);
    await showSheet(page, RESULTS);
    await expect(cellText(page, RESULTS, 'B4')).resolves.toBe('其他专项工作经费(安亭城运日常运行费用)');
    await expect(cellText(page, RESULTS, 'F4')).resolves.toBe('99.45');
    await expect(cellText(page, RESULTS, 'F11')).resolves.toBe('98.78');
    await expect(cellText(page, RESULTS, 'A11')).resolves.toBe('合计');
    const chart = page.locator('[data-testid="sheet-chart"]');
    await chart.locator('svg').first().waitFor();
    await expect(chart.getAttribute('aria-label')).resolves.toBe('各项目总分与执行率');
    await chart.scrollIntoViewIfNeeded();
    await shot(page, '12-results-sheet');

    // one category per form, every axis label drawn: the 图表标签 cells (M4:M10), distinct, shortened
    // on the axis, each drawn once in the pane's chart and in the sheet's chart
    const labels = await Promise.all(Array.from({ length: 7 }, (_, i) => cellText(page, RESULTS, `M${4 + i}`)));
    expect(new Set(labels).size).toBe(7);
    const onAxis = axisLabels(labels, AXIS_LABEL_CHARS.column);
    const drawn = async (root: typeof chart) => (await root.locator('svg text').evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()))).filter((t) => onAxis.includes(t));
    for (const root of [panel.locator('[data-testid="results-chart"]'), chart]) {
      const texts = await drawn(root);
      expect(texts).toHaveLength(7);
      expect(new Set(texts).size).toBe(7);
    }

    // a link goes to its form
    await cell(page, RESULTS, 'C5').locator('a').click();
    await page.waitForFunction((s) => document.querySelector('table[data-testid="sheet-grid"]')?.getAttribute('data-sheet') === s, GRID_CASES);
    await expect(page.locator('[data-testid="name-box"]').textContent()).resolves.toBe('A1');

    // a row of the pane's table selects its form too
    await panel.locator(`tr[data-result-project="${CITY_OPS}"] button`).click();
    await page.waitForFunction((s) => document.querySelector('table[data-testid="sheet-grid"]')?.getAttribute('data-sheet') === s, CITY_OPS);
    expect(demo.pageErrors).toEqual([]);
    expect(demo.foreignRequests).toEqual([]);
  });

  it('13 a second run rewrites the same sheet in place; the download holds it with its chart', async () => {
    demo = await openDemo();
    const { page } = demo;
    await waitForOverview(page, 7);
    await waitIdle(page);
    await paneButton(page, '生成汇总').click();
    await pane(page).locator('[data-testid="results"]').waitFor();
    await waitIdle(page);
    await paneButton(page, '生成汇总').click();
    await waitIdle(page);
    const tabs = await page.locator('[data-testid="sheet-tab"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet')));
    expect(tabs.filter((t) => t === RESULTS)).toHaveLength(1);
    // the results sheet is not taken for a form or a summary table: still 7 forms, no new finding codes
    await waitForOverview(page, 7);
    await expect(pane(page).locator('li[data-sheet="绩效自评结果"]').count()).resolves.toBe(0);

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-testid="download"]').click()]);
    const saved = fs.readFileSync((await download.path()) as string);
    const wb = await loadXlsx(saved);
    expect(wb.worksheets.map((w) => w.name).at(-1)).toBe(RESULTS);
    expect(valueOf(wb, RESULTS, 'F4')).toBe(99.45);
    expect(valueOf(wb, CITY_OPS, 'G6')).toBe(99.44); // 生成汇总 writes only its own sheet
    const zip = await JSZip.loadAsync(saved);
    expect(Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(1);
    expect(demo.pageErrors).toEqual([]);
  });
});

describe('生成汇总 with many forms sharing a short name', () => {
  it('14 twelve forms 合成项目N(专项经费): bars across, one line and one axis label per form, in the pane and on the sheet', async () => {
    // twelve copies of the example's first form, each on its own sheet, all named 合成项目N(专项经费)
    const source = (await readFixture()).getWorksheet(CITY_OPS)!;
    const wb = new ExcelJS.Workbook();
    for (let n = 1; n <= 12; n++) {
      const ws = wb.addWorksheet(`表${n}`);
      source.eachRow({ includeEmpty: false }, (row, r) => row.eachCell({ includeEmpty: false }, (c, col) => (ws.getCell(r, col).value = c.value)));
      ws.eachRow((row) => row.eachCell((c) => typeof c.value === 'string' && c.value.startsWith('其他专项工作经费(') && (c.value = `合成项目${n}(专项经费)`)));
      for (const range of source.model.merges ?? []) ws.mergeCells(range);
    }
    demo = await openDemo();
    const { page } = demo;
    await waitForOverview(page, 7);
    await waitIdle(page);
    await page.locator('input[data-testid="open-file"]').setInputFiles({ name: '合成.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await workbookBytes(wb) });
    await waitForOverview(page, 12);
    await waitIdle(page);
    await paneButton(page, '生成汇总').click();
    const panel = pane(page).locator('[data-testid="results"][data-outcome="written"]');
    await panel.waitFor();
    await waitIdle(page);
    const paneChart = panel.locator('[data-testid="results-chart"][data-direction="bar"]');
    await paneChart.locator('svg').first().waitFor();
    await expect(paneChart.locator('[data-group]').count()).resolves.toBe(12);
    await expect(paneChart.locator('[data-bar]').count()).resolves.toBe(24);

    await showSheet(page, RESULTS);
    const labels = await Promise.all(Array.from({ length: 12 }, (_, i) => cellText(page, RESULTS, `M${4 + i}`)));
    expect(new Set(labels).size).toBe(12);
    const sheetChart = page.locator('[data-testid="sheet-chart"][data-direction="bar"]');
    await sheetChart.locator('svg').first().waitFor();
    await sheetChart.scrollIntoViewIfNeeded();
    await shot(page, '14-results-many-forms');
    const onAxis = axisLabels(labels, AXIS_LABEL_CHARS.bar);
    for (const root of [paneChart, sheetChart]) {
      await expect(root.locator('[data-group]').count()).resolves.toBe(12);
      const texts = await root.locator('[data-axis-label]').evaluateAll((els) => els.map((e) => (e.lastChild?.textContent ?? '').trim()));
      expect(texts).toEqual(onAxis);
    }
    expect(demo.pageErrors).toEqual([]);
  });
});
