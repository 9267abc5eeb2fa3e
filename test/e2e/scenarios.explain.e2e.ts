/**
 * 「说明」 of an indicator's 得分 in the demo pane: a form's 「指标」 list shows each 得分 / 分值,
 * an indicator's 「说明」 names the rule and its figures (the score typed into the cell, the
 * rule's 8.89) and what 按规则评分 would write; in a 350-px pane no figure is cut, in Chinese or
 * in English.
 */
import type { Page } from 'playwright-core';
import { DemoSession, openDemo, shot } from './support/browser';
import { CITY_OPS, pane, showSheet, switchToEnglish, typeInto, waitForOverview, waitIdle } from './support/demoPage';

let demo: DemoSession | null = null;
afterEach(async () => {
  await demo?.close();
  demo = null;
});

const group = (page: Page) => pane(page).locator(`[data-testid="overview"] tbody[data-sheet="${CITY_OPS}"]`);

/** Every indicator row's figures end inside the pane and the pane does not scroll sideways. */
async function figuresFit(page: Page): Promise<string[]> {
  return pane(page).evaluate((root) => {
    const bad: string[] = [];
    if (root.scrollWidth > root.clientWidth + 1) bad.push(`pane ${root.scrollWidth} > ${root.clientWidth}`);
    const edge = root.getBoundingClientRect().right;
    for (const li of root.querySelectorAll('[data-testid="indicator-scores"] li[data-cell]')) {
      const score = li.querySelector('[data-testid="indicator-score"]') as HTMLElement;
      const r = score.getBoundingClientRect();
      if (r.right > edge + 1 || score.scrollWidth > score.clientWidth + 1 || r.height > 30) bad.push(`${li.getAttribute('data-cell')} ${Math.round(r.right)}/${Math.round(edge)}`);
    }
    return bad;
  });
}

describe('the 说明 of an indicator score', () => {
  it('names the rule, the figures and what 按规则评分 would write, legibly in a 350-px pane', async () => {
    demo = await openDemo();
    const { page, pageErrors } = demo;
    await waitForOverview(page, 7);
    await waitIdle(page);
    await page.evaluate(() => ((document.querySelector('[data-testid="taskpane"]') as HTMLElement).style.width = '350px'));
    await showSheet(page, CITY_OPS);
    // 保障对象满意度 (≥90.00(%), 分值 10): 80 % reached, 7.88 given by hand
    await typeInto(page, CITY_OPS, 'E20', '80.00(%)');
    await typeInto(page, CITY_OPS, 'G20', '7.88');
    await waitIdle(page);
    await group(page).getByRole('button', { name: '指标（8）' }).click();
    const g20 = group(page).locator('li[data-cell="G20"]');
    await g20.locator('[data-testid="indicator-score"]', { hasText: '7.88 / 10.00' }).waitFor({ timeout: 5000 });
    await expect(group(page).locator('li[data-cell]').count()).resolves.toBe(8);
    await g20.getByRole('button', { name: '说明：指标得分 G20' }).click();
    const note = await g20.getByRole('note').textContent();
    expect(note).toContain('正向指标（≥）');
    expect(note).toContain('80 ÷ 90 × 10.00 = 8.89');
    expect(note).toContain('表中得分 7.88');
    expect(note).toContain('按规则评分将写入 8.89（现为 7.88）');
    await expect(figuresFit(page)).resolves.toEqual([]);
    await shot(page, 'explain-indicator-zh');

    // English: the words and tiers translate, the sheet's 「达成指标」 stays as written
    await switchToEnglish(page, 7);
    const indicators = group(page).getByRole('button', { name: 'Indicators (8)' });
    if ((await indicators.getAttribute('aria-expanded')) !== 'true') await indicators.click();
    const g16 = group(page).locator('li[data-cell="G16"]');
    await expect(g16.textContent()).resolves.toContain('qualitative · met');
    await g16.getByRole('button', { name: 'Explain: indicator score G16' }).click();
    const en = await g16.getByRole('note').textContent();
    expect(en).toContain('「达成指标」 → met');
    expect(en).toContain('[8.00, 10.00]');
    expect(en).toContain('Score by rule writes nothing');
    await expect(figuresFit(page)).resolves.toEqual([]);
    await shot(page, 'explain-indicator-en');
    expect(pageErrors).toEqual([]);
  });
});
