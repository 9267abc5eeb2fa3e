/** `jixiao check DIR...`: a folder stands for its workbooks, exactly as for summary (paths.ts expandFolders). */
import * as fs from 'fs';
import * as path from 'path';
import { FIXTURE, parseJson, run, tmpDir } from './helpers';

const dir = tmpDir();
const units = path.join(dir, 'units');
const empty = path.join(dir, 'empty');
const onlyLocks = path.join(dir, 'only-locks');
const a = path.join(units, 'a-unit.XLSX');
const b = path.join(units, 'b-unit.xlsx');
const c = path.join(units, 'c-unit.xlsm');

beforeAll(() => {
  fs.mkdirSync(path.join(units, 'sub'), { recursive: true });
  fs.mkdirSync(path.join(units, 'folder.xlsx'));
  // written out of order: the listing is sorted, not in the order the disk gives
  for (const f of [c, b, a]) fs.copyFileSync(FIXTURE, f);
  fs.copyFileSync(FIXTURE, path.join(units, 'sub', 'nested.xlsx'));
  fs.writeFileSync(path.join(units, '~$a-unit.XLSX'), 'Excel lock file');
  fs.writeFileSync(path.join(units, '.a-unit.xlsx.tmp.xlsx'), 'a hidden temp file');
  fs.writeFileSync(path.join(units, 'notes.txt'), 'not a workbook');
  fs.mkdirSync(empty);
  fs.mkdirSync(path.join(onlyLocks, 'sub'), { recursive: true });
  fs.mkdirSync(path.join(onlyLocks, '.hidden'), { recursive: true });
  fs.writeFileSync(path.join(onlyLocks, '~$x.xlsx'), 'Excel lock file');
  fs.writeFileSync(path.join(onlyLocks, 'sub', '~$y.xlsx'), 'Excel lock file');
  fs.copyFileSync(FIXTURE, path.join(onlyLocks, '.hidden', 'kept-out.xlsx'));
  fs.mkdirSync(path.join(units, 'sub', 'deeper', '.git'), { recursive: true });
  fs.copyFileSync(FIXTURE, path.join(units, 'sub', 'deeper', 'z-deep.xlsx'));
  fs.copyFileSync(FIXTURE, path.join(units, 'sub', 'deeper', '.git', 'hidden.xlsx'));
});

const nested = [path.join(units, 'sub', 'deeper', 'z-deep.xlsx'), path.join(units, 'sub', 'nested.xlsx')];

test('a folder stands for its .xlsx/.xlsm files and its subfolders, sorted by path, without lock or hidden files or hidden folders', async () => {
  const r = await run('check', units, '--json');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const doc = parseJson(r.stdout);
  expect(doc.files.map((f: any) => f.file)).toEqual([a, b, c, ...nested]);
  for (const f of doc.files) expect(f.forms).toHaveLength(7);
});

test('the table for a folder is the table for its files given one by one', async () => {
  const byFolder = await run('check', units);
  const byFiles = await run('check', a, b, c, ...nested);
  expect(byFolder.code).toBe(0);
  expect(byFolder.stdout).toBe(byFiles.stdout);
  expect(byFolder.stdout).toContain(a);
});

test('files and folders mixed keep the order of the arguments; an unreadable file still gives exit 2', async () => {
  const missing = path.join(dir, 'missing.xlsx');
  const r = await run('check', FIXTURE, units, missing, '--json');
  expect(r.code).toBe(2);
  const doc = parseJson(r.stdout);
  expect(doc.files.map((f: any) => f.file)).toEqual([FIXTURE, a, b, c, ...nested, missing]);
  expect(doc.files[6].errorCode).toBe('notFound');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
});

test.each([
  ['an empty folder', () => empty],
  ['a folder of lock files, and workbooks in a hidden subfolder only', () => onlyLocks],
])('%s: exit 2 before anything is read, one line naming it, nothing on stdout', async (_, folder) => {
  for (const argv of [[folder()], [FIXTURE, folder(), '--json'], [folder(), '--lang', 'en-US']]) {
    const r = await run('check', ...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^jixiao: [^\n]+\n$/);
    expect(r.stderr).toContain(folder());
  }
});
