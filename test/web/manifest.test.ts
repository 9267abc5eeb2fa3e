/**
 * manifest.xml: offline schema validation (scripts/validate-manifest.js, xmllint) and what the
 * schemas cannot say — permissions, locales, the ribbon, icons, URLs, requirement sets.
 * Needs xmllint (Debian: apt-get install libxml2-utils; .ci/run installs it).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const VALIDATE = path.join(ROOT, 'scripts', 'validate-manifest.js');
const DEV_ORIGIN = 'https://localhost:3000/';
const CJK = /[\u3400-\u9fff]/;

function xmllint(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('xmllint', args, { encoding: 'utf8' });
  if (r.error) throw new Error(`xmllint is needed for this test (apt-get install libxml2-utils): ${r.error.message}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** An XPath 1.0 expression over manifest.xml; `e('Name')` matches an element whatever its namespace. */
function xpath(expr: string, file = MANIFEST): string {
  const r = xmllint(['--nonet', '--xpath', expr, file]);
  return r.status === 0 ? r.stdout.trim() : ''; // xmllint exits 10 on an empty node set
}
const e = (name: string) => `*[local-name()='${name}']`;
const count = (expr: string) => Number(xpath(`count(${expr})`));
const str = (expr: string) => xpath(`string(${expr})`);

