/**
 * The WPS add-in package (`npm run build:wps` → dist-wps/): built once here, the same command with
 * a non-default WPS_BASE_URL and --output-path build-tmp/wps-package-test (dist-wps/ is left to
 * the developer). Checks what WPS reads: ribbon.xml and its callbacks in the entry page, the online
 * lists (every URL under the base), the files they reference, and the offline zip's layout.
 * The entry script runs in a `vm` context with a stub window and a fake `Application`.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { unzipSync, strFromU8 } from 'fflate';
import { malformation } from '../../src/xlsx/wellFormed';
import { elements, getAttr } from '../../src/xlsx/xml';

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'build-tmp', 'wps-package-test');
const BASE = 'https://wps.example.gov.cn/jixiao/';
const VERSION: string = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
const CALLBACK_ATTRS = ['onLoad', 'onAction', 'getImage', 'getEnabled', 'getVisible', 'getLabel'];

const read = (f: string) => fs.readFileSync(path.join(OUT, f), 'utf8');
const scriptSrcs = (html: string) => [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)].map((m) => m[1]);
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

/** Runs the built entry page's scripts as WPS would, with `app` as window.Application. */
function loadEntry(app: unknown) {
  const alerts: string[] = [];
  const pageUrl = `${BASE}index.html`;
  const sandbox: Record<string, unknown> = {
    Application: app,
    navigator: { language: 'zh-CN' },
    alert: (t: string) => alerts.push(t),
    console,
    URL,
    setTimeout,
    clearTimeout,
    Promise,
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  sandbox.document = { location: { href: pageUrl }, currentScript: { tagName: 'SCRIPT', src: pageUrl }, getElementsByTagName: () => [] };
  const context = vm.createContext(sandbox);
  for (const src of scriptSrcs(read('index.html'))) vm.runInContext(read(src), context, { filename: src });
  return { window: sandbox as Record<string, unknown>, alerts };
}

function fakeApplication() {
  const store = new Map<string, unknown>();
  const panes: { ID: number; Visible: boolean; url: string; title: string }[] = [];
  return {
    panes,
    PluginStorage: { getItem: (k: string) => (store.has(k) ? String(store.get(k)) : ''), setItem: (k: string, v: unknown) => void store.set(k, v) },
    CreateTaskPane(url: string, title: string) {
      const pane = { ID: 100 + panes.length, Visible: false, url, title };
      panes.push(pane);
      return pane;
    },
    GetTaskPane(id: number) {
      const pane = panes.find((p) => p.ID === id);
      if (!pane) throw new Error('no such pane');
      return pane;
    },
  };
}

describe('WPS add-in package', () => {
  beforeAll(() => {
    const r = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--env', 'wps', '--output-path', OUT], {
      cwd: ROOT,
      env: { ...process.env, WPS_BASE_URL: BASE },
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    if (r.status !== 0) throw new Error(`webpack --env wps exited ${r.status}:\n${`${r.stdout}${r.stderr}`.slice(-4000)}`);
  }, 240000);

  test('ribbon.xml, jsplugins.xml and publish.xml are well-formed XML', () => {
    const files = ['ribbon.xml', 'jsplugins.xml', 'publish.xml'];
    for (const f of files) expect([f, malformation(read(f))]).toEqual([f, null]);
    if (!hasXmllint) {
      console.warn('xmllint not found (apt-get install libxml2-utils): checked with src/xlsx/wellFormed.ts only');
      return;
    }
    const r = spawnSync('xmllint', ['--noout', ...files.map((f) => path.join(OUT, f))], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  test('ribbon.xml: a 绩效自评 group on the home tab with 打开助手 and 一键重算, large, unique ids', () => {
    const xml = read('ribbon.xml').replace(/<!--[\s\S]*?-->/g, '');
    const ids = [...xml.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const home = elements(xml, 'tab').filter((t) => getAttr(t.attrs, 'idMso') === 'TabHome');
    expect(home).toHaveLength(1);
    const groups = elements(xml, 'group', home[0].innerStart, home[0].innerEnd).filter((g) => getAttr(g.attrs, 'label') === '绩效自评');
    expect(groups).toHaveLength(1);
    const buttons = elements(xml, 'button', groups[0].innerStart, groups[0].innerEnd);
    expect(buttons.map((b) => getAttr(b.attrs, 'label'))).toEqual(['打开助手', '一键重算']);
    for (const b of buttons) {
      expect(getAttr(b.attrs, 'size')).toBe('large');
      expect(getAttr(b.attrs, 'getImage')).toBeTruthy();
      expect(getAttr(b.attrs, 'onAction')).toBeTruthy();
    }
  });

  test('every callback ribbon.xml names is a function the entry page defines on window', () => {
    const xml = read('ribbon.xml');
    const names = new Set([...xml.matchAll(new RegExp(`\\b(?:${CALLBACK_ATTRS.join('|')})="([^"]+)"`, 'g'))].map((m) => m[1]));
    expect([...names].sort()).toEqual(['GetImage', 'OnAction', 'OnAddinLoad', 'OnGetEnabled']);
    const { window } = loadEntry(fakeApplication());
    for (const n of names) expect([n, typeof window[n]]).toEqual([n, 'function']);
  });

  test('打开助手 opens taskpane.html beside the entry page once, then toggles the same pane', () => {
    const app = fakeApplication();
    const { window, alerts } = loadEntry(app);
    const onAction = window.OnAction as (c: { Id: string }) => boolean;
    expect((window.OnAddinLoad as (r: unknown) => boolean)({ InvalidateControl: () => undefined })).toBe(true);
    const openId = [...read('ribbon.xml').matchAll(/<button id="([^"]+)" label="打开助手"/g)][0][1];
    onAction({ Id: openId });
    expect(app.panes).toEqual([{ ID: 100, Visible: true, url: `${BASE}taskpane.html`, title: '绩效自评助手' }]);
    onAction({ Id: openId });
    onAction({ Id: openId });
    expect(app.panes.map((p) => p.Visible)).toEqual([true]);
    onAction({ Id: openId });
    expect(app.panes.map((p) => p.Visible)).toEqual([false]);
    expect(alerts).toEqual([]);
  });

  test('every file the package references exists; inside it every reference is relative', () => {
    const refs = new Set(['ribbon.xml', 'index.html', 'taskpane.html']);
    for (const page of ['index.html', 'taskpane.html']) for (const src of scriptSrcs(read(page))) refs.add(src);
    const { window } = loadEntry(fakeApplication());
    for (const m of read('ribbon.xml').matchAll(/<button id="([^"]+)"/g)) refs.add((window.GetImage as (c: { Id: string }) => string)({ Id: m[1] }));
    for (const f of refs) {
      expect([f, fs.existsSync(path.join(OUT, f))]).toEqual([f, true]);
      expect(f).not.toMatch(/^(https?:|\/)/);
    }
    for (const f of fs.readdirSync(OUT).filter((x) => /\.(html|xml|js)$/.test(x) && !['jsplugins.xml', 'publish.xml', 'publish.html'].includes(x))) {
      expect([f, read(f).includes('wps.example.gov.cn')]).toEqual([f, false]);
    }
  });

  test('jsplugins.xml, publish.xml and publish.html: every URL is under WPS_BASE_URL', () => {
    const online = elements(read('jsplugins.xml'), 'jspluginonline');
    expect(online.map((e) => [getAttr(e.attrs, 'name'), getAttr(e.attrs, 'type'), getAttr(e.attrs, 'url'), getAttr(e.attrs, 'version')])).toEqual([['jixiao', 'et', BASE, VERSION]]);
    const published = elements(read('publish.xml'), 'jspluginonline');
    expect(published.map((e) => getAttr(e.attrs, 'url'))).toEqual([BASE]);
    for (const f of ['jsplugins.xml', 'publish.xml', 'publish.html']) {
      const urls = [...read(f).matchAll(/\b(?:https?|file):\/\/[^"'\s<>]+/g)].map((m) => m[0]);
      // publish.html also talks to the local WPS service (fixed by WPS, not ours).
      const ours = urls.filter((u) => !u.startsWith('http://127.0.0.1:58890'));
      expect(ours.length).toBeGreaterThan(0);
      for (const u of ours) expect([f, u.startsWith(BASE)]).toEqual([f, true]);
    }
    expect(read('publish.html')).not.toContain('__JIXIAO_ADDON__');
  });

  test(`the offline zip jixiao_${VERSION}.zip: the add-in folder and the lists that point at it`, () => {
    const zip = unzipSync(new Uint8Array(fs.readFileSync(path.join(OUT, `jixiao_${VERSION}.zip`))));
    const folder = `jixiao_${VERSION}`;
    for (const f of ['ribbon.xml', 'index.html', 'taskpane.html', 'images/icon-32.png']) expect([f, `${folder}/${f}` in zip]).toEqual([f, true]);
    const text = (f: string) => strFromU8(zip[f]);
    for (const page of ['index.html', 'taskpane.html']) for (const src of scriptSrcs(text(`${folder}/${page}`))) expect([src, `${folder}/${src}` in zip]).toEqual([src, true]);
    expect(Object.keys(zip).filter((f) => f.endsWith('.map') || /(^|\/)publish\.html$/.test(f))).toEqual([]);
    for (const list of ['jsplugins.xml', 'publish.xml']) {
      expect(malformation(text(list))).toBeNull();
      const entries = elements(text(list), 'jsplugin');
      expect(entries.map((e) => [getAttr(e.attrs, 'name'), getAttr(e.attrs, 'type'), getAttr(e.attrs, 'url'), getAttr(e.attrs, 'version')])).toEqual([['jixiao', 'et', folder, VERSION]]);
    }
    expect(text(`${folder}/ribbon.xml`)).toBe(read('ribbon.xml'));
  });
});
