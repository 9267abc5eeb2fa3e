/** `jixiao --version` / `-V`: the version of package.json, from src/cli (here) as from dist/cli (bin.test.ts). */
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from '../../src/cli/args';
import { packageVersion } from '../../src/cli/version';
import { ROOT, run, tmpDir } from './helpers';

const VERSION: string = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;

test('--version and -V print one line with the version, exit 0, nothing on stderr', async () => {
  for (const argv of [['--version'], ['-V'], ['--version', '--lang', 'en-US']]) {
    const r = await run(...argv);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`jixiao ${VERSION}\n`);
    expect(r.stderr).toBe('');
  }
});

test('--version wins over a command and its files; --help wins over --version', () => {
  expect(parseArgs(['check', 'a.xlsx', '--version'])).toEqual({ kind: 'version', lang: 'zh-CN' });
  expect(parseArgs(['frobnicate', '-V', '--lang', 'en'])).toEqual({ kind: 'version', lang: 'en-US' });
  expect(parseArgs(['--version', '--help'])).toEqual({ kind: 'help', lang: 'zh-CN' });
  expect(parseArgs(['--version=1'])).toMatchObject({ kind: 'usageError', key: 'noValueExpected', params: { name: '--version' } });
});

describe('packageVersion', () => {
  const dir = tmpDir();

  test('walks up to our package.json, past a stranger\'s', () => {
    const nested = path.join(dir, 'ours', 'dist', 'cli');
    fs.mkdirSync(nested, { recursive: true });
    fs.writeFileSync(path.join(dir, 'ours', 'package.json'), JSON.stringify({ name: 'jixiao-zipingzhushou', version: '9.8.7' }));
    fs.writeFileSync(path.join(dir, 'ours', 'dist', 'package.json'), JSON.stringify({ name: 'someone-else', version: '1.0.0' }));
    expect(packageVersion(nested)).toBe('9.8.7');
    expect(packageVersion(path.join(ROOT, 'src', 'cli'))).toBe(VERSION);
  });

  test('none found: null', () => {
    const lonely = path.join(dir, 'lonely');
    fs.mkdirSync(lonely);
    // os.tmpdir()'s ancestors hold no package.json named like ours
    expect(packageVersion(lonely)).toBeNull();
  });
});
