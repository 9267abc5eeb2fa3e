/**
 * Helpers of the end-to-end tests: Debian's Chromium (/usr/bin/chromium, headless) driven by
 * playwright-core, which never downloads a browser.
 *
 *   const demo = await openDemo();                      // /demo.html, the bundled example
 *   const demo = await openDemo({ workbook: url });     // /demo.html?workbook=…
 *   await shot(demo.page, 'overview');                  // test-results/e2e/overview.png
 *   expect(demo.foreignRequests).toEqual([]);           // nothing left 127.0.0.1
 *   await demo.close();
 *
 * One browser per test file (launched on the first openDemo, closed after the file's tests), a
 * fresh context (cookies, storage, cache) per openDemo. Requests to any other origin than the
 * demo server's are recorded in `foreignRequests`, then aborted, so a test never waits on the
 * network and a page that reaches out is caught by its assertions.
 */
import * as fs from 'fs';
import * as path from 'path';
import { chromium, Browser, BrowserContext, Page } from 'playwright-core';
import { CHROMIUM, ENV_BASE_URL, ENV_WORKBOOKS_DIR, SHOTS_DIR, WORKBOOKS_PREFIX, requiredEnv } from './env';

export const VIEWPORT = { width: 1600, height: 900 };
export const LOCALE = 'zh-CN';

/** The demo server's origin ('http://127.0.0.1:PORT'). */
export function baseUrl(): string {
  return requiredEnv(ENV_BASE_URL);
}

/** The temporary folder served under /workbooks/. */
export function workbooksDir(): string {
  return requiredEnv(ENV_WORKBOOKS_DIR);
}

let shared: Promise<Browser> | null = null;

/** The file's browser (launched once). Root cannot use Chromium's sandbox: --no-sandbox then. */
export function launchBrowser(): Promise<Browser> {
  if (!shared) {
    const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    shared = chromium.launch({ executablePath: CHROMIUM, headless: true, args: asRoot ? ['--no-sandbox'] : [] });
  }
  return shared;
}

export async function closeBrowser(): Promise<void> {
  const pending = shared;
  shared = null;
  if (pending) await (await pending).close();
}

// A test file that opens the demo closes its browser after its last test (no dangling process).
if (typeof afterAll === 'function') afterAll(closeBrowser);

export interface DemoSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** The URL navigated to. */
  url: string;
  /** Text of every console message of type 'error' (with its source location when known). */
  consoleErrors: string[];
  /** Every uncaught exception of the page ('pageerror'). */
  pageErrors: string[];
  /**
   * The URL of every request (and WebSocket) whose origin is not the demo server's, from any
   * page of the context, in order. data:, blob: and about: URLs are not network requests and are
   * not listed. Such requests are aborted unless `allowForeign` was set.
   */
  foreignRequests: string[];
  /** Closes the context (the browser stays for the file's next test). */
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Path on the demo server; default '/demo.html'. */
  path?: string;
  /** When the navigation counts as done; default 'load'. */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit';
  /** Let foreign requests go out instead of aborting them (they are recorded either way). */
  allowForeign?: boolean;
}

/** `?a=b` from a query given as a string (with or without '?') or as pairs. */
function queryString(query: string | Record<string, string> | undefined): string {
  if (query === undefined) return '';
  if (typeof query === 'string') return query === '' ? '' : query.startsWith('?') ? query : `?${query}`;
  const s = new URLSearchParams(query).toString();
  return s ? `?${s}` : '';
}

const isLocalScheme = (u: string) => /^(data|blob|about):/i.test(u);

/**
 * Opens the demo (or `options.path`) in a fresh context, viewport 1600×900, locale zh-CN, and
 * waits for the load event. `query`: e.g. { workbook: '/workbooks/a.xlsx' } or 'workbook=…'.
 */
export async function openDemo(query?: string | Record<string, string>, options: OpenOptions = {}): Promise<DemoSession> {
  const base = baseUrl();
  const origin = new URL(base).origin;
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: VIEWPORT, locale: LOCALE, serviceWorkers: 'block' });
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const foreignRequests: string[] = [];
  const isForeign = (u: string) => {
    if (isLocalScheme(u)) return false;
    try {
      return new URL(u).origin !== origin;
    } catch {
      return true;
    }
  };
  context.on('request', (req) => {
    if (isForeign(req.url())) foreignRequests.push(req.url());
  });
  if (!options.allowForeign) {
    await context.route((u) => isForeign(u.href), (route) => route.abort('blockedbyclient'));
  }
  const watched = new WeakSet<Page>();
  const watch = (p: Page) => {
    if (watched.has(p)) return;
    watched.add(p);
    p.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const loc = msg.location();
      consoleErrors.push(loc && loc.url ? `${msg.text()} (${loc.url}:${loc.lineNumber})` : msg.text());
    });
    p.on('pageerror', (err) => pageErrors.push(err.stack || String(err)));
    p.on('websocket', (ws) => {
      if (isForeign(ws.url())) foreignRequests.push(ws.url());
    });
  };
  context.on('page', watch);
  const page = await context.newPage();
  watch(page); // no-op when the 'page' event already did it
  const url = `${base}${options.path ?? '/demo.html'}${queryString(query)}`;
  try {
    await page.goto(url, { waitUntil: options.waitUntil ?? 'load' });
  } catch (err) {
    await context.close();
    throw err;
  }
  return { browser, context, page, url, consoleErrors, pageErrors, foreignRequests, close: () => context.close() };
}

/** A full-page PNG in test-results/e2e/<name>.png (the folder is created); returns its path. */
export async function shot(page: Page, name: string): Promise<string> {
  const safe = name.replace(/\.png$/i, '').replace(/[^\w.\-\u3400-\u9fff]+/g, '_');
  if (!safe || safe.startsWith('.')) throw new Error(`shot: unusable screenshot name ${JSON.stringify(name)}`);
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  const file = path.join(SHOTS_DIR, `${safe}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Writes `bytes` as `name` into the folder served under /workbooks/ and returns its URL path
 * ('/workbooks/name', encoded), for openDemo({ workbook: … }) or any other use.
 */
export function writeWorkbook(name: string, bytes: Uint8Array | ArrayBuffer | string): string {
  if (!name || name.includes('/') || name.includes('\\') || name === '.' || name === '..') {
    throw new Error(`writeWorkbook: ${JSON.stringify(name)} is not a plain file name`);
  }
  const data = typeof bytes === 'string' ? bytes : bytes instanceof ArrayBuffer ? Buffer.from(bytes) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  fs.writeFileSync(path.join(workbooksDir(), name), data);
  return `${WORKBOOKS_PREFIX}${encodeURIComponent(name)}`;
}
