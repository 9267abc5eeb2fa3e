/**
 * scripts/demo-server.js: the static server of the browser demo and of the end-to-end tests.
 * Requests go through http.request with the raw path, so that `..` reaches the server as sent
 * (fetch and URL would normalise it away first).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import { startDemoServer, DemoServer } from '../../scripts/demo-server';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function request(server: DemoServer, rawPath: string, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, path: rawPath, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('demo server', () => {
  let tmp: string;
  let root: string;
  let books: string;
  let server: DemoServer;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-demo-server-'));
    root = path.join(tmp, 'root');
    books = path.join(tmp, 'books');
    fs.mkdirSync(path.join(root, 'sub'), { recursive: true });
    fs.mkdirSync(books);
    fs.writeFileSync(path.join(root, 'demo.html'), '<!doctype html><title>演示</title>');
    fs.writeFileSync(path.join(root, 'app.js'), 'console.log(1)');
    fs.writeFileSync(path.join(root, 'sub', 'style.css'), 'body{}');
    for (const ext of ['png', 'svg', 'json', 'map', 'txt', 'ico']) fs.writeFileSync(path.join(root, `f.${ext}`), 'x');
    fs.writeFileSync(path.join(books, 'a.xlsx'), Buffer.from([0x50, 0x4b, 3, 4]));
    fs.writeFileSync(path.join(books, 'm.xlsm'), 'x');
    // A file beside the served folders: reachable only by leaving them.
    fs.writeFileSync(path.join(tmp, 'secret.txt'), 'secret');
    server = await startDemoServer({ root, port: 0, extraDirs: { '/workbooks/': books } });
  });

  afterAll(async () => {
    await server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 on a free port when asked for port 0', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
  });

  it('serves files with their content type and no-store', async () => {
    const r = await request(server, '/demo.html');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.body.toString('utf8')).toContain('演示');
    const types: Record<string, RegExp> = {
      '/app.js': /^text\/javascript/,
      '/sub/style.css': /^text\/css/,
      '/f.png': /^image\/png$/,
      '/f.svg': /^image\/svg\+xml$/,
      '/f.json': /^application\/json/,
      '/f.map': /^application\/json/,
      '/f.txt': /^text\/plain/,
      '/f.ico': /^image\/x-icon$/,
      '/workbooks/a.xlsx': /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet$/,
      '/workbooks/m.xlsm': /^application\/vnd\.ms-excel\.sheet\.macroEnabled\.12$/,
    };
    for (const [p, type] of Object.entries(types)) {
      const res = await request(server, p);
      expect([p, res.status]).toEqual([p, 200]);
      expect([p, res.headers['content-type']]).toEqual([p, expect.stringMatching(type)]);
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it('serves the extra folders under their prefix, byte for byte', async () => {
    const r = await request(server, '/workbooks/a.xlsx');
    expect([...r.body]).toEqual([0x50, 0x4b, 3, 4]);
    expect((await request(server, '/workbooks/missing.xlsx')).status).toBe(404);
  });

  it('redirects / to /demo.html', async () => {
    const r = await request(server, '/');
    expect(r.status).toBe(302);
    expect(r.headers.location).toBe('/demo.html');
  });

  it('answers 404 for a missing file or a folder', async () => {
    expect((await request(server, '/nope.js')).status).toBe(404);
    expect((await request(server, '/sub')).status).toBe(404);
    expect((await request(server, '/sub/')).status).toBe(404);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await request(server, '/demo.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const r = await request(server, '/demo.html', method);
      expect(r.status).toBe(405);
      expect(r.headers.allow).toBe('GET, HEAD');
    }
  });

  it('refuses every path that leaves the served folders', async () => {
    const attempts = [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/sub/..%2f..%2fsecret.txt',
      '/workbooks/../secret.txt',
      '/workbooks/..%2fsecret.txt',
      '/workbooks/..%2f..%2fsecret.txt',
      '/workbooks/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/workbooks/..%5c..%5csecret.txt',
      '/demo.html%00.txt',
      `/${encodeURIComponent(path.join(tmp, 'secret.txt'))}`,
    ];
    for (const p of attempts) {
      const r = await request(server, p);
      // 403 when the decoded path leaves its folder; 404 when URL parsing already folded the
      // `..` away (the path then names a file inside the folder, which does not exist).
      expect([p, [403, 404].includes(r.status)]).toEqual([p, true]);
      expect(r.body.toString('utf8')).not.toContain('secret');
    }
    // The raw forms reach the server unnormalised and are refused outright.
    expect((await request(server, '/workbooks/..%2fsecret.txt')).status).toBe(403);
    expect((await request(server, '/..%5csecret.txt')).status).toBe(403);
  });

  it('names the port and --port when the port is taken', async () => {
    const repo = path.resolve(__dirname, '../..');
    const demoHtml = path.join(repo, 'dist-demo', 'demo.html');
    const script = path.join(repo, 'scripts', 'demo-server.js');
    const r = spawnSync(process.execPath, [script, '--port', String(server.port)], { cwd: repo, encoding: 'utf8', timeout: 20000 });
    expect(r.status).toBe(2);
    if (fs.existsSync(demoHtml)) {
      expect(r.stderr).toContain(`port ${server.port}`);
      expect(r.stderr).toContain('--port');
    } else {
      expect(r.stderr).toContain('run npm run build:demo first');
    }
  });

  it('rejects when the port is taken, in-process too', async () => {
    await expect(startDemoServer({ root, port: server.port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});
