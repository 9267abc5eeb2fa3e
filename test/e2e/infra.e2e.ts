/**
 * The end-to-end machinery itself, on a probe page placed in the served workbooks folder (not the
 * demo): the page loads in /usr/bin/chromium, a screenshot is written, page errors are collected,
 * and the foreign-request detector records requests that leave 127.0.0.1 (so a test asserting
 * "no foreign request" can fail). http://example.invalid/ never resolves; the detector records it
 * all the same.
 */
import * as fs from 'fs';
import { baseUrl, openDemo, shot, writeWorkbook } from './support/browser';

const PROBE = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>探针 probe</title>
<script src="/workbooks/probe.js"></script></head>
<body style="font: 16px sans-serif">
<h1>绩效自评助手 端到端测试探针</h1>
<p id="same-origin">…</p>
<img alt="foreign" src="http://example.invalid/pixel.png">
</body>
</html>
`;
const PROBE_JS = `window.addEventListener('DOMContentLoaded', () => { document.getElementById('same-origin').textContent = '同源脚本已运行'; });`;

describe('end-to-end infrastructure', () => {
  beforeAll(() => {
    writeWorkbook('probe.js', PROBE_JS);
    writeWorkbook('clean.html', '<!doctype html><meta charset="utf-8"><title>clean</title><p>无外部请求</p>');
  });

  it('loads a page from the demo server, takes a screenshot and catches a foreign request', async () => {
    const path = writeWorkbook('probe.html', PROBE);
    expect(path).toBe('/workbooks/probe.html');
    const demo = await openDemo(undefined, { path });
    try {
      expect(baseUrl()).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(await demo.page.title()).toBe('探针 probe');
      // The same-origin script ran: a request to the demo server is not foreign.
      await demo.page.getByText('同源脚本已运行').waitFor();

      // A fetch after the load is caught too (it fails: blocked, and offline anyway).
      const fetched = await demo.page.evaluate("fetch('http://example.invalid/api?x=1').then(() => 'ok', () => 'failed')");
      expect(fetched).toBe('failed');
      expect(demo.foreignRequests).toEqual(['http://example.invalid/pixel.png', 'http://example.invalid/api?x=1']);
      expect(demo.pageErrors).toEqual([]);

      const file = await shot(demo.page, 'infra-probe');
      expect(file).toMatch(/test-results[\\/]e2e[\\/]infra-probe\.png$/);
      const png = fs.readFileSync(file);
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(png.length).toBeGreaterThan(1000);
    } finally {
      await demo.close();
    }
  });

  it('reports no foreign request and no error for a page that stays on the server', async () => {
    const demo = await openDemo('?unused=1', { path: '/workbooks/clean.html' });
    try {
      expect(demo.url).toMatch(/\/workbooks\/clean\.html\?unused=1$/);
      expect(await demo.page.title()).toBe('clean');
      expect(demo.foreignRequests).toEqual([]);
      expect(demo.consoleErrors).toEqual([]);
      expect(demo.pageErrors).toEqual([]);
    } finally {
      await demo.close();
    }
  });

  it('collects uncaught page errors and console errors', async () => {
    const demo = await openDemo(undefined, { path: '/workbooks/clean.html' });
    try {
      await demo.page.evaluate("setTimeout(() => { throw new Error('探针异常'); }, 0); console.error('探针控制台错误');");
      await demo.page.waitForTimeout(100);
      expect(demo.pageErrors.join('\n')).toContain('探针异常');
      expect(demo.consoleErrors.join('\n')).toContain('探针控制台错误');
    } finally {
      await demo.close();
    }
  });

  it('serves the demo page the build produced', async () => {
    const res = await fetch(`${baseUrl()}/demo.html`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  });
});
