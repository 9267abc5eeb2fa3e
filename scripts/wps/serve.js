'use strict';
/**
 * `npm run dev:wps` (after the build) — serves dist-wps/ over HTTP where WPS_BASE_URL says
 * (default http://127.0.0.1:3890/) and prints how to point a local WPS at it. Writes nothing
 * outside the repository: the files wpsjs's `debug` would write into WPS's folders (oem.ini,
 * jsaddons/jsplugins.xml or publish.xml) are printed, for you to set up once.
 *
 *   node scripts/wps/serve.js          (WPS_BASE_URL must be http://127.0.0.1 or localhost)
 */
const fs = require('fs');
const path = require('path');
const { startDemoServer } = require('../demo-server.js');
const { normalizeBase } = require('./package.js');

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'dist-wps');

/** Where wpsjs 2.2.3 (src/lib/debug_*.js) looks for WPS's own configuration, per platform. */
function instructions(base) {
  const list = `${base}jsplugins.xml`;
  return [
    '',
    `  ribbon.xml:     ${base}ribbon.xml   (should start with <customUI)`,
    `  jsplugins.xml:  ${list}`,
    `  install page:   ${base}publish.html  (open in a browser on this computer, click 安装)`,
    '',
    'Point a local WPS at it — one of (docs/wps.md, 在线模式):',
    `  a) publish page: open ${base}publish.html, click 安装 / Install, restart WPS 表格.`,
    '  b) publish.xml: copy dist-wps/publish.xml (or, if one exists, add its <jspluginonline> line) to',
    '     the jsaddons folder of your WPS user profile:',
    '       Windows  %APPDATA%\\kingsoft\\wps\\jsaddons\\publish.xml',
    '       Linux    ~/.local/share/Kingsoft/wps/jsaddons/publish.xml   (麒麟 / 统信 UOS)',
    '  c) jsplugins.xml (older builds): in <WPS>/office6/cfgs/oem.ini set',
    '       [Support] JsApiPlugin=true  JsApiShowWebDebugger=true',
    `       [Server]  JSPluginsServer=${list}`,
    '     oem.ini: Windows <WPS install folder>\\office6\\cfgs\\oem.ini; Linux',
    '       /opt/kingsoft/wps-office/office6/cfgs/oem.ini or',
    '       /opt/apps/cn.wps.wps-office-pro/files/kingsoft/wps-office/office6/cfgs/oem.ini',
    '',
    'The 开始 tab then shows the 「绩效自评」 group. Press Ctrl+C to stop. / 按 Ctrl+C 停止。',
  ].join('\n');
}

async function main() {
  let base;
  try {
    base = normalizeBase(process.env.WPS_BASE_URL);
  } catch (err) {
    process.stderr.write(`wps serve: ${err.message}\n`);
    process.exit(2);
  }
  const url = new URL(base);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) || url.protocol !== 'http:') {
    process.stderr.write(`wps serve: serves on this computer over http only; WPS_BASE_URL is ${base}. Upload dist-wps/ to that server instead.\n`);
    process.exit(2);
  }
  if (!fs.existsSync(path.join(OUT, 'ribbon.xml'))) {
    process.stderr.write('wps serve: dist-wps/ribbon.xml is missing; run npm run build:wps (or npm run dev:wps) first.\n');
    process.exit(2);
  }
  const port = Number(url.port || 80);
  // A base with a path (http://127.0.0.1:3890/jixiao/) serves the same folder under that path.
  const extraDirs = url.pathname === '/' ? {} : { [url.pathname]: OUT };
  let server;
  try {
    server = await startDemoServer({ root: OUT, host: url.hostname.replace(/^\[|\]$/g, ''), port, extraDirs, index: `${url.pathname}publish.html` });
  } catch (err) {
    const busy = err && err.code === 'EADDRINUSE';
    process.stderr.write(`wps serve: ${busy ? `port ${port} is in use; stop what uses it or set WPS_BASE_URL=http://127.0.0.1:<port>/ and rebuild` : err.message}\n`);
    process.exit(2);
  }
  process.stdout.write(`绩效自评助手 WPS 加载项 / WPS add-in: serving dist-wps/ at ${base}\n${instructions(base)}\n`);
  const stop = () => server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) main();

module.exports = { instructions };
