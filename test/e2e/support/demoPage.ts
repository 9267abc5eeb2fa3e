/**
 * Helpers of the scenario tests over the demo page's contract (src/demo, src/taskpane): the grid
 * of the left half (sheet tabs, cells, typing), the task pane of the right half (toolbar, overview,
 * findings, the last run's change list), and the fixture workbook read and altered with ExcelJS.
 * Every wait is on a condition of the page, never on a clock.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { REPO_ROOT } from './env';

export const FIXTURE = path.join(REPO_ROOT, 'test', 'fixtures', 'anting-2024.xlsx');
/** The bundled example's name as the demo shows it (src/demo/index.tsx). */
export const EXAMPLE_NAME = '安亭镇2024年项目支出绩效自评表.xlsx';
/** The fixture's summary sheet (the first one: the grid opens on it) and its 7 form sheets. */
export const SUMMARY = '项目支出汇总表';
export const CITY_OPS = '安亭城运日常运行费用';
export const GRID_CASES = '一网统管网格案件应急处置费';
export const FORM_SHEETS = [
  CITY_OPS,
  GRID_CASES,
  '誉本建材市场综合整治安保费',
  '联勤队伍组建',
  '司法调解员费',
  '封闭式住宅小区智能安防设施二期',
  '安亭镇城市运行一网统管平台+安亭镇城运分中心平台开发建设',
];

/** The task pane's container (its own React root inside the demo page). */
export const pane = (page: Page): Locator => page.locator('[data-testid="taskpane"]');

/**
 * A toolbar button of the pane by its exact label (一键重算, 检查, 按规则评分, 撤销上次重算, 设置).
 * By CSS and text, not by ARIA role: a page left aria-hidden (see scenarios.inline 06b) must not
 * hide every other scenario's buttons.
 */
export const paneButton = (page: Page, label: string): Locator =>
  pane(page)
    .locator('[role="toolbar"] button')
    .filter({ hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });

/** A cell of the grid: the active sheet must be `sheet` (the locator says so). */
export const cell = (page: Page, sheet: string, a1: string): Locator => page.locator(`table[data-testid="sheet-grid"][data-sheet="${sheet}"] td[data-cell="${a1}"]`);

/** The findings of the pane with a given code (li[data-code]). */
export const findings = (page: Page, code: string): Locator => pane(page).locator(`li[data-code="${code}"]`);

/** A finding of `code` whose link goes to sheet!cell (the link's title names both). */
export const findingAt = (page: Page, code: string, sheet: string, a1: string): Locator =>
  findings(page, code).filter({ has: page.locator(`button[title$="${sheet}!${a1}"]`) });

/** The overview once the pane has checked the workbook. */
export async function waitForOverview(page: Page, forms: number, timeout = 20000): Promise<void> {
  await pane(page).locator(`[data-testid="overview"][data-forms="${forms}"]`).waitFor({ timeout });
}

/** Waits until no action runs: 一键重算 (in whichever language) is enabled again. */
export async function waitIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const bar = document.querySelector('[data-testid="taskpane"] [role="toolbar"]');
    const first = bar?.querySelector('button');
    return Boolean(first && !first.disabled);
  });
}

/** Shows a sheet in the grid (clicks its tab) and waits for its grid. */
export async function showSheet(page: Page, sheet: string): Promise<void> {
  await page.locator(`[data-testid="sheet-tab"][data-sheet="${sheet}"]`).click();
  await page.locator(`table[data-testid="sheet-grid"][data-sheet="${sheet}"]`).waitFor();
}

/**
 * Types into a cell as a user does: click it, type (typing replaces), Enter; `text` '' clears it
 * (Delete). Text a keyboard cannot type key by key (Chinese: an IME composes it) goes through
 * the in-cell editor of a double-click instead.
 */
export async function typeInto(page: Page, sheet: string, a1: string, text: string): Promise<void> {
  const target = cell(page, sheet, a1);
  if (text === '') {
    await target.click();
    await page.keyboard.press('Delete');
    return;
  }
  if (/^[\x20-\x7e]+$/.test(text)) {
    await target.click();
    await page.keyboard.type(text);
  } else {
    await target.dblclick();
    await page.locator('input[data-testid="cell-editor"]').fill(text);
  }
  await page.keyboard.press('Enter');
  await page.locator('input[data-testid="cell-editor"]').waitFor({ state: 'detached' });
}

/** The change list's row keys (`sheet!cell`) of the last run. */
export async function changeKeys(page: Page): Promise<string[]> {
  await openChanges(page);
  return pane(page)
    .locator('[data-testid="run-result"] [data-change]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-change') ?? ''));
}

/** Unfolds the last run's change list (it starts folded under the run's summary); none: nothing to do. */
export async function openChanges(page: Page): Promise<void> {
  const toggle = pane(page).locator('[data-testid="changes-toggle"]');
  if ((await toggle.count()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/** Unfolds every folded group of findings (the notes start folded), so each finding is a li[data-code]. */
export async function unfoldFindings(page: Page): Promise<void> {
  for (;;) {
    const folded = pane(page).locator('[data-testid="findings"] [data-group][data-open="false"] > button');
    if ((await folded.count()) === 0) return;
    await folded.first().click();
  }
}

/** The pane in English through its settings (界面语言), back on the overview of `forms` forms. */
export async function switchToEnglish(page: Page, forms: number): Promise<void> {
  await paneButton(page, '设置').click();
  await pane(page).getByLabel('界面语言').selectOption('en-US');
  await paneButton(page, 'Settings').click();
  await waitForOverview(page, forms);
}

/** A cell's shown text, trimmed. */
export async function cellText(page: Page, sheet: string, a1: string): Promise<string> {
  return ((await cell(page, sheet, a1).textContent()) ?? '').trim();
}

/** The fixture read with ExcelJS (a fresh copy for each call). */
export async function readFixture(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(FIXTURE) as unknown as ArrayBuffer);
  return wb;
}

export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function loadXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** The value a cell holds (a formula's cached result, an error's code). */
export function valueOf(wb: ExcelJS.Workbook, sheet: string, a1: string): unknown {
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const v = ws.getCell(a1).value as unknown;
  if (v && typeof v === 'object' && 'result' in (v as object)) return (v as { result: unknown }).result;
  return v;
}
