'use strict';
/**
 * The Excel add-in's web build: task pane (React + Fluent UI v9) and ribbon function file.
 *
 *   npm run build:web    production build into dist-web/ (content hashes, minified)
 *   npm run build:dev    development build into dist-web/
 *   npm run dev-server   https://localhost:3000 with office-addin-dev-certs (HTTP fallback)
 *
 * dist-web/ and not dist/: dist/ holds the CLI (tsc -p tsconfig.build.json).
 *
 * `createConfig()` is exported so that scripts/bench-bundle.js builds its baseline page with
 * exactly the same settings.
 *
 * Environment:
 *   ADDIN_BASE_URL   production builds only: replaces https://localhost:3000/ in the copied
 *                    manifest.xml (e.g. https://addin.example.gov.cn/jixiao/). The manifest in
 *                    the repository always points at the dev server.
 *   DEV_SERVER_PORT  dev server port (default 3000; the manifest expects 3000).
 *   DEV_SERVER_HTTP  "1": serve plain HTTP (browser demos, end-to-end tests); Office needs HTTPS.
 */
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const ROOT = __dirname;
const DEV_URL = 'https://localhost:3000/';
const OUTPUT = path.join(ROOT, 'dist-web');

const APP_ENTRIES = {
  taskpane: './src/taskpane/index.tsx',
  commands: './src/commands/commands.ts',
};
const APP_PAGES = [
  { filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] },
  { filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] },
  // The manifest's SupportUrl and GetStarted LearnMoreUrl: static, no script.
  { filename: 'help.html', template: './src/help/help.html', chunks: [] },
];

/**
 * The demo host (`npm run build:demo` → dist-demo/, served by scripts/demo-server.js): the real
 * task pane beside an in-memory spreadsheet, no Office. The example workbook is copied in as
 * example.xlsx. Workbooks are read by src/xlsx/read (fflate), as in the CLI: no ExcelJS in the page.
 */
const DEMO_OUTPUT = path.join(ROOT, 'dist-demo');
function createDemoConfig({ mode }) {
  const config = createConfig({
    mode,
    entries: { demo: './src/demo/index.tsx' },
    pages: [{ filename: 'demo.html', template: './src/demo/demo.html', chunks: ['demo'] }],
    outputPath: DEMO_OUTPUT,
    copyStatic: false,
    vendorEntry: 'demo',
  });
  config.plugins.push(
    new CopyWebpackPlugin({
      patterns: [
        { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
        { from: 'assets/anting-2024.xlsx', to: 'example.xlsx' },
      ],
    }),
  );
  // The demo is not size-bound like the task pane in Excel.
  config.performance = false;
  return config;
}

/** manifest.xml with every https://localhost:3000/ URL moved to `baseUrl` (production hosting). */
function rewriteManifest(xml, baseUrl) {
  if (!/^https:\/\/[^/]+/.test(baseUrl)) throw new Error(`ADDIN_BASE_URL must be an https:// URL, not "${baseUrl}"`);
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return xml.split(DEV_URL).join(base);
}

/**
 * @param {object} o
 * @param {'production'|'development'} o.mode
 * @param {Record<string,string>} [o.entries]  entry name → module
 * @param {{filename:string, template?:string, chunks:string[], title?:string, scriptLoading?:string}[]} [o.pages]
 * @param {string} [o.outputPath]
 * @param {boolean} [o.copyStatic]  copy assets/*.png and manifest.xml (the add-in build only)
 * @param {string} [o.vendorEntry]  the entry whose node_modules go to a separate `vendor` chunk
 * @returns {import('webpack').Configuration}
 */
function createConfig({
  mode,
  entries = APP_ENTRIES,
  pages = APP_PAGES,
  outputPath = OUTPUT,
  copyStatic = true,
  vendorEntry = 'taskpane',
}) {
  const prod = mode === 'production';
  const plugins = pages.map(
    (p) =>
      new HtmlWebpackPlugin({
        filename: p.filename,
        ...(p.template ? { template: p.template } : { title: p.title || p.filename }),
        chunks: p.chunks,
        // Bundles go to <head> with `defer`, after the office.js <script> of the template.
        scriptLoading: p.scriptLoading || 'defer',
      }),
  );
  if (copyStatic) {
    const baseUrl = process.env.ADDIN_BASE_URL;
    plugins.push(
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform(content) {
              return prod && baseUrl ? rewriteManifest(content.toString(), baseUrl) : content;
            },
          },
        ],
      }),
    );
  }

  return {
    mode,
    context: ROOT,
    target: 'web',
    entry: entries,
    output: {
      path: outputPath,
      filename: prod ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: prod ? '[name].[contenthash:8].js' : '[name].js',
      assetModuleFilename: prod ? 'assets/[name].[contenthash:8][ext]' : 'assets/[name][ext]',
      publicPath: 'auto',
      clean: true,
    },
    // Separate .map files: not loaded by the task pane, useful in the browser's dev tools.
    devtool: prod ? 'source-map' : 'eval-cheap-module-source-map',
    resolve: { extensions: ['.tsx', '.ts', '.mjs', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: path.join(ROOT, 'tsconfig.web.json'),
              // `npm run typecheck` type-checks with tsconfig.web.json; the bundle only transpiles.
              transpileOnly: true,
              onlyCompileBundledFiles: true,
            },
          },
        },
        { test: /\.(png|jpe?g|gif|svg)$/i, type: 'asset/resource' },
      ],
    },
    optimization: {
      // One `vendor` chunk (React, Fluent UI, decimal.js) beside the task pane's own code: two
      // parallel requests on first load, and the vendor file stays cached across app releases.
      // Only the task pane's initial chunks: commands.html stays a few KB, and lazy chunks
      // (import()) keep webpack's default splitting.
      splitChunks: {
        cacheGroups: {
          vendor: {
            test: /[\\/]node_modules[\\/]/,
            name: 'vendor',
            chunks: (chunk) => chunk.name === vendorEntry,
            priority: 10,
            enforce: true,
          },
        },
      },
    },
    performance: prod
      ? { hints: 'warning', maxEntrypointSize: 1536 * 1024, maxAssetSize: 1536 * 1024 }
      : false,
    plugins,
    stats: 'errors-warnings',
  };
}