const RESOURCES = `//${e('VersionOverrides')}/${e('Resources')}`;
const resource = (kind: 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings', id: string) =>
  str(`${RESOURCES}/${e(kind)}/*[@id='${id}']/@DefaultValue`);
const stringResource = (id: string) => {
  const short = resource('ShortStrings', id);
  return short || resource('LongStrings', id);
};

function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(b.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** https://localhost:3000/assets/x.png → assets/x.png (must exist). */
function assetFile(url: string): string {
  expect(url.startsWith(`${DEV_ORIGIN}assets/`)).toBe(true);
  const file = path.join(ROOT, 'assets', url.slice(`${DEV_ORIGIN}assets/`.length));
  expect(fs.existsSync(file)).toBe(true);
  return file;
}

function runValidate(file: string) {
  return spawnSync(process.execPath, [VALIDATE, file], { cwd: ROOT, encoding: 'utf8' });
}

describe('manifest.xml', () => {
  test('validates offline against the XML manifest schemas (npm run validate)', () => {
    const r = runValidate(MANIFEST);
    expect(`${r.stdout}${r.stderr}`).toContain('validates');
    expect(r.status).toBe(0);
  });

  test('the validation rejects what the schemas or the resource ids forbid', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-test-'));
    try {
      const xml = fs.readFileSync(MANIFEST, 'utf8');
      const bad = path.join(dir, 'bad.xml');
      fs.writeFileSync(bad, xml.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>'));
      let r = runValidate(bad);
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/Permissions/);
      fs.writeFileSync(bad, xml.replace('resid="Jixiao.Group.Label"', 'resid="Jixiao.Nowhere"'));
      r = runValidate(bad);
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('resid="Jixiao.Nowhere" names no resource');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a task-pane add-in for Excel with its own GUID', () => {
    expect(str(`/${e('OfficeApp')}/@*[local-name()='type']`)).toBe('TaskPaneApp');
    expect(str(`/${e('OfficeApp')}/${e('Id')}`)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(str(`/${e('OfficeApp')}/${e('Id')}`)).not.toBe('05c2e1c9-3e1d-406e-9a91-e9ac64854143'); // the template's
    expect(count(`/${e('OfficeApp')}/${e('Hosts')}/${e('Host')}`)).toBe(1);
    expect(str(`/${e('OfficeApp')}/${e('Hosts')}/${e('Host')}/@Name`)).toBe('Workbook');
    expect(count(`//${e('VersionOverrides')}/${e('Hosts')}/${e('Host')}`)).toBe(1);
    expect(str(`//${e('VersionOverrides')}/${e('Hosts')}/${e('Host')}/@*[local-name()='type']`)).toBe('Workbook');
  });

  test('asks for ReadWriteDocument and nothing else', () => {
    expect(count(`//${e('Permissions')}`)).toBe(1);
    expect(str(`/${e('OfficeApp')}/${e('Permissions')}`)).toBe('ReadWriteDocument');
  });

  test('requirement sets: ExcelApi only, at the floor the Excel adapter needs to read and write', () => {
    expect(count(`/${e('OfficeApp')}/${e('Requirements')}/${e('Sets')}/${e('Set')}`)).toBe(1);
    expect(str(`/${e('OfficeApp')}/${e('Requirements')}/${e('Sets')}/${e('Set')}/@Name`)).toBe('ExcelApi');
    const min = str(`/${e('OfficeApp')}/${e('Requirements')}/${e('Sets')}/${e('Set')}/@MinVersion`);
    expect(min).toMatch(/^1\.\d+$/);
    // In step with src/excel/capabilities.ts (REQUIREMENTS.read) when the adapter is there.
    const caps = path.join(ROOT, 'src', 'excel', 'capabilities.ts');
    const read = fs.existsSync(caps) ? /\bread:\s*'ExcelApi (1\.\d+)'/.exec(fs.readFileSync(caps, 'utf8')) : null;
    if (read) expect(min).toBe(read[1]);
    // docs/requirement-sets.md documents the floor.
    expect(fs.readFileSync(path.join(ROOT, 'docs', 'requirement-sets.md'), 'utf8')).toContain(`ExcelApi ${min}`);
  });

  test('zh-CN by default, with an en-US override for the name, the description and every string resource', () => {
    expect(str(`/${e('OfficeApp')}/${e('DefaultLocale')}`)).toBe('zh-CN');
    for (const el of ['DisplayName', 'Description']) {
      expect(str(`/${e('OfficeApp')}/${e(el)}/@DefaultValue`)).toMatch(CJK);
      expect(count(`/${e('OfficeApp')}/${e(el)}/${e('Override')}`)).toBe(1);
      expect(str(`/${e('OfficeApp')}/${e(el)}/${e('Override')}[@Locale='en-US']/@Value`)).toMatch(/^[A-Z]/);
    }
    const strings = `${RESOURCES}/*[local-name()='ShortStrings' or local-name()='LongStrings']/${e('String')}`;
    const n = count(strings);
    expect(n).toBeGreaterThanOrEqual(9);
    for (let i = 1; i <= n; i++) {
      const s = `(${strings})[${i}]`;
      const id = str(`${s}/@id`);
      expect([id, str(`${s}/@DefaultValue`)]).toEqual([id, expect.stringMatching(CJK)]);
      expect([id, count(`${s}/${e('Override')}`)]).toEqual([id, 1]);
      const en = str(`${s}/${e('Override')}[@Locale='en-US']/@Value`);
      expect([id, en]).toEqual([id, expect.stringMatching(/^[A-Z]/)]);
      expect([id, CJK.test(en)]).toEqual([id, false]);
    }
  });

  test('a 绩效自评 group on the Home tab with 打开助手 (task pane) and 一键重算 (recalcAll in commands.html)', () => {
    const tab = `//${e('ExtensionPoint')}[@*[local-name()='type']='PrimaryCommandSurface']/${e('OfficeTab')}[@id='TabHome']`;
    expect(count(`//${e('OfficeTab')}`)).toBe(1);
    expect(count(`//${e('CustomTab')}`)).toBe(0);
    expect(count(`${tab}/${e('Group')}`)).toBe(1);
    const group = `${tab}/${e('Group')}`;
    expect(stringResource(str(`${group}/${e('Label')}/@resid`))).toBe('绩效自评');
    expect(count(`${group}/${e('Control')}`)).toBe(2);

    const open = `(${group}/${e('Control')})[1]`;
    expect(stringResource(str(`${open}/${e('Label')}/@resid`))).toBe('打开助手');
    expect(str(`${open}/${e('Action')}/@*[local-name()='type']`)).toBe('ShowTaskpane');
    const paneUrl = resource('Urls', str(`${open}/${e('Action')}/${e('SourceLocation')}/@resid`));
    expect(paneUrl).toBe(`${DEV_ORIGIN}taskpane.html`);
    expect(str(`/${e('OfficeApp')}/${e('DefaultSettings')}/${e('SourceLocation')}/@DefaultValue`)).toBe(paneUrl);

    const recalc = `(${group}/${e('Control')})[2]`;
    expect(stringResource(str(`${recalc}/${e('Label')}/@resid`))).toBe('一键重算');
    expect(str(`${recalc}/${e('Action')}/@*[local-name()='type']`)).toBe('ExecuteFunction');
    expect(str(`${recalc}/${e('Action')}/${e('FunctionName')}`)).toBe('recalcAll');
    expect(resource('Urls', str(`//${e('FunctionFile')}/@resid`))).toBe(`${DEV_ORIGIN}commands.html`);

    for (const control of [open, recalc]) {
      expect(str(`${control}/@*[local-name()='type']`)).toBe('Button');
      expect(stringResource(str(`${control}/${e('Supertip')}/${e('Title')}/@resid`))).toMatch(CJK);
      expect(stringResource(str(`${control}/${e('Supertip')}/${e('Description')}/@resid`))).toMatch(CJK);
      expect([16, 32, 80].map((size) => count(`${control}/${e('Icon')}/${e('Image')}[@size='${size}']`))).toEqual([1, 1, 1]);
    }
  });

  test('every icon exists in assets/ as a PNG of the size the manifest declares', () => {
    const refs = `//${e('Icon')}/${e('Image')}`;
    const n = count(refs);
    expect(n).toBe(9); // group + 2 buttons × 16/32/80
    for (let i = 1; i <= n; i++) {
      const size = Number(str(`(${refs})[${i}]/@size`));
      const url = resource('Images', str(`(${refs})[${i}]/@resid`));
      expect([url, pngSize(assetFile(url))]).toEqual([url, { width: size, height: size }]);
    }
    expect(pngSize(assetFile(str(`/${e('OfficeApp')}/${e('IconUrl')}/@DefaultValue`)))).toEqual({ width: 32, height: 32 });
    expect(pngSize(assetFile(str(`/${e('OfficeApp')}/${e('HighResolutionIconUrl')}/@DefaultValue`)))).toEqual({ width: 64, height: 64 });
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(path.join(ROOT, 'assets', `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  test('the icons in assets/ are the ones scripts/make-icons.js draws', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'make-icons.js'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  test('every URL is https on the dev server, so that ADDIN_BASE_URL moves all of them', () => {
    const xml = fs.readFileSync(MANIFEST, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const url of urls) expect(url.startsWith(DEV_ORIGIN)).toBe(true);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { rewriteManifest } = require(path.join(ROOT, 'webpack.config.js')) as { rewriteManifest: (xml: string, base: string) => string };
    const moved = rewriteManifest(fs.readFileSync(MANIFEST, 'utf8'), 'https://addin.example.org/jixiao');
    expect(moved).not.toContain('localhost');
    expect(moved).toContain('https://addin.example.org/jixiao/taskpane.html');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-test-'));
    try {
      fs.writeFileSync(path.join(dir, 'manifest.xml'), moved);
      expect(runValidate(path.join(dir, 'manifest.xml')).status).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(() => rewriteManifest(xml, 'http://insecure.example.org/')).toThrow(/https/);
  });

  test('the ribbon functions are registered by src/commands/commands.ts', () => {
    const names = [...fs.readFileSync(MANIFEST, 'utf8').matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(names).toEqual(['recalcAll']);
    const source = fs.readFileSync(path.join(ROOT, 'src', 'commands', 'commands.ts'), 'utf8');
    for (const name of names) expect(source).toContain(`Office.actions.associate('${name}'`);
  });
});
