'use strict';
/**
 * Initial JS of the WPS task pane vs the Excel task pane (test/web/wpsBuild.test.ts; alone:
 * `node scripts/wps/pane-size.js [outDir]`, prints JSON). Both production builds run in one
 * webpack multi-compiler: the Excel pane with the add-in's own settings (webpack.config.js
 * createConfig, taskpane page only) and the WPS package (webpack.wps.js). "Initial" is what the
 * built taskpane.html loads with <script src> (vendor + pane), gzip -9, as scripts/bench-bundle.js
 * measures it; the hosts' adapters (src/excel, src/wps) are lazy chunks in both.
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const webpack = require('webpack');
const { createConfig, APP_PAGES } = require('../../webpack.config.js');
const { createWpsConfig } = require('../../webpack.wps.js');
const { pageScripts } = require('../bench-bundle.js');

const ROOT = path.resolve(__dirname, '..', '..');
const gz = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

function initialJs(dir) {
  const scripts = pageScripts(fs.readFileSync(path.join(dir, 'taskpane.html'), 'utf8'));
  if (!scripts.length) throw new Error(`${dir}/taskpane.html loads no script of its own`);
  const files = scripts.map((src) => ({ name: src, gz: gz(path.join(dir, src)) }));
  return { files, gz: files.reduce((s, f) => s + f.gz, 0) };
}

function build(configs) {
  return new Promise((resolve, reject) => {
    webpack(configs, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(stats);
    });
  });
}

async function paneSizes(outDir = path.join(ROOT, 'build-tmp', 'wps-pane-size')) {
  const excelOut = path.join(outDir, 'excel');
  const wpsOut = path.join(outDir, 'wps');
  const excel = createConfig({
    mode: 'production',
    entries: { taskpane: './src/taskpane/index.tsx' },
    pages: APP_PAGES.filter((p) => p.filename === 'taskpane.html'),
    outputPath: excelOut,
    copyStatic: false,
  });
  const wps = createWpsConfig({ mode: 'production', outputPath: wpsOut });
  for (const [name, c] of [['excel', excel], ['wps', wps]]) {
    // Sizes only: no source maps (most of the build time), and webpack's cache across runs.
    c.devtool = false;
    c.cache = { type: 'filesystem', name: `pane-size-${name}`, cacheDirectory: path.join(ROOT, 'build-tmp', 'webpack-cache') };
  }
  const t = Date.now();
  await build([excel, wps]);
  return { buildMs: Date.now() - t, excel: initialJs(excelOut), wps: initialJs(wpsOut) };
}

module.exports = { paneSizes, initialJs };

if (require.main === module) {
  paneSizes(process.argv[2] ? path.resolve(process.argv[2]) : undefined)
    .then((r) => process.stdout.write(`${JSON.stringify(r)}\n`))
    .catch((err) => {
      process.stderr.write(`pane-size: ${err && err.stack ? err.stack : err}\n`);
      process.exit(1);
    });
}
