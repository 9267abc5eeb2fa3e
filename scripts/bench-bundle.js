'use strict';
/**
 * Bundle size of the task pane (part 4 of `npm run bench`; alone: `node scripts/bench-bundle.js`).
 *
 * Two production builds with the add-in's own webpack settings (webpack.config.js createConfig):
 *  - the add-in as it is now (src/taskpane/index.tsx, whatever it contains when this runs);
 *  - a baseline page, scripts/bench/baseline-page.tsx: React 18 + FluentProvider, Button,
 *    MessageBar, DataGrid, ProgressBar, Spinner.
 * For each, the INITIAL JS is what the built HTML page loads with <script src> (the entry's
 * chunks: vendor + app), not lazy chunks (import()), which are reported beside it. Sizes are
 * gzip level 9 (zlib). Target: task pane ≤ 1.5 × baseline.
 *
 * Builds go to bench/output/bundle-*; dist-web/ is not touched.
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'bench', 'output');
const TARGET_RATIO = 1.5;

const nowMs = () => Number(process.hrtime.bigint()) / 1e6;
const kb = (bytes) => bytes / 1024;

function runWebpack(config) {
  const webpack = require('webpack');
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) {
        const errors = stats.toJson({ all: false, errors: true }).errors.map((e) => e.message);
        return reject(new Error(`webpack: ${errors.slice(0, 3).join('\n')}`));
      }
      resolve(stats);
    });
  });
}

/** Local <script src> of a built page, in order (the office.js CDN script is not ours). */
function pageScripts(html) {
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)].map((m) => m[1]).filter((src) => !/^(https?:)?\/\//i.test(src));
}

function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/** Builds one page and measures its initial and lazy JS. */
async function measure({ label, entries, pages, page, entry }) {
  const { createConfig } = require(path.join(ROOT, 'webpack.config.js'));
  const outputPath = path.join(OUT, `bundle-${label}`);
  const config = createConfig({ mode: 'production', entries, pages, outputPath, copyStatic: false, vendorEntry: entry });
  const t = nowMs();
  const stats = await runWebpack(config);
  const buildMs = nowMs() - t;
  const html = fs.readFileSync(path.join(outputPath, page), 'utf8');
  const initial = pageScripts(html);
  if (!initial.length) throw new Error(`${page} loads no script of its own`);
  const files = initial.map((src) => ({ name: src, raw: fs.statSync(path.join(outputPath, src)).size, gz: gzipSize(path.join(outputPath, src)) }));
  // Lazy: the JS of this entry's async chunks (not loaded by the page itself).
  const json = stats.toJson({ all: false, ids: true, chunks: true, chunkRelations: true, entrypoints: true });
  const initialSet = new Set(initial);
  const entryChunkIds = new Set(json.entrypoints[entry].chunks);
  const lazyFiles = new Set();
  const seen = new Set();
  const walk = (ids) => {
    for (const id of ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      const c = json.chunks.find((x) => x.id === id);
      if (!c) continue;
      if (!entryChunkIds.has(id)) for (const f of c.files) if (f.endsWith('.js') && !initialSet.has(f)) lazyFiles.add(f);
      walk(c.children || []);
    }
  };
  walk([...entryChunkIds]);
  const lazyGz = [...lazyFiles].reduce((s, f) => s + gzipSize(path.join(outputPath, f)), 0);
  return {
    label,
    buildMs,
    files,
    gz: files.reduce((s, f) => s + f.gz, 0),
    raw: files.reduce((s, f) => s + f.raw, 0),
    lazyGz,
    lazyCount: lazyFiles.size,
  };
}

function measureApp() {
  const { APP_ENTRIES, APP_PAGES } = require(path.join(ROOT, 'webpack.config.js'));
  return measure({
    label: 'taskpane',
    entries: APP_ENTRIES,
    pages: APP_PAGES,
    page: 'taskpane.html',
    entry: 'taskpane',
  });
}

function measureBaseline() {
  return measure({
    label: 'baseline',
    entries: { baseline: './scripts/bench/baseline-page.tsx' },
    pages: [{ filename: 'baseline.html', chunks: ['baseline'], title: 'baseline' }],
    page: 'baseline.html',
    entry: 'baseline',
  });
}

const describe = (m) =>
  `${m.files.map((f) => `${f.name.replace(/\.[0-9a-f]{8}\.js$/, '.js')} ${kb(f.gz).toFixed(1)} KB`).join(' + ')}` +
  ` (${kb(m.raw).toFixed(0)} KB minified)`;

/**
 * @param {(r: object) => void} record  bench.js's record(); gets one line
 * @param {(msg: string) => void} log
 */
async function benchBundle(record, log) {
  log('bundle: production build of the task pane …');
  const app = await measureApp();
  log(`bundle: task pane built in ${Math.round(app.buildMs)} ms; baseline page …`);
  const base = await measureBaseline();
  log(`bundle: baseline built in ${Math.round(base.buildMs)} ms`);
  const ratio = app.gz / base.gz;
  const result = {
    what: 'add-in: task pane initial JS, gzip -9, vs React 18 + Fluent baseline page',
    ms: null,
    baselineMs: null,
    unit: 'KB',
    kb: kb(app.gz),
    baselineKb: kb(base.gz),
    ratio,
    target: `≤ ${TARGET_RATIO.toFixed(2)}×`,
    pass: ratio <= TARGET_RATIO,
    note:
      `task pane: ${describe(app)}; lazy chunks ${app.lazyCount} file(s), ${kb(app.lazyGz).toFixed(1)} KB gzipped (not counted); ` +
      `baseline (FluentProvider, Button, MessageBar, DataGrid, ProgressBar, Spinner): ${describe(base)}; ` +
      `production builds ${(app.buildMs / 1000).toFixed(1)} s and ${(base.buildMs / 1000).toFixed(1)} s`,
    buildMs: app.buildMs,
    baselineBuildMs: base.buildMs,
  };
  record(result);
  return result;
}

module.exports = { benchBundle, measure, measureApp, measureBaseline, pageScripts };

if (require.main === module) {
  const log = (msg) => process.stderr.write(`bench: ${msg}\n`);
  benchBundle(
    (r) =>
      process.stdout.write(
        `\n${r.what}\n  task pane ${r.kb.toFixed(1)} KB, baseline ${r.baselineKb.toFixed(1)} KB, ` +
          `ratio ${r.ratio.toFixed(2)}× (target ${r.target}) ${r.pass ? 'PASS' : 'FAIL'}\n  · ${r.note}\n`,
      ),
    log,
  ).catch((err) => {
    process.stderr.write(`bench: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  });
}
