/**
 * Scenarios of opening files: a text file named .xlsx (refused, the open workbook stays), a
 * workbook without any form, a form with #DIV/0! and text in its figure cells, and another
 * workbook opened through the file input, recalculated and downloaded (read back with ExcelJS).
 * The workbooks are made from the fixture with ExcelJS in the test.
 */
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { readErrorText } from '../../src/xlsx/read/readErrorText';
import { DemoSession, openDemo, shot, writeWorkbook } from './support/browser';
import {
  cellText, changeKeys, CITY_OPS, EXAMPLE_NAME, findingAt, findings, GRID_CASES, loadXlsx, openChanges, pane, paneButton, readFixture, showSheet, SUMMARY, valueOf, waitForOverview, waitIdle, workbookBytes,
} from './support/demoPage';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let demo: DemoSession | null = null;
afterEach(async () => {
  await demo?.close();
  demo = null;
});

describe('opening workbooks', () => {
  it('09a a text file named .xlsx is refused by name; the open workbook stays', async () => {
    demo = await openDemo();
    const { page } = demo;
    await waitForOverview(page, 7);
    await waitIdle(page);
    await showSheet(page, CITY_OPS);
    await page.locator('input[data-testid="open-file"]').setInputFiles({ name: '会议纪要.xlsx', mimeType: XLSX_MIME, buffer: Buffer.from('这不是工作簿，只是一段文字。\nplain text\n') });
    const error = page.locator('[data-testid="demo-error"]');
    await error.waitFor();
    await expect(error.getAttribute('role')).resolves.toBe('alert');
    await expect(error.textContent()).resolves.toBe(`无法打开「会议纪要.xlsx」：${readErrorText({ code: 'textFile' }, 'zh-CN')}`);
    // the example is still open, in the grid and in the pane, as it was
    await expect(page.locator('[data-testid="file-status"]').textContent()).resolves.toBe(`${EXAMPLE_NAME} · 未修改`);
    await waitForOverview(page, 7);
    await expect(page.locator('table[data-testid="sheet-grid"]').getAttribute('data-sheet')).resolves.toBe(CITY_OPS);
    await expect(cellText(page, CITY_OPS, 'G6')).resolves.toBe('99.44');
    await expect(paneButton(page, '一键重算').isEnabled()).resolves.toBe(true);
    await shot(page, '09a-not-a-workbook');
    expect(demo.pageErrors).toEqual([]);
    expect(demo.foreignRequests).toEqual([]);
  });

  it('09b a workbook whose only sheet holds no form: “no form found”, nothing crashes', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('杂项');
    ws.getCell('A1').value = '会议室预约登记';
    ws.getCell('B2').value = 42;
    ws.getCell('C3').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('D4').value = '分值';
    ws.getCell('E5').value = '得分';
    ws.getCell('A7').value = '执行率';
    ws.getCell('B7').value = 'abc%';
    ws.mergeCells('A9:C10');
    ws.getCell('A9').value = '合并单元格';
    const url = writeWorkbook('garbage-only.xlsx', await workbookBytes(wb));
    demo = await openDemo({ workbook: url });
    const { page } = demo;
    await waitForOverview(page, 0);
    await waitIdle(page);
    await expect(pane(page).locator('[data-testid="overview"]').textContent()).resolves.toBe('未在工作簿中找到项目支出绩效自评表。');
    await expect(page.locator('[data-testid="file-status"]').textContent()).resolves.toBe('garbage-only.xlsx · 未修改');
    await expect(cellText(page, '杂项', 'A1')).resolves.toBe('会议室预约登记');
    await expect(cellText(page, '杂项', 'C3')).resolves.toBe('#N/A');
    await expect(page.locator('[data-testid="demo-error"]').count()).resolves.toBe(0);
    // the actions run and write nothing
    await paneButton(page, '一键重算').click();
    const result = pane(page).locator('[data-testid="run-result"][data-action="recalcAll"]');
    await result.waitFor();
    await waitIdle(page);
    await expect(result.textContent()).resolves.toContain('所有计算结果已是最新，未改动任何单元格。');
    await expect(changeKeys(page)).resolves.toEqual([]);
    await expect(page.locator('[data-testid="file-status"]').textContent()).resolves.toBe('garbage-only.xlsx · 未修改');
    await shot(page, '09b-no-form');
    expect(demo.pageErrors).toEqual([]);
    expect(demo.consoleErrors).toEqual([]);
  });

  it('09c #DIV/0! and text in a form’s figure cells: findings on those cells, no page error', async () => {
    const wb = await readFixture();
    const ws = wb.getWorksheet(GRID_CASES);
    if (!ws) throw new Error(`no sheet ${GRID_CASES}`);
    ws.getCell('E6').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue; // 全年执行数 (total)
    ws.getCell('F15').value = '八分'; // 分值 of 托底处置分类
    ws.getCell('G16').value = '十'; // 得分 of 工程验收合格率
    const url = writeWorkbook('damaged.xlsx', await workbookBytes(wb));
    demo = await openDemo({ workbook: url });
    const { page } = demo;
    await waitForOverview(page, 7);
    await waitIdle(page);
    await expect(findingAt(page, 'CELL_ERROR', GRID_CASES, 'E6').count()).resolves.toBe(1);
    await expect(findingAt(page, 'CELL_ERROR', GRID_CASES, 'E6').textContent()).resolves.toContain('#DIV/0!');
    await expect(findingAt(page, 'VALUE_NOT_NUMBER', GRID_CASES, 'F15').count()).resolves.toBe(1);
    await expect(findingAt(page, 'VALUE_NOT_NUMBER', GRID_CASES, 'F15').textContent()).resolves.toContain('八分');
    await expect(findingAt(page, 'VALUE_NOT_NUMBER', GRID_CASES, 'G16').count()).resolves.toBe(1);
    // the damaged form's rate is not computed; the other forms are untouched
    const rate = (sheet: string) => pane(page).locator(`[data-testid="overview"] tbody[data-sheet="${sheet}"] [data-testid="rate"]`).textContent();
    await expect(rate(GRID_CASES)).resolves.toBe('—');
    await expect(rate(CITY_OPS)).resolves.toBe('99.45');
    await showSheet(page, GRID_CASES);
    await expect(cellText(page, GRID_CASES, 'E6')).resolves.toBe('#DIV/0!');
    await expect(cellText(page, GRID_CASES, 'F15')).resolves.toBe('八分');
    // 一键重算 leaves the damaged cells alone and does not write a rate it could not compute
    await paneButton(page, '一键重算').click();
    await pane(page).locator('[data-testid="run-result"][data-action="recalcAll"]').waitFor();
    await waitIdle(page);
    const keys = await changeKeys(page);
    expect(keys).toContain(`${CITY_OPS}!G6`);
    expect(keys.filter((k) => k.startsWith(`${GRID_CASES}!`) && /!(E6|F15|G16|G6)$/.test(k))).toEqual([]);
    await expect(cellText(page, GRID_CASES, 'E6')).resolves.toBe('#DIV/0!');
    await expect(cellText(page, GRID_CASES, 'G6')).resolves.toBe('78.78');
    await expect(findings(page, 'CELL_ERROR').count()).resolves.toBeGreaterThanOrEqual(1);
    await shot(page, '09c-damaged-form');
    expect(demo.pageErrors).toEqual([]);
  });

  it('10 another workbook through the file input: shown, recalculated, downloaded as a valid xlsx', async () => {
    const wb = await readFixture();
    const ws = wb.getWorksheet(CITY_OPS);
    if (!ws) throw new Error(`no sheet ${CITY_OPS}`);
    ws.getCell('E6').value = 700; // 全年执行数: 700 / 762.25 = 91.83 %
    ws.getCell('E7').value = 700;
    const bytes = await workbookBytes(wb);

    demo = await openDemo();
    const { page } = demo;
    await waitForOverview(page, 7);
    await waitIdle(page);
    await page.locator('input[data-testid="open-file"]').setInputFiles({ name: '改后的自评表.xlsx', mimeType: XLSX_MIME, buffer: bytes });
    const status = page.locator('[data-testid="file-status"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="file-status"]')?.textContent === '改后的自评表.xlsx · 未修改');
    await waitForOverview(page, 7);
    await waitIdle(page);
    // the new workbook in the grid and in the pane (a fresh check of it)
    await expect(page.locator('table[data-testid="sheet-grid"]').getAttribute('data-sheet')).resolves.toBe(SUMMARY);
    await showSheet(page, CITY_OPS);
    await expect(cellText(page, CITY_OPS, 'E6')).resolves.toBe('700.00');
    await expect(cellText(page, CITY_OPS, 'G6')).resolves.toBe('99.44');
    const overview = pane(page).locator(`[data-testid="overview"] tbody[data-sheet="${CITY_OPS}"]`);
    await expect(overview.locator('[data-testid="rate"]').textContent()).resolves.toBe('91.83');
    await expect(findingAt(page, 'STALE_VALUE', CITY_OPS, 'G6').count()).resolves.toBe(1);

    await paneButton(page, '一键重算').click();
    await pane(page).locator('[data-testid="run-result"][data-action="recalcAll"]').waitFor();
    await waitIdle(page);
    await expect(cellText(page, CITY_OPS, 'G6')).resolves.toBe('91.83');
    await expect(cellText(page, CITY_OPS, 'H6')).resolves.toBe('9.18');
    await openChanges(page);
    await expect(pane(page).locator(`[data-change="${CITY_OPS}!G6"]`).textContent()).resolves.toContain('99.44 → 91.83');
    await expect(status.textContent()).resolves.toMatch(/^改后的自评表\.xlsx · 已修改 \d+ 个单元格$/);
    await shot(page, '10-other-workbook-recalculated');

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-testid="download"]').click()]);
    expect(download.suggestedFilename()).toBe('改后的自评表（绩效自评助手）.xlsx');
    const file = await download.path();
    expect(file).toBeTruthy();
    const saved = fs.readFileSync(file as string);
    expect([...saved.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const out = await loadXlsx(saved);
    expect(out.worksheets.map((w) => w.name)).toEqual(wb.worksheets.map((w) => w.name));
    expect(valueOf(out, CITY_OPS, 'G6')).toBe(91.83);
    expect(valueOf(out, CITY_OPS, 'H6')).toBe(9.18);
    expect(valueOf(out, CITY_OPS, 'E6')).toBe(700);
    // what was not recalculated is as it was: another form's figures, the forms' texts
    expect(valueOf(out, GRID_CASES, 'E6')).toBe(59.09);
    expect(valueOf(out, CITY_OPS, 'C13')).toBe('成本节约率');
    expect(demo.pageErrors).toEqual([]);
    expect(demo.foreignRequests).toEqual([]);
  });

  it('10b a workbook dropped onto the spreadsheet opens like one picked in the file dialog', async () => {
    const wb = await readFixture();
    wb.getWorksheet(CITY_OPS)!.getCell('E6').value = 700;
    const bytes = await workbookBytes(wb);
    demo = await openDemo();
    const { page } = demo;
    await waitForOverview(page, 7);
    await waitIdle(page);
    // a drop as the browser delivers it: a DataTransfer holding the file, on the left half
    const transfer = await page.evaluateHandle(([b64, name, type]) => {
      const raw = atob(b64);
      const data = new Uint8Array(raw.length);
      for (let i = 0; i < raw.length; i++) data[i] = raw.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(new File([data], name, { type }));
      return dt;
    }, [Buffer.from(bytes).toString('base64'), '拖入的自评表.xlsx', XLSX_MIME] as const);
    await page.dispatchEvent('[data-testid="drop-zone"]', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('[data-testid="drop-zone"]', 'drop', { dataTransfer: transfer });
    await page.waitForFunction(() => document.querySelector('[data-testid="file-status"]')?.textContent === '拖入的自评表.xlsx · 未修改');
    await waitForOverview(page, 7);
    const overview = pane(page).locator(`[data-testid="overview"] tbody[data-sheet="${CITY_OPS}"]`);
    await expect(overview.locator('[data-testid="rate"]').textContent()).resolves.toBe('91.83');
    expect(demo.pageErrors).toEqual([]);
  });

  it('09d an address naming another site opens the bundled example; a malformed one says it cannot be opened', async () => {
    demo = await openDemo({ workbook: 'http://example.invalid/x.xlsx' });
    await waitForOverview(demo.page, 7);
    await expect(demo.page.locator('[data-testid="file-status"]').textContent()).resolves.toBe(`${EXAMPLE_NAME} · 未修改`);
    expect(demo.foreignRequests).toEqual([]);
    expect(demo.pageErrors).toEqual([]);
    await demo.close();

    demo = await openDemo({ workbook: '/workbooks/%E0%A4%A.xlsx' });
    const error = demo.page.locator('[data-testid="demo-error"]');
    await error.waitFor();
    await expect(error.textContent()).resolves.toMatch(/^无法打开「%E0%A4%A\.xlsx」：演示服务器未能提供该文件（4\d\d /);
    expect(demo.pageErrors).toEqual([]);
  });
});
