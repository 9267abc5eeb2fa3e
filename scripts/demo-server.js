'use strict';
/**
 * Static file server for the browser demo (`npm run demo` = build:demo, then this script;
 * `npm run serve:demo` serves an existing build). Plain Node, no dependency.
 *
 *   node scripts/demo-server.js [--port N] [--host H]
 *
 * Also used in-process by the end-to-end tests (test/e2e/support/) and the demo benchmark
 * (scripts/bench-demo.js):
 *
 *   const { startDemoServer } = require('./scripts/demo-server');
 *   const server = await startDemoServer({ port: 0, extraDirs: { '/workbooks/': tmpDir } });
 *   // server.url = 'http://127.0.0.1:PORT', server.port, await server.close()
 *
 * GET and HEAD only; `/` redirects to `/demo.html`; every response says `Cache-Control: no-store`;
 * a path that leaves its folder (`..`, encoded or not, a NUL, a backslash) is refused with 403.
 */
const fs = require('fs');
const http = require('http');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.xlsm': 'application/vnd.ms-excel.sheet.macroEnabled.12',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
  // The WPS add-in's package (scripts/wps/serve.js serves dist-wps/ with this server).
  '.xml': 'text/xml; charset=utf-8',
  '.zip': 'application/zip',
};

const contentType = (file) => TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';

/**
 * The file a URL path names under `dir`, or null when the path would leave `dir` (or is not a
 * plain path). `rel` is the decoded path below the mount point, without a leading slash.
 */
function resolveInside(dir, rel) {
  if (rel.includes('\0') || rel.includes('\\')) return null;
  const segments = rel.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const base = path.resolve(dir);
  const file = path.resolve(base, rel);
  if (file !== base && !file.startsWith(base + path.sep)) return null;
  return file;
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/**
 * Starts the server. `root` and the folders of `extraDirs` are relative to the repository root
 * when not absolute. `extraDirs` maps a URL prefix ('/workbooks/') to a folder; the longest
 * matching prefix wins, then `root`. `/` redirects to `index`. Port 0 = any free port.
 * @returns {Promise<{ url: string, port: number, close(): Promise<void> }>}
 */
function startDemoServer({ root = 'dist-demo', host = '127.0.0.1', port = 3000, extraDirs = {}, index = '/demo.html' } = {}) {
  const rootDir = path.resolve(ROOT, root);
  const mounts = Object.entries(extraDirs)
    .map(([prefix, dir]) => {
      let p = prefix.startsWith('/') ? prefix : '/' + prefix;
      if (!p.endsWith('/')) p += '/';
      return [p, path.resolve(ROOT, dir)];
    })
    .sort((a, b) => b[0].length - a[0].length);

  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      send(res, 400, 'Bad Request\n');
      return;
    }
    if (pathname === '/') {
      send(res, 302, `Found: ${index}\n`, { Location: index });
      return;
    }
    let dir = rootDir;
    let rel = pathname.slice(1);
    for (const [prefix, mountDir] of mounts) {
      if (pathname.startsWith(prefix)) {
        dir = mountDir;
        rel = pathname.slice(prefix.length);
        break;
      }
    }
    const file = resolveInside(dir, rel);
    if (file === null) {
      send(res, 403, 'Forbidden\n');
      return;
    }
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) {
        send(res, 404, 'Not Found\n');
        return;
      }
      res.writeHead(200, { 'Content-Type': contentType(file), 'Content-Length': stat.size, 'Cache-Control': 'no-store' });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      const stream = fs.createReadStream(file);
      stream.on('error', () => res.destroy());
      stream.pipe(res);
    });
  });

  return new Promise((resolve, reject) => {
    const onError = (err) => reject(err);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      const actual = server.address().port;
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shownHost}:${actual}`,
        port: actual,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

function parseArgs(argv) {
  const opts = { port: 3000, host: '127.0.0.1' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [name, inline] = a.includes('=') ? a.split(/=(.*)/s) : [a, undefined];
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (name === '--port') {
      const v = value();
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`--port needs a port number (0–65535), got ${v === undefined ? 'nothing' : JSON.stringify(v)}`);
      opts.port = n;
    } else if (name === '--host') {
      const v = value();
      if (!v) throw new Error('--host needs a host name or address');
      opts.host = v;
    } else if (name === '--help' || name === '-h') {
      opts.help = true;
    } else {
      throw new Error(`unknown option ${a} (usage: node scripts/demo-server.js [--port N] [--host H])`);
    }
  }
  return opts;
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`demo-server: ${err.message}\n`);
    process.exit(2);
  }
  if (opts.help) {
    process.stdout.write('usage: node scripts/demo-server.js [--port N] [--host H]\nServes dist-demo/ (build it with `npm run build:demo`; `npm run demo` builds and serves).\n');
    return;
  }
  const demoHtml = path.join(ROOT, 'dist-demo', 'demo.html');
  if (!fs.existsSync(demoHtml)) {
    process.stderr.write('demo-server: dist-demo/demo.html is missing; run npm run build:demo first (or `npm run demo`, which builds and serves).\n');
    process.exit(2);
  }
  let server;
  try {
    server = await startDemoServer({ port: opts.port, host: opts.host });
  } catch (err) {
    if (err && err.code === 'EADDRINUSE') {
      process.stderr.write(`demo-server: port ${opts.port} on ${opts.host} is already in use; stop what uses it or choose another port with --port N (e.g. npm run serve:demo -- --port 3001).\n`);
    } else if (err && (err.code === 'EACCES' || err.code === 'EADDRNOTAVAIL')) {
      process.stderr.write(`demo-server: cannot listen on ${opts.host}:${opts.port} (${err.code}); choose another port with --port N or another --host.\n`);
    } else {
      process.stderr.write(`demo-server: ${err && err.stack ? err.stack : err}\n`);
    }
    process.exit(2);
  }
  process.stdout.write(`绩效自评助手 演示 / demo: ${server.url}/demo.html\n`);
  process.stdout.write('Press Ctrl+C to stop the server. / 按 Ctrl+C 停止。\n');
  const stop = () => {
    server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) main();

module.exports = { startDemoServer, contentType, resolveInside };
