/**
 * 复核 (issue 14) in the demo host, in Chromium: 复核 mode on the bundled example, 创建复核记录
 * writes 「复核记录」, two 复核得分 and a 复核意见 typed into its cells in the grid re-check the review
 * inline (the differences, the grade change, the draft), a pane link goes to the record's cell,
 * the download holds the record with what was typed, and the file opened again shows it all.
 * The same with the pane on the WPS port (?host=wps).
 */
import * as fs from 'fs';
import Decimal from 'decimal.js';
import type { Page } from 'playwright-core';
import { DemoSession, openDemo, shot } from './support/browser';
import { cellText, CITY_OPS, loadXlsx, pane, showSheet, typeInto, valueOf, waitForOverview, waitIdle } from './support/demoPage';

const RECORD = '复核记录';
const COMMENT = '佐证材料不足，按实际完成情况扣分';

let demo: DemoSession | null = null;
afterEach(async () => {
  await demo?.close();
  demo = null;
});

const reviewOf = (page: Page, sheet: string) => pane(page).locator(`[data-testid="review"] [data-review-form="${sheet}"]`);

/** 复核 mode on, 创建复核记录, the record shown in the grid; the first two indicator rows of 安亭城运 (1-based). */
async function createRecord(page: Page): Promise<{ rows: number[]; selfScores: Decimal[] }> {
  await waitForOverview(page, 7);
  await waitIdle(page);
  await pane(page).locator('[data-testid="review-mode"]').click();
  await pane(page).locator('[data-testid="review-write"]').click();
  await pane(page).locator('[data-testid="notice"][data-notice="reviewWritten"]').waitFor();
  await waitIdle(page);
  await showSheet(page, RECORD);
  const rows: number[] = [];
  for (let r = 4; rows.length < 2 && r < 40; r++) {
    if ((await cellText(page, RECORD, `A${r}`)) === CITY_OPS && !['预算执行率', '（总体）'].includes(await cellText(page, RECORD, `D${r}`))) rows.push(r);
  }
  const selfScores = await Promise.all(rows.map(async (r) => new Decimal(await cellText(page, RECORD, `F${r}`))));
  return { rows, selfScores };
}

describe('复核', () => {
  it('r1 复核 mode, 创建复核记录, two 复核得分 and a comment typed in the record: the differences and the grade change; download and re-open keep it', async () => {
    demo = await openDemo();
    const { page } = demo;
    const { rows, selfScores } = await createRecord(page);
    expect(rows).toHaveLength(2);
    const form = reviewOf(page, CITY_OPS);
    await expect(form.getAttribute('data-difference')).resolves.toBe('0.00');
    await expect(form.getAttribute('data-review-grade')).resolves.toBe('优');

    // the reviewer types two 复核得分 (0: the indicators not met) and a comment
    await typeInto(page, RECORD, `G${rows[0]}`, '0');
    await typeInto(page, RECORD, `G${rows[1]}`, '0');
    await typeInto(page, RECORD, `H${rows[0]}`, COMMENT);
    const difference = selfScores[0].plus(selfScores[1]).neg();
    await pane(page).locator(`[data-review-form="${CITY_OPS}"][data-changed="2"][data-grade-changed="true"]`).waitFor({ timeout: 5000 });
    await expect(form.getAttribute('data-difference')).resolves.toBe(difference.toFixed(2));
    await expect(form.getAttribute('data-self-grade')).resolves.toBe('优');
    await expect(form.getAttribute('data-review-grade')).resolves.not.toBe('优');
    const deltas = await form.locator('[data-review-item]').evaluateAll((els) => els.map((e) => e.getAttribute('data-delta')).filter((d) => d !== '0.00'));
    expect(deltas).toEqual(selfScores.map((s) => s.neg().toFixed(2)));
    await form.getByText(COMMENT, { exact: false }).first().waitFor();
    await form.locator('[data-review-finding="REVIEW_GRADE_CHANGED"]').waitFor();
    await expect(form.locator('[data-testid="review-draft"]').textContent()).resolves.toContain(difference.abs().toFixed(2));

    // from the pane to the form's 得分 cell and back to the record's 复核得分
    const item = form.locator('[data-review-item]').nth(1);
    await item.locator('button[title^="转到自评表"]').click();
    await page.waitForFunction((s) => document.querySelector('table[data-testid="sheet-grid"]')?.getAttribute('data-sheet') === s, CITY_OPS);
    await item.locator('button[title^="转到复核记录"]').click();
    await page.waitForFunction((s) => document.querySelector('table[data-testid="sheet-grid"]')?.getAttribute('data-sheet') === s, RECORD);
    await expect(page.locator('[data-testid="name-box"]').textContent()).resolves.toBe(`G${rows[0]}`);
    await shot(page, '18-review'); // the record from column A beside the pane's review (README)

    // download: the record with what was typed; the form untouched
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-testid="download"]').click()]);
    const saved = fs.readFileSync((await download.path()) as string);
    const wb = await loadXlsx(saved);
    expect(valueOf(wb, RECORD, `G${rows[0]}`)).toBe(0);
    expect(valueOf(wb, RECORD, `G${rows[1]}`)).toBe(0);
    expect(valueOf(wb, RECORD, `H${rows[0]}`)).toBe(COMMENT);
    expect(valueOf(wb, CITY_OPS, 'G6')).toBe(99.44);

    // re-open the downloaded file: the record is read back, the pane opens on the review
    await page.locator('input[data-testid="open-file"]').setInputFiles({ name: 'reviewed.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: saved });
    // the file opened (its name in the status line; a new pane), then its first check
    await page.waitForFunction(() => (document.querySelector('[data-testid="file-status"]')?.textContent ?? '').startsWith('reviewed.xlsx'));
    await waitForOverview(page, 7);
    await pane(page).locator(`[data-review-form="${CITY_OPS}"][data-changed="2"][data-grade-changed="true"]`).waitFor({ timeout: 10000 });
    await expect(reviewOf(page, CITY_OPS).getAttribute('data-difference')).resolves.toBe(difference.toFixed(2));
    await showSheet(page, RECORD);
    await expect(cellText(page, RECORD, `H${rows[0]}`)).resolves.toBe(COMMENT);
    expect(demo.pageErrors).toEqual([]);
    expect(demo.foreignRequests).toEqual([]);
  });

  it('r2 on the WPS port (?host=wps): the record is written and a typed 复核得分 re-checks the review', async () => {
    demo = await openDemo({ host: 'wps' });
    const { page } = demo;
    const { rows, selfScores } = await createRecord(page);
    await typeInto(page, RECORD, `G${rows[0]}`, '0');
    await pane(page).locator(`[data-review-form="${CITY_OPS}"][data-changed="1"]`).waitFor({ timeout: 5000 });
    await expect(reviewOf(page, CITY_OPS).getAttribute('data-difference')).resolves.toBe(selfScores[0].neg().toFixed(2));
    expect(demo.pageErrors).toEqual([]);
  });
});