/** Certificates of office-addin-dev-certs, or null; the reason goes to the console. */
async function httpsOptions() {
  let devCerts;
  try {
    devCerts = require('office-addin-dev-certs');
  } catch (err) {
    return { options: null, why: `office-addin-dev-certs is not installed (${err.message})` };
  }
  try {
    const o = await devCerts.getHttpsServerOptions();
    return { options: { ca: o.ca, key: o.key, cert: o.cert }, trusted: true };
  } catch (err) {
    // On Linux (and without sudo) the CA cannot be installed but the files were generated:
    // HTTPS still works, the browser just does not trust the certificate.
    const d = require('office-addin-dev-certs/lib/defaults');
    const files = [d.caCertificatePath, d.localhostCertificatePath, d.localhostKeyPath];
    if (files.every((f) => fs.existsSync(f))) {
      const [ca, cert, key] = files.map((f) => fs.readFileSync(f));
      return { options: { ca, cert, key }, trusted: false, why: firstLine(err) };
    }
    return { options: null, why: firstLine(err) };
  }
}

function firstLine(err) {
  return String((err && err.message) || err).split('\n').filter(Boolean).slice(0, 2).join(' ');
}

async function devServer() {
  const port = Number(process.env.DEV_SERVER_PORT || process.env.npm_package_config_dev_server_port || 3000);
  const note = (msg) => console.log(`\n[绩效自评助手 dev server] ${msg}\n`);
  let server = 'http';
  if (process.env.DEV_SERVER_HTTP === '1') {
    note(`DEV_SERVER_HTTP=1: serving plain HTTP on http://localhost:${port}/ (browser only; Office requires HTTPS).`);
  } else {
    const https = await httpsOptions();
    if (https.options) {
      server = { type: 'https', options: https.options };
      if (!https.trusted) {
        note(
          `HTTPS with office-addin-dev-certs' certificate, but its CA is NOT trusted on this machine (${https.why}).\n` +
            `Excel will refuse https://localhost:${port}/ until it is: run \`npx office-addin-dev-certs install\` ` +
            'as a user who can install a CA (see docs/sideload.md).',
        );
      }
    } else {
      note(
        `Could not create or read the HTTPS development certificates: ${https.why}\n` +
          `Falling back to plain HTTP on http://localhost:${port}/. That is enough for a browser, ` +
          'but Office loads add-ins only over trusted HTTPS: run `npx office-addin-dev-certs install` and restart (docs/sideload.md).',
      );
    }
  }
  return {
    port,
    server,
    hot: true,
    headers: { 'Access-Control-Allow-Origin': '*' },
    static: false,
    client: { overlay: { errors: true, warnings: false } },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  if (env.demo) return createDemoConfig({ mode });
  if (env.wps) return require('./webpack.wps.js').createWpsConfig({ mode }); // WPS 表格 add-in → dist-wps/
  const config = createConfig({ mode });
  if (env.WEBPACK_SERVE) config.devServer = await devServer();
  return config;
};
module.exports.createConfig = createConfig;
module.exports.createDemoConfig = createDemoConfig;
module.exports.DEMO_OUTPUT = DEMO_OUTPUT;
module.exports.APP_ENTRIES = APP_ENTRIES;
module.exports.APP_PAGES = APP_PAGES;
module.exports.OUTPUT = OUTPUT;
module.exports.rewriteManifest = rewriteManifest;
