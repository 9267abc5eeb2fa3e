/**
 * `jixiao check FILE --issues-sheet OUT`: a copy of FILE with 「问题清单」, re-read with the
 * project's own reader (src/xlsx/read): one row and one link per finding, the print titles; the
 * input untouched; a user's same-named sheet, several files, the input as output are refused.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { HEADER_ROW, ISSUES_SHEET, parseA1 } from '../../src/core';
import { openPackage, readGrids } from '../../src/xlsx/read';
import { cellKey, readLooks } from '../../src/xlsx/read/look';
import { ISSUE_ROWS, ISSUE_SHEETS } from '../support/issuesWorkbook';
import { freshDirs, FIXTURE, parseJson, run, sha256, tmpDir, withUserSheet, writeWorkbook, zipEntries } from './helpers';

const dir = tmpDir();
const fresh = freshDirs(dir);

let input: string;
beforeAll(async () => {
  input = path.join(fresh(), 'issues.xlsx');
  await writeWorkbook(
    input,
    ISSUE_SHEETS.map((s) => ({ name: s.name, forms: [{ spec: s.spec }], setup: s.protected ? (ws: ExcelJS.Worksheet) => ws.protect('', {}) : undefined })),
  );
});

async function reread(file: string) {
  const pkg = await openPackage(new Uint8Array(fs.readFileSync(file)));
  if ('code' in pkg) throw new Error(pkg.code);
  const grids = await readGrids(pkg);
  if ('code' in grids) throw new Error(grids.code);
  return { grids, looks: await readLooks(pkg) };
}

test('the copy holds 「问题清单」 last: a row per finding, errors first, a link to each cell; exit 1 (errors); the input untouched', async () => {
  const out = path.join(fresh(), 'out.xlsx');
  const before = sha256(input);
  const r = await run('check', input, '--issues-sheet', out, '--json');
  expect(r.code).toBe(1);
  expect(r.stderr).toBe('');
  const doc = parseJson(r.stdout);
  expect(doc.issuesSheet).toEqual({ output: out, sheet: ISSUES_SHEET, written: true, findings: ISSUE_ROWS.length });
  expect(doc.files).toHaveLength(1);
  expect(sha256(input)).toBe(before);

  const { grids, looks } = await reread(out);
  expect(grids.map((g) => g.sheet)).toEqual([...ISSUE_SHEETS.map((s) => s.name), ISSUES_SHEET]);
  const sheet = grids.at(-1)!;
  const rows = sheet.values.slice(HEADER_ROW);
  expect(rows.map((r) => [r[0], r[1], r[2] ?? null, r[5]])).toEqual(ISSUE_ROWS.map(([s, project, , , code], i) => [i + 1, s, project, code]));
  const links = looks.get(ISSUES_SHEET)!.links;
  expect(ISSUE_ROWS.map((_, i) => links.get(cellKey(HEADER_ROW + i, parseA1('D1').col)))).toEqual(ISSUE_ROWS.map(([s, , cell]) => `'${s}'!${cell ?? 'A1'}`));
  // the forms' sheets are read back as they were
  const original = await reread(input);
  expect(grids.slice(0, 3).map((g) => g.values)).toEqual(original.grids.map((g) => g.values));

  const parts = await zipEntries(out);
  expect(parts.get('xl/workbook.xml')!.toString('utf8')).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="3">'${ISSUES_SHEET}'!$1:$${HEADER_ROW}</definedName>`);
});

test('without --json: the report, then one line naming the copy and the count', async () => {
  const out = path.join(fresh(), 'out.xlsx');
  const r = await run('check', input, '--issues-sheet', out);
  expect(r.code).toBe(1);
  const last = r.stdout.trimEnd().split('\n').at(-1)!;
  expect(last).toContain(out);
  expect(last).toContain(String(ISSUE_ROWS.length));
  expect(fs.existsSync(out)).toBe(true);
});

test('checked again from its own copy: the sheet is replaced in place, the package is the same', async () => {
  const d = fresh();
  const first = path.join(d, 'first.xlsx');
  const second = path.join(d, 'second.xlsx');
  expect((await run('check', input, '--issues-sheet', first)).code).toBe(1);
  expect((await run('check', first, '--issues-sheet', second)).code).toBe(1);
  const a = await zipEntries(first);
  const b = await zipEntries(second);
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  for (const [name, bytes] of a) expect([name, Buffer.compare(bytes, b.get(name)!)]).toEqual([name, 0]);
});

test('a fixture without errors: exit 0, its 7 notes listed', async () => {
  const out = path.join(fresh(), 'anting.xlsx');
  const r = await run('check', FIXTURE, '--issues-sheet', out, '--json');
  expect(r.code).toBe(0);
  expect(parseJson(r.stdout).issuesSheet.findings).toBe(7);
});

test('a same-named sheet of the user is never replaced: one line on stderr, nothing written, exit 2', async () => {
  const d = fresh();
  const mine = await withUserSheet(input, ISSUES_SHEET, d);
  const out = path.join(d, 'out.xlsx');
  const r = await run('check', mine, '--issues-sheet', out, '--json');
  expect(r.code).toBe(2);
  expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  expect(r.stderr).toContain(ISSUES_SHEET);
  expect(parseJson(r.stdout).issuesSheet).toMatchObject({ written: false });
  expect(fs.existsSync(out)).toBe(false);
});

test.each<[string, (out: string) => string[]]>([
  ['several input files', (out) => ['check', input, FIXTURE, '--issues-sheet', out]],
  ['the input itself as the output', () => ['check', input, '--issues-sheet', input]],
  ['a macro-free workbook as .xlsm', (out) => ['check', input, '--issues-sheet', out.replace(/\.xlsx$/, '.xlsm')]],
])('refused in one line, exit 2, nothing written: %s', async (_name, argv) => {
  const out = path.join(fresh(), 'out.xlsx');
  const before = sha256(input);
  const r = await run(...argv(out));
  expect(r.code).toBe(2);
  expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  expect(r.stdout).not.toContain(ISSUES_SHEET);
  expect(fs.readdirSync(path.dirname(out))).toEqual([]);
  expect(sha256(input)).toBe(before);
});

test('an unreadable input: exit 2, no copy', async () => {
  const d = fresh();
  const bad = path.join(d, 'bad.xlsx');
  fs.writeFileSync(bad, 'not a workbook');
  const r = await run('check', bad, '--issues-sheet', path.join(d, 'out.xlsx'));
  expect(r.code).toBe(2);
  expect(fs.readdirSync(d)).toEqual(['bad.xlsx']);
});

test('--issues-sheet belongs to check, and needs a value', async () => {
  for (const argv of [['recalc', input, '-o', 'x.xlsx', '--issues-sheet', 'y.xlsx'], ['summary', input, '-o', 'x.xlsx', '--issues-sheet', 'y.xlsx'], ['check', input, '--issues-sheet'], ['check', input, '--issues-sheet=']]) {
    const r = await run(...argv);
    expect([argv.join(' '), r.code]).toEqual([argv.join(' '), 2]);
  }
});
