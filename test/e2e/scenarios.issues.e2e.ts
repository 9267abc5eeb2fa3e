/**
 * 导出问题清单 in the demo host: the sheet 「问题清单」 appears (last tab) with a row per finding of
 * the fixture (its 7 ROUNDING_DIFF notes), each 单元格 a link to the cell; the pane says how many;
 * a second run rewrites the same sheet; the download holds it with its print setup.
 */
import JSZip from 'jszip';
import * as fs from 'fs';
import { DemoSession, openDemo, shot } from './support/browser';
import { cell, cellText, CITY_OPS, loadXlsx, pane, paneButton, showSheet, valueOf, waitForOverview, waitIdle } from './support/demoPage';

const ISSUES = '问题清单';
const FINDINGS = 7;

let demo: DemoSession | null = null;
afterEach(async () => {
  await demo?.close();
  demo = null;
});

async function exportIssues(session: DemoSession): Promise<void> {
  const { page } = session;
  await paneButton(page, '导出问题清单').click();
  await pane(page).locator('[data-notice="issuesWritten"]').waitFor();
  await waitIdle(page);
}

const tabs = (session: DemoSession) => session.page.locator('[data-testid="sheet-tab"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet')));

describe('导出问题清单', () => {
  it('14 writes 「问题清单」: a row per finding, the cell a link to it; the notice gives the count', async () => {
    demo = await openDemo();
    const { page } = demo;
    await waitForOverview(page, 7);
    await waitIdle(page);
    await exportIssues(demo);
    await expect(pane(page).locator('[data-notice="issuesWritten"]').textContent()).resolves.toContain(String(FINDINGS));

    expect((await tabs(demo)).at(-1)).toBe(ISSUES);
    await showSheet(page, ISSUES);
    await expect(cellText(page, ISSUES, 'A3')).resolves.toBe('序号');
    for (let i = 0; i < FINDINGS; i++) {
      await expect(cellText(page, ISSUES, `A${4 + i}`)).resolves.toBe(String(i + 1));
      await expect(cellText(page, ISSUES, `F${4 + i}`)).resolves.toBe('ROUNDING_DIFF');
    }
    await expect(cellText(page, ISSUES, `A${4 + FINDINGS}`)).resolves.toBe('');
    await expect(cellText(page, ISSUES, 'B4')).resolves.toBe(CITY_OPS);
    await expect(cellText(page, ISSUES, 'D4')).resolves.toBe('G6');
    await shot(page, '14-issues-sheet');

    // the link goes to the finding's cell
    await cell(page, ISSUES, 'D4').locator('a').click();
    await page.waitForFunction((s) => document.querySelector('table[data-testid="sheet-grid"]')?.getAttribute('data-sheet') === s, CITY_OPS);
    await expect(page.locator('[data-testid="name-box"]').textContent()).resolves.toBe('G6');
    expect(demo.pageErrors).toEqual([]);
    expect(demo.foreignRequests).toEqual([]);
  });

  it('15 a second run rewrites the same sheet; the download holds it, A4 landscape with its print titles', async () => {
    demo = await openDemo();
    const { page } = demo;
    await waitForOverview(page, 7);
    await waitIdle(page);
    await exportIssues(demo);
    await exportIssues(demo);
    expect((await tabs(demo)).filter((t) => t === ISSUES)).toHaveLength(1);
    await waitForOverview(page, 7); // the issues sheet is not taken for a form

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-testid="download"]').click()]);
    const saved = fs.readFileSync((await download.path()) as string);
    const wb = await loadXlsx(saved);
    expect(wb.worksheets.map((w) => w.name).at(-1)).toBe(ISSUES);
    expect(valueOf(wb, ISSUES, `F${3 + FINDINGS}`)).toBe('ROUNDING_DIFF');
    expect(wb.getWorksheet(ISSUES)!.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:3' });
    const book = await (await JSZip.loadAsync(saved)).file('xl/workbook.xml')!.async('string');
    expect(book).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="8">'${ISSUES}'!$1:$3</definedName>`);
    expect(demo.pageErrors).toEqual([]);
  });
});
