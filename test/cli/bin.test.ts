/** The bin contract: `node bin/jixiao.js` (what `npx jixiao` runs) after `npm run build`. */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { FIXTURE, ROOT } from './helpers';

const BIN = path.join(ROOT, 'bin/jixiao.js');

function jixiao(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe', timeout: 170000 });
}, 180000);

test('check --json: exit 0 and stdout is exactly one JSON document', () => {
  const r = jixiao('check', path.relative(ROOT, FIXTURE), '--json');
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.stdout);
  expect(doc.files[0].forms).toHaveLength(7);
  expect(doc.files[0].forms[0].funds[0]).toMatchObject({ kind: 'total', rate: '99.45' });
  expect(r.stderr).toBe('');
});

test('table output, and exit 2 with a one-line reason for a missing file', () => {
  const ok = jixiao('check', FIXTURE);
  expect(ok.code).toBe(0);
  expect(ok.stdout).toContain('99.45');
  const bad = jixiao('check', 'no-such-file.xlsx', FIXTURE, '--json');
  expect(bad.code).toBe(2);
  expect(JSON.parse(bad.stdout).files).toHaveLength(2);
  expect(bad.stderr).toBe(`jixiao: 无法读取 no-such-file.xlsx：${JSON.parse(bad.stdout).files[0].error}\n`);
  expect(JSON.parse(bad.stdout).files[0].errorCode).toBe('notFound');
});

test('--version prints the version of package.json from the built bin', () => {
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const r = jixiao('--version');
  expect(r.code).toBe(0);
  expect(r.stdout).toBe(`jixiao ${version}\n`);
});

test('--help exits 0; no arguments exit 2', () => {
  expect(jixiao('--help').code).toBe(0);
  const none = jixiao();
  expect(none.code).toBe(2);
  expect(none.stdout).toBe('');
});
