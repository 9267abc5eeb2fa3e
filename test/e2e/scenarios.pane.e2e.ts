/**
 * The pane as an accountant sees it (issue 11): the toolbar stays in view after scrolling; the
 * findings come before the overview, grouped, the notes folded into one line per kind; 检查 says
 * that it ran; a finding's click keeps the row's label column in view; the keyboard reaches the
 * findings in a few stops and F6 moves between regions; the English UI translates the grades; in
 * a 350-px pane nothing is cut, in either language.
 */
import type { Page } from 'playwright-core';
import { DemoSession, openDemo, shot } from './support/browser';
import { CITY_OPS, pane, paneButton, showSheet, switchToEnglish, typeInto, waitForOverview, waitIdle } from './support/demoPage';

let demo: DemoSession | null = null;
afterEach(async () => {
  await demo?.close();
  demo = null;
});

const narrow = (page: Page, px: number) =>
  page.evaluate((w) => ((document.querySelector('[data-testid="taskpane"]') as HTMLElement).style.width = `${w}px`), px);

/** Text in the pane that is cut: an element narrower than its text (without wrapping) or reaching past the pane's edge. */
async function cutTexts(page: Page): Promise<string[]> {
  return pane(page).evaluate((root) => {
    const bad: string[] = [];
    if (root.scrollWidth > root.clientWidth + 1) bad.push(`the pane scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    const edge = root.getBoundingClientRect().right;
    for (const el of root.querySelectorAll<HTMLElement>('button, span, td, th, [role="tab"], h2, h3')) {
      if (!el.offsetParent || !el.textContent?.trim()) continue;
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const clips = style.overflow !== 'visible' || style.textOverflow === 'ellipsis';
      if (r.right > edge + 1 || (clips && el.scrollWidth > el.clientWidth + 1))
        bad.push(`${el.tagName} "${el.textContent.trim().slice(0, 30)}" ${Math.round(r.right)}/${Math.round(edge)}`);
    }
    return [...new Set(bad)];
  });
}

describe('the pane at 200+ forms and in a narrow window', () => {
  it('keeps the toolbar in view, puts the grouped findings first, says that 检查 ran', async () => {
    demo = await openDemo();
    const { page, pageErrors } = demo;
    await waitForOverview(page, 7);
    await waitIdle(page);
    // the findings come before the overview
    const order = await pane(page).evaluate((root) => {
      const f = root.querySelector('[data-testid="findings"]') as HTMLElement;
      const o = root.querySelector('[data-testid="overview"]') as HTMLElement;
      return f.compareDocumentPosition(o) & Node.DOCUMENT_POSITION_FOLLOWING ? 'findings first' : 'overview first';
    });
    expect(order).toBe('findings first');
    // the bundled example's 7 ROUNDING_DIFF notes: one folded line for the kind, with its count
    const notes = pane(page).locator('[data-group="notes:code:ROUNDING_DIFF"]');
    await expect(notes.getAttribute('data-open')).resolves.toBe('false');
    await expect(notes.getAttribute('data-count')).resolves.toBe('7');
    await expect(notes.textContent()).resolves.toContain('舍入差异 · 7 处');
    await expect(pane(page).locator('li[data-code="ROUNDING_DIFF"]').count()).resolves.toBe(0);
    await notes.locator('button').first().click();
    await expect(pane(page).locator('li[data-code="ROUNDING_DIFF"]').count()).resolves.toBe(7);

    // scrolled to the bottom of the pane, the toolbar is still on screen
    await pane(page).evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(pane(page).evaluate((el) => el.scrollTop)).resolves.toBeGreaterThan(200);
    const paneBox = await pane(page).boundingBox();
    const recalc = await paneButton(page, '一键重算').boundingBox();
    expect(recalc && paneBox && recalc.y >= paneBox.y - 1 && recalc.y + recalc.height <= paneBox.y + paneBox.height).toBe(true);

    // 检查 with nothing changed still says it ran
    await paneButton(page, '检查').click();
    await waitIdle(page);
    const notice = pane(page).locator('[data-notice="checked"]');
    await notice.waitFor({ timeout: 5000 });
    await expect(notice.textContent()).resolves.toMatch(/^检查完成：错误 0、警告 0、提示 7（7 张自评表，\d\d:\d\d:\d\d，用时 \d+\.\d 秒）/);
    const noticeBox = await notice.boundingBox();
    expect(noticeBox && paneBox && noticeBox.y >= paneBox.y - 1).toBe(true); // in the header, in view
    await shot(page, '15-pane-scrolled');
    expect(pageErrors).toEqual([]);
  });

  it('a finding click selects its cell and keeps column A in view; Tab and F6 reach the findings quickly', async () => {
    demo = await openDemo();
    const { page, pageErrors } = demo;
    // a smaller window: columns A to G fit beside the pane, the whole sheet does not (centring G13
    // as before scrolled column A out of view)
    await page.setViewportSize({ width: 1300, height: 800 });
    await waitForOverview(page, 7);
    await waitIdle(page);
    await showSheet(page, CITY_OPS);
    await typeInto(page, CITY_OPS, 'G13', '20');
    const link = pane(page).locator(`li[data-code="SCORE_OVER_WEIGHT"] button[title$="${CITY_OPS}!G13"]`);
    await link.waitFor({ timeout: 5000 });
    // the grid scrolled away sideways and down first, as after reading another part of the sheet
    await page.locator('.grid-scroll').evaluate((el) => el.scrollTo(el.scrollWidth, el.scrollHeight));
    await link.click();
    await page.locator('td[data-cell="G13"][data-highlight="true"]').waitFor({ timeout: 5000 });
    const seen = await page.locator('.grid-scroll').evaluate((scroller) => {
      const box = scroller.getBoundingClientRect();
      const across = (el: Element | null) => {
        if (!el) return false;
        const r = el.getBoundingClientRect();
        return r.left >= box.left - 1 && r.right <= box.right + 1;
      };
      const down = (el: Element | null) => {
        if (!el) return false;
        const r = el.getBoundingClientRect();
        return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
      };
      // column A by its header (its cells in a form are merged down the rows)
      const columnA = [...scroller.querySelectorAll('thead th')].find((th) => th.textContent?.trim() === 'A') ?? null;
      const g13 = scroller.querySelector('td[data-cell="G13"]');
      return { a: across(columnA), g: across(g13) && down(g13) };
    });
    expect(seen).toEqual({ a: true, g: true });

    // keyboard: from the page start, the first finding group is at most 8 Tab stops away
    await page.locator('[data-testid="taskpane"]').evaluate((el) => (el.querySelector('button') as HTMLElement).focus());
    let stops = 0;
    for (; stops < 12; stops++) {
      const inFindings = await page.evaluate(() => Boolean(document.activeElement?.closest('[data-group]')));
      if (inFindings) break;
      await page.keyboard.press('Tab');
    }
    expect(stops).toBeLessThanOrEqual(8);
    // F6 from the findings goes to the overview, Shift+F6 back, then to the toolbar
    await page.keyboard.press('F6');
    await expect(page.evaluate(() => document.activeElement?.closest('[data-landmark]')?.getAttribute('data-landmark'))).resolves.toBe('overview');
    await page.keyboard.press('Shift+F6');
    await page.keyboard.press('Shift+F6');
    await expect(page.evaluate(() => document.activeElement?.closest('[data-landmark]')?.getAttribute('data-landmark'))).resolves.toBe('toolbar');
    expect(pageErrors).toEqual([]);
  });

  it('350 px: nothing cut in Chinese or in English; the English UI translates the grades', async () => {
    demo = await openDemo();
    const { page, pageErrors } = demo;
    await waitForOverview(page, 7);
    await waitIdle(page);
    await narrow(page, 350);
    await expect(cutTexts(page)).resolves.toEqual([]);
    await shot(page, '16-narrow-zh');
    await switchToEnglish(page, 7);
    const grade = pane(page).locator(`[data-testid="overview"] tbody[data-sheet="${CITY_OPS}"] [data-grade]`);
    await expect(grade.getAttribute('data-grade')).resolves.toBe('优');
    await expect(grade.textContent()).resolves.toBe('Excellent');
    await expect(cutTexts(page)).resolves.toEqual([]);
    await shot(page, '16-narrow-en');
    expect(pageErrors).toEqual([]);
  });
});
