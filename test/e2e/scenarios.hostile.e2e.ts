/**
 * Hostile and broken files in the demo (issue 10): each refused in the page with the very sentence
 * the CLI prints (src/xlsx/read/readErrorText.ts, without the CLI's --max-part-mb advice), the open
 * workbook and the pane left as they were; a 1 000 000-row data sheet beside the forms opens with
 * its forms checked and the sheet marked as not read. A probe in the page records the longest gap
 * between timer ticks while the file is read.
 */
import * as fs from 'fs';
import type { Page } from 'playwright-core';
import { readErrorText } from '../../src/xlsx/read/readErrorText';
import type { ReadError } from '../../src/xlsx/read';
import { DemoSession, openDemo, shot } from './support/browser';
import {
  CITY_OPS, EXAMPLE_NAME, findings, FIXTURE, showSheet, unfoldFindings, waitForOverview, waitIdle,
} from './support/demoPage';

const readFixture = (): Buffer => fs.readFileSync(FIXTURE);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { bomb, withBigSheet } = require('../../scripts/bench/hostileFiles.js') as {
  bomb: (fixture: Buffer, bytes: number) => Promise<Buffer>;
  withBigSheet: (fixture: Buffer, rows: number) => Promise<Buffer>;
};

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

let demo: DemoSession | null = null;
afterEach(async () => {
  await demo?.close();
  demo = null;
});

/** Starts the page's probe: every gap over 50 ms between its 20 ms ticks, with the time it ended. */
async function startProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { gaps: [number, number][] };
    let last = performance.now();
    w.gaps = [];
    window.setInterval(() => {
      const now = performance.now();
      if (now - last > 50) w.gaps.push([now, now - last]);
      last = now;
    }, 20);
  });
}

/**
 * The longest gap while the workbook was read, from the demo's mark `read-start` (the bytes in
 * hand; Playwright's setInputFiles itself blocks the page while it hands over a large file, which
 * a person's file dialog does not) to `workbook-loaded` — or over everything when no read began.
 */
const maxGap = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const starts = performance.getEntriesByName('jixiao-demo:read-start');
    const from = starts.length > 1 ? starts[starts.length - 1].startTime : 0;
    const gaps = (window as unknown as { gaps: [number, number][] }).gaps;
    return Math.max(0, ...gaps.filter(([end, gap]) => end - gap >= from - 20).map(([, gap]) => gap));
  });

async function openBytes(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.locator('input[data-testid="open-file"]').setInputFiles({ name, mimeType: XLSX_MIME, buffer });
}

describe('refused files: the CLI’s sentence, nothing lost', () => {
  it('10a every kind of broken file is refused with its reason; the example stays open', async () => {
    const fixture = readFixture();
    const cases: [string, Buffer, ReadError][] = [
      ['炸弹.xlsx', await bomb(fixture, 200 << 20), { code: 'tooLarge', part: 'xl/worksheets/sheet1.xml', limit: { kind: 'ratio', value: 250 } }],
      ['下载中断.xlsx', fixture.subarray(0, 12_000), { code: 'truncated' }],
      ['空文件.xlsx', Buffer.alloc(0), { code: 'empty' }],
      ['加密.xlsx', Buffer.concat([OLE, Buffer.alloc(504), Buffer.from('EncryptedPackage', 'utf16le')]), { code: 'encrypted' }],
      ['旧版.xlsx', Buffer.concat([OLE, Buffer.alloc(600)]), { code: 'legacyBinary' }],
      ['表格.xlsx', Buffer.from('项目名称,全年执行数\n安亭,758.02\n'), { code: 'textFile' }],
    ];
    demo = await openDemo();
    const { page } = demo;
    await waitForOverview(page, 7);
    await waitIdle(page);
    await showSheet(page, CITY_OPS);
    const error = page.locator('[data-testid="demo-error"]');
    for (const [name, bytes, reason] of cases) {
      await startProbe(page);
      await openBytes(page, name, bytes);
      await page.waitForFunction((n) => document.querySelector('[data-testid="demo-error"]')?.textContent?.includes(n), name);
      await expect(error.textContent()).resolves.toBe(`无法打开「${name}」：${readErrorText(reason, 'zh-CN')}`);
      expect([name, await maxGap(page) < 1000]).toEqual([name, true]);
    }
    await expect(page.locator('[data-testid="file-status"]').textContent()).resolves.toBe(`${EXAMPLE_NAME} · 未修改`);
    await waitForOverview(page, 7);
    await expect(page.locator('table[data-testid="sheet-grid"]').getAttribute('data-sheet')).resolves.toBe(CITY_OPS);
    await shot(page, '10a-refused');
    expect(demo.pageErrors).toEqual([]);
  });

  it('10b a 1 000 000-row data sheet beside the forms: the forms checked, the sheet marked as not read', async () => {
    const big = await withBigSheet(readFixture(), 1_000_000);
    demo = await openDemo();
    const { page } = demo;
    await waitForOverview(page, 7);
    await waitIdle(page);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await startProbe(page);
    await openBytes(page, '大表.xlsx', big);
    await page.waitForFunction(() => document.querySelector('[data-testid="file-status"]')?.textContent?.startsWith('大表.xlsx'), null, { timeout: 30000 });
    await waitForOverview(page, 7, 30000);
    const gap = await maxGap(page);
    expect(workers).toHaveLength(1); // the Grids were read in the worker
    process.stdout.write(`10b: longest gap between 20 ms ticks while reading: ${Math.round(gap)} ms\n`);
    expect(gap).toBeLessThan(1000);
    await unfoldFindings(page);
    await expect(findings(page, 'SHEET_NOT_READ').count()).resolves.toBe(1);
    await showSheet(page, '数据');
    await expect(page.locator('[data-testid="sheet-cut"]').textContent()).resolves.toContain('1000000');
    await shot(page, '10b-million-rows');
    expect(demo.pageErrors).toEqual([]);
    fs.mkdirSync('test-results/e2e', { recursive: true });
    fs.writeFileSync('test-results/e2e/10b-gap.json', JSON.stringify({ maxGapMs: Math.round(gap) }) + '\n');
  });
});
