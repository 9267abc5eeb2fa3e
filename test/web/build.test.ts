/**
 * The add-in's production web build (`npm run build:web`, part of `npm run build`): it succeeds
 * offline and its output holds what the manifest points at, with office.js from the CDN in the
 * task pane's <head> and the add-in's own scripts deferred after it.
 *
 * Same command as `npm run build:web`, but with --output-path build-tmp/web-build-test instead of
 * dist-web/: test/cli/bin.test.ts runs `npm run build` (which writes and cleans dist-web/) in
 * parallel with this file.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'build-tmp', 'web-build-test');
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** <script src> of a built page, in document order, with where they are (head/body) and defer. */
function scripts(html: string) {
  const headEnd = html.indexOf('</head>');
  return [...html.matchAll(/<script\b([^>]*)>/gi)]
    .map((m) => ({ attrs: m[1], at: m.index ?? 0 }))
    .filter((s) => /\bsrc=/.test(s.attrs))
    .map((s) => ({
      src: (/\bsrc=["']?([^"' >]+)/.exec(s.attrs) as RegExpExecArray)[1],
      defer: /\bdefer\b/.test(s.attrs),
      inHead: s.at < headEnd,
    }));
}

const gz = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

describe('production web build', () => {
  let output = '';
  let buildMs = 0;

  beforeAll(() => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      // Offline: any attempt to reach the network fails fast.
      HTTP_PROXY: 'http://127.0.0.1:9',
      HTTPS_PROXY: 'http://127.0.0.1:9',
      http_proxy: 'http://127.0.0.1:9',
      https_proxy: 'http://127.0.0.1:9',
      NO_PROXY: '',
    };
    delete env.ADDIN_BASE_URL;
    const t = Date.now();
    const r = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', OUT], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    buildMs = Date.now() - t;
    output = `${r.stdout}${r.stderr}`;
    if (r.status !== 0) throw new Error(`webpack --mode production exited ${r.status}:\n${output.slice(-4000)}`);
  }, 240000);

  test('succeeds without errors', () => {
    expect(output).not.toMatch(/\bERROR\b/);
    expect(buildMs).toBeLessThan(240000);
  });

  test('the output holds the pages, the manifest and the icons', () => {
    for (const f of ['taskpane.html', 'commands.html', 'help.html', 'manifest.xml']) {
      expect([f, fs.existsSync(path.join(OUT, f))]).toEqual([f, true]);
    }
    // The manifest as it is in the repository (no ADDIN_BASE_URL).
    expect(fs.readFileSync(path.join(OUT, 'manifest.xml'), 'utf8')).toBe(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'));
    const pngs = fs.readdirSync(path.join(ROOT, 'assets')).filter((f) => f.endsWith('.png'));
    expect(pngs).toEqual(expect.arrayContaining(['icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png', 'icon-128.png']));
    for (const f of pngs) {
      expect(fs.readFileSync(path.join(OUT, 'assets', f)).equals(fs.readFileSync(path.join(ROOT, 'assets', f)))).toBe(true);
    }
    // Every URL of the manifest is a file of the build.
    const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
    for (const m of manifest.matchAll(/"https:\/\/localhost:3000\/([^"]+)"/g)) {
      expect([m[1], fs.existsSync(path.join(OUT, m[1]))]).toEqual([m[1], true]);
    }
  });

  test('taskpane.html: office.js from the CDN first in <head>, then the bundles, deferred, with content hashes', () => {
    const list = scripts(fs.readFileSync(path.join(OUT, 'taskpane.html'), 'utf8'));
    expect(list[0]).toEqual({ src: CDN, defer: false, inHead: true });
    const own = list.slice(1);
    expect(own.length).toBeGreaterThanOrEqual(1);
    for (const s of own) {
      expect(s.src).toMatch(/^[\w-]+\.[0-9a-f]{8}\.js$/);
      expect(s.defer).toBe(true);
      expect(fs.existsSync(path.join(OUT, s.src))).toBe(true);
    }
    expect(own.map((s) => s.src.split('.')[0])).toContain('taskpane');
  });

  test('the task pane bundle is tree-shaken (Fluent UI not included whole)', () => {
    const own = scripts(fs.readFileSync(path.join(OUT, 'taskpane.html'), 'utf8')).slice(1);
    const total = own.reduce((s, x) => s + gz(path.join(OUT, x.src)), 0);
    // All of Fluent UI is ~3.5 MB gzipped (a CommonJS build); React + the Fluent parts a task pane
    // uses are ~110 KB. The bench (npm run bench) compares it with a baseline page.
    expect(total).toBeLessThan(600 * 1024);
  });

  test('commands.html: office.js from the CDN and only the small commands bundle (no React)', () => {
    const list = scripts(fs.readFileSync(path.join(OUT, 'commands.html'), 'utf8'));
    expect(list[0]).toEqual({ src: CDN, defer: false, inHead: true });
    expect(list.slice(1).map((s) => s.src.split('.')[0])).toEqual(['commands']);
    const file = path.join(OUT, list[1].src);
    expect(fs.statSync(file).size).toBeLessThan(20 * 1024);
    expect(fs.readFileSync(file, 'utf8')).toContain('recalcAll');
  });

  test('help.html (SupportUrl) loads no script', () => {
    expect(scripts(fs.readFileSync(path.join(OUT, 'help.html'), 'utf8'))).toEqual([]);
  });
});
