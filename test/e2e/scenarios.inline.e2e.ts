/**
 * Scenarios of editing in the grid: the inline check (a 得分 above its 分值; a lost point without
 * its 偏差原因) with the pane's findings and the grid's markers, a click on a finding selecting
 * its cell on its own sheet, and 按规则评分's preview (cancel writes nothing, confirm writes).
 * Each scenario has a fresh page on the bundled example.
 */
import { DemoSession, openDemo, shot } from './support/browser';
import {
  cell, cellText, changeKeys, CITY_OPS, findingAt, findings, GRID_CASES, pane, paneButton, showSheet, SUMMARY, typeInto, unfoldFindings, waitForOverview, waitIdle,
} from './support/demoPage';

/** The inline check re-checks 0.8 s after the last edit; it should show within about a second. */
const INLINE_TIMEOUT = 3000;

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

const total = (d: DemoSession, sheet: string) => pane(d.page).locator(`[data-testid="overview"] tbody[data-sheet="${sheet}"] [data-testid="total"]`);

describe('editing the grid', () => {
  it('03 a 得分 above its 分值: inline warning and marker at once, 一键重算 writes the 分值', async () => {
    const d = await start();
    const { page } = d;
    await showSheet(page, CITY_OPS);
    await expect(cellText(page, CITY_OPS, 'F13')).resolves.toBe('15.00');
    await expect(cell(page, CITY_OPS, 'G13').getAttribute('data-marker')).resolves.toBeNull();
    await typeInto(page, CITY_OPS, 'G13', '20');
    const typed = Date.now();
    await expect(cellText(page, CITY_OPS, 'G13')).resolves.toBe('20.00');
    const over = findingAt(page, 'SCORE_OVER_WEIGHT', CITY_OPS, 'G13');
    await over.waitFor({ timeout: INLINE_TIMEOUT });
    const shownAfter = Date.now() - typed;
    expect(shownAfter).toBeLessThan(INLINE_TIMEOUT);
    await expect(over.textContent()).resolves.toContain('得分 20.00 超过分值 15.00：');
    await expect(findings(page, 'SCORE_OVER_WEIGHT').count()).resolves.toBe(1);
    // the conditional format colours it, the data validation is on every 得分 of the form
    await cell(page, CITY_OPS, 'G13').and(page.locator('[data-marker="scoreOverWeight"]')).waitFor({ timeout: INLINE_TIMEOUT });
    await expect(cell(page, CITY_OPS, 'G13').getAttribute('title')).resolves.toBe('数据验证：0 – 15.00（分值）');
    await expect(cell(page, CITY_OPS, 'G14').getAttribute('data-marker')).resolves.toBeNull();
    // the score counts as its 分值: the total is unchanged
    await expect(total(d, CITY_OPS).textContent()).resolves.toBe('99.95');
    await over.scrollIntoViewIfNeeded();
    await shot(page, '03-inline-warning');

    await paneButton(page, '一键重算').click();
    const result = pane(page).locator('[data-testid="run-result"][data-action="recalcAll"]');
    await result.waitFor();
    await waitIdle(page);
    await expect(cellText(page, CITY_OPS, 'G13')).resolves.toBe('15.00');
    expect(await changeKeys(page)).toContain(`${CITY_OPS}!G13`);
    await expect(result.locator(`[data-change="${CITY_OPS}!G13"]`).textContent()).resolves.toContain('20 → 15');
    await expect(cell(page, CITY_OPS, 'G13').getAttribute('data-marker')).resolves.toBeNull();
    await expect(findings(page, 'SCORE_OVER_WEIGHT').count()).resolves.toBe(0);

    // now the validation refuses 20, as Excel's Stop alert does, and the cell keeps 15
    await typeInto(page, CITY_OPS, 'G13', '20');
    const alert = page.locator('[data-testid="excel-alert"]');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('得分应在 0 到 15.00（分值）之间');
    await alert.getByRole('button', { name: '确定' }).click();
    await alert.waitFor({ state: 'detached' });
    await expect(cellText(page, CITY_OPS, 'G13')).resolves.toBe('15.00');
    expect(d.pageErrors).toEqual([]);
  });

  it('04 clearing the 偏差原因 of a lost point brings DEVIATION_MISSING and its marker', async () => {
    const d = await start();
    const { page } = d;
    await showSheet(page, CITY_OPS);
    // a reason first, then a lost point (12 of 15): explained, so no finding
    await typeInto(page, CITY_OPS, 'H13', '成本节约不足，明年改进');
    await expect(cellText(page, CITY_OPS, 'H13')).resolves.toBe('成本节约不足，明年改进');
    await typeInto(page, CITY_OPS, 'G13', '12');
    await expect(cellText(page, CITY_OPS, 'G13')).resolves.toBe('12.00');
    await page.waitForFunction((el) => el?.textContent === '96.95', await total(d, CITY_OPS).elementHandle(), { timeout: INLINE_TIMEOUT });
    await expect(findings(page, 'DEVIATION_MISSING').count()).resolves.toBe(0);
    await expect(cell(page, CITY_OPS, 'H13').getAttribute('data-marker')).resolves.toBeNull();

    // the reason cleared: the finding and the yellow marker on H13
    await typeInto(page, CITY_OPS, 'H13', '');
    await expect(cellText(page, CITY_OPS, 'H13')).resolves.toBe('');
    const missing = findingAt(page, 'DEVIATION_MISSING', CITY_OPS, 'H13');
    await missing.waitFor({ timeout: INLINE_TIMEOUT });
    await expect(missing.textContent()).resolves.toContain('「成本节约率」得分 12.00 低于分值 15.00，请填写偏差原因及改进措施');
    await expect(findings(page, 'DEVIATION_MISSING').count()).resolves.toBe(1);
    await cell(page, CITY_OPS, 'H13').and(page.locator('[data-marker="deviationMissing"]')).waitFor({ timeout: INLINE_TIMEOUT });
    await expect(cell(page, CITY_OPS, 'G13').getAttribute('data-marker')).resolves.toBeNull();
    await missing.scrollIntoViewIfNeeded();
    await shot(page, '04-deviation-missing');
    expect(d.pageErrors).toEqual([]);
  });

  it('05 a click on a finding selects and highlights its cell on its own sheet', async () => {
    const d = await start();
    const { page } = d;
    // the grid shows the summary sheet; the finding is on another sheet
    await expect(page.locator('table[data-testid="sheet-grid"]').getAttribute('data-sheet')).resolves.toBe(SUMMARY);
    await unfoldFindings(page);
    const note = findingAt(page, 'ROUNDING_DIFF', GRID_CASES, 'G6');
    await expect(note.textContent()).resolves.toContain('执行率 表中为 78.78，重算为 78.79');
    await note.getByRole('button', { name: 'G6' }).click();
    const g6 = cell(page, GRID_CASES, 'G6');
    await g6.and(page.locator('[data-highlight="true"]')).waitFor();
    await expect(page.locator(`[data-testid="sheet-tab"][data-sheet="${GRID_CASES}"]`).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(g6.getAttribute('data-selected')).resolves.toBe('true');
    await expect(page.locator('[data-testid="name-box"]').textContent()).resolves.toBe('G6');
    await expect(page.locator('td[data-highlight="true"]').count()).resolves.toBe(1);
    await expect(g6.isVisible()).resolves.toBe(true);
    await shot(page, '05-finding-highlight');

    // a finding the inline check made, clicked while the grid shows another sheet
    await showSheet(page, CITY_OPS);
    await typeInto(page, CITY_OPS, 'G14', '9');
    const missing = findingAt(page, 'DEVIATION_MISSING', CITY_OPS, 'H14');
    await missing.waitFor({ timeout: INLINE_TIMEOUT });
    await showSheet(page, SUMMARY);
    await missing.getByRole('button', { name: 'H14' }).click();
    const h14 = cell(page, CITY_OPS, 'H14');
    await h14.and(page.locator('[data-highlight="true"]')).waitFor();
    await expect(page.locator('[data-testid="name-box"]').textContent()).resolves.toBe('H14');
    await expect(page.locator('td[data-highlight="true"]').count()).resolves.toBe(1);
    expect(d.pageErrors).toEqual([]);
  });

  it('06 按规则评分: the preview lists the rule’s score; cancel writes nothing, confirm writes', async () => {
    const d = await start();
    const { page } = d;
    await showSheet(page, CITY_OPS);
    // 日常运作计划完成率: target =100.00(%), actual now 90.00(%) — its full 15 is no longer earned
    await typeInto(page, CITY_OPS, 'E14', '90.00(%)');
    const full = findingAt(page, 'FULL_SCORE_NOT_MET', CITY_OPS, 'G14');
    await full.waitFor({ timeout: INLINE_TIMEOUT });
    const status = page.locator('[data-testid="file-status"]');
    await expect(status.textContent()).resolves.toContain('已修改 1 个单元格');

    await paneButton(page, '按规则评分').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect(dialog.getByRole('heading').first().textContent()).resolves.toBe('按规则评分 — 预览');
    const rows = await dialog.locator('[data-change]').evaluateAll((els) => els.map((e) => e.getAttribute('data-change')));
    expect(rows).toEqual([`${CITY_OPS}!G14`, `${CITY_OPS}!G21`]);
    await expect(dialog.locator(`[data-change="${CITY_OPS}!G14"]`).textContent()).resolves.toContain('15 → 13.5');
    await expect(dialog.locator(`[data-change="${CITY_OPS}!G21"]`).textContent()).resolves.toContain('99.94 → 98.45');
    await shot(page, '06-score-by-rule-preview');

    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitIdle(page);
    await expect(cellText(page, CITY_OPS, 'G14')).resolves.toBe('15.00');
    await expect(cellText(page, CITY_OPS, 'G21')).resolves.toBe('99.94');
    await expect(status.textContent()).resolves.toContain('已修改 1 个单元格');
    await expect(pane(page).locator('[data-testid="run-result"]').count()).resolves.toBe(0);

    await paneButton(page, '按规则评分').click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '确认写入 2 个单元格' }).click();
    const result = pane(page).locator('[data-testid="run-result"][data-action="scoreByRule"]');
    await result.waitFor();
    await waitIdle(page);
    await expect(cellText(page, CITY_OPS, 'G14')).resolves.toBe('13.50');
    await expect(cellText(page, CITY_OPS, 'G21')).resolves.toBe('98.45');
    expect((await changeKeys(page)).sort()).toEqual([`${CITY_OPS}!G14`, `${CITY_OPS}!G21`].sort());
    await expect(status.textContent()).resolves.toContain('已修改 3 个单元格');
    await expect(findings(page, 'FULL_SCORE_NOT_MET').count()).resolves.toBe(0);
    // 按规则评分 writes scores only: the truncated 执行率 G6 is still as published
    await expect(cellText(page, CITY_OPS, 'G6')).resolves.toBe('99.44');
    expect(d.pageErrors).toEqual([]);
  });

  it('06b the page stays accessible once the 按规则评分 preview is closed (no aria-hidden left behind)', async () => {
    const d = await start();
    const { page } = d;
    await showSheet(page, CITY_OPS);
    await typeInto(page, CITY_OPS, 'E14', '90.00(%)');
    await findingAt(page, 'FULL_SCORE_NOT_MET', CITY_OPS, 'G14').waitFor({ timeout: INLINE_TIMEOUT });
    const hidden = () => page.evaluate(() => [...document.querySelectorAll('body > :not(i)')].filter((e) => e.getAttribute('aria-hidden') === 'true').map((e) => e.id || e.className));
    const dialog = page.getByRole('dialog');
    const byRole = pane(page).getByRole('button', { name: '按规则评分', exact: true });

    await byRole.click();
    await dialog.waitFor();
    // the modal hides the rest of the page while it is open…
    await page.waitForFunction(() => document.getElementById('demo')?.getAttribute('aria-hidden') === 'true');
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitIdle(page);
    // …and gives it back when it closes (tabster lifts aria-hidden on a ~250 ms timer; before the
    // dialog was kept mounted and closed through `open`, it never did)
    await page.waitForFunction(() => document.getElementById('demo')?.getAttribute('aria-hidden') !== 'true', undefined, { timeout: 3000 });
    expect(await hidden()).toEqual([]);
    await expect(byRole.count()).resolves.toBe(1);
    await expect(page.getByRole('tab', { name: CITY_OPS }).count()).resolves.toBe(1);
  });

  it('06c while the preview is open, the spreadsheet shows through the dialog’s backdrop (no opaque sheet over it)', async () => {
    const d = await start();
    const { page } = d;
    await showSheet(page, CITY_OPS);
    await typeInto(page, CITY_OPS, 'E14', '90.00(%)');
    await findingAt(page, 'FULL_SCORE_NOT_MET', CITY_OPS, 'G14').waitFor({ timeout: INLINE_TIMEOUT });
    await paneButton(page, '按规则评分').click();
    await page.getByRole('dialog').waitFor();
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    // what is painted above cell B6 (the dialog sits in the middle of the page, B6 is left of it)
    const above = await cell(page, CITY_OPS, 'B6').evaluate((td) => {
      const r = td.getBoundingClientRect();
      const stack = document.elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      const opaque = (e: Element) => {
        const m = /rgba?\(([^)]*)\)/.exec(getComputedStyle(e).backgroundColor);
        const parts = m ? m[1].split(',').map((x) => Number(x.trim())) : [];
        return parts.length === 3 || (parts.length === 4 && parts[3] === 1);
      };
      const over = stack.slice(0, stack.indexOf(td));
      return { reachable: stack.includes(td), opaque: over.filter(opaque).map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].slice(0, 2).join('.')}`) };
    });
    await shot(page, '06c-preview-over-the-sheet');
    expect(above.reachable).toBe(true); // B6 is under the point at all
    expect(above.opaque).toEqual([]); // only the translucent backdrop over it
  });
});
