'use strict';
/**
 * The WPS 表格 JS add-in (`npm run build:wps` = `webpack --mode production --env wps` → dist-wps/):
 *
 *   index.html + ribbon.[hash].js   entry page WPS loads at start-up; the ribbon callbacks
 *   ribbon.xml                      the 开始 tab's 绩效自评 group (src/wps/addin/ribbon.xml)
 *   taskpane.html + chunks          the same task pane as in Excel, over the WPS port
 *   images/                         button images (assets/icon-*.png, assets/recalc-*.png)
 *   jsplugins.xml, publish.xml, publish.html   online mode, every URL under WPS_BASE_URL
 *   jixiao_<version>.zip            offline mode, unpacked into jsaddons/ (scripts/wps/package.js)
 *
 * Environment: WPS_BASE_URL  where dist-wps/ is served (default http://127.0.0.1:3890/, the
 * `npm run dev:wps` server). Inside the package every reference is relative. See docs/wps.md.
 */
const fs = require('fs');
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { createConfig } = require('./webpack.config.js');
const pkg = require('./package.json');
const wpsPackage = require('./scripts/wps/package.js');

const ROOT = __dirname;
const WPS_OUTPUT = path.join(ROOT, 'dist-wps');
const ADDIN = './src/wps/addin';

const WPS_PAGES = [
  // No defer: the callbacks must be defined when WPS reads ribbon.xml and calls onLoad.
  { filename: 'index.html', template: `${ADDIN}/index.html`, chunks: ['ribbon'], scriptLoading: 'blocking' },
  { filename: 'taskpane.html', template: `${ADDIN}/taskpane.html`, chunks: ['taskpane'] },
];

/** Adds the online lists, the install page and the offline zip once every other file is final. */
class WpsPackagePlugin {
  constructor({ base, version }) {
    this.base = base;
    this.version = version;
  }

  apply(compiler) {
    const name = 'WpsPackagePlugin';
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        const { base, version } = this;
        const files = {};
        for (const [file, source] of Object.entries(assets)) {
          if (!file.endsWith('.map')) files[file] = new Uint8Array(source.buffer());
        }
        const template = fs.readFileSync(path.join(ROOT, ADDIN, 'publish.html'), 'utf8');
        const emit = (file, content) => compilation.emitAsset(file, new sources.RawSource(content));
        emit('jsplugins.xml', wpsPackage.onlineJsplugins({ base, version }));
        emit('publish.xml', wpsPackage.onlinePublishXml({ base, version }));
        emit('publish.html', wpsPackage.publishHtml(template, { base, version }));
        emit(`${wpsPackage.offlineFolder(version)}.zip`, Buffer.from(wpsPackage.offlineZip(files, { version })));
      });
    });
  }
}

/**
 * @param {object} o
 * @param {'production'|'development'} o.mode
 * @param {string} [o.baseUrl]     default: WPS_BASE_URL or http://127.0.0.1:3890/
 * @param {string} [o.outputPath]  default: dist-wps/
 */
function createWpsConfig({ mode, baseUrl = process.env.WPS_BASE_URL, outputPath = WPS_OUTPUT }) {
  const base = wpsPackage.normalizeBase(baseUrl);
  const config = createConfig({
    mode,
    entries: { ribbon: `${ADDIN}/ribbon.ts`, taskpane: `${ADDIN}/taskpane.tsx` },
    pages: WPS_PAGES,
    outputPath,
    copyStatic: false,
    vendorEntry: 'taskpane',
  });
  config.plugins.push(
    new CopyWebpackPlugin({
      patterns: [
        { from: `${ADDIN}/ribbon.xml`, to: 'ribbon.xml' },
        { from: 'assets/icon-*.png', to: 'images/[name][ext]' },
        { from: 'assets/recalc-*.png', to: 'images/[name][ext]' },
      ],
    }),
    new WpsPackagePlugin({ base, version: pkg.version }),
  );
  return config;
}

module.exports = { createWpsConfig, WPS_OUTPUT, WPS_PAGES, WpsPackagePlugin };
