/**
 * The reader's bounds through the CLI (issue 10): --max-part-mb, a refused file as FILE_TOO_LARGE
 * naming its part, and the rest of a batch still checked and summarised.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from '../../src/cli/args';
import { readErrorText } from '../../src/xlsx/read/readErrorText';
import { sheetXml, withParts, num } from '../xlsx/read/packages';
import { FIXTURE, parseJson, readWorkbook, run, tmpDir } from './helpers';

const dir = tmpDir();
const big = path.join(dir, 'big.xlsx'); // one 12 MiB sheet part, under the default bounds
const SHEET = 'xl/worksheets/sheet2.xml';
beforeAll(() => fs.writeFileSync(big, withParts({ [SHEET]: sheetXml(1, 1, num).replace('<sheetData>', '<sheetData>' + ' '.repeat(12 << 20)) })));

test('--max-part-mb lowers the bound: the file is refused as FILE_TOO_LARGE with the part and the limit', async () => {
  expect((await run('check', big, '--json')).code).toBe(0);
  const r = await run('check', big, '--json', '--max-part-mb', '8');
  expect(r.code).toBe(2);
  const [file] = parseJson(r.stdout).files;
  expect(file.errorCode).toBe('tooLarge');
  expect(file.findings.map((f: { code: string; params: { part: string } }) => [f.code, f.params.part])).toEqual([['FILE_TOO_LARGE', SHEET]]);
  const reason = readErrorText({ code: 'tooLarge', part: SHEET, limit: { kind: 'part', value: 8 << 20 } }, 'zh-CN', { raiseOption: '--max-part-mb' });
  expect(file.error).toBe(reason);
  expect(r.stderr).toBe(`jixiao: 无法读取 ${big}：${reason}\n`);
});

test('check: the other files of a batch are still checked', async () => {
  const r = await run('check', big, FIXTURE, '--json', '--max-part-mb=8');
  const [a, b] = parseJson(r.stdout).files;
  expect([r.code, a.errorCode, b.forms.length]).toEqual([2, 'tooLarge', 7]);
});

test('summary: the refused file is a FILE_TOO_LARGE row of 问题清单, the others are summarised', async () => {
  const out = path.join(dir, 'summary.xlsx');
  const r = await run('summary', big, FIXTURE, '-o', out, '--max-part-mb', '8', '--json');
  expect(r.code).toBe(2);
  const doc = parseJson(r.stdout);
  expect([doc.forms, doc.unreadable.map((u: { code: string }) => u.code)]).toEqual([7, ['tooLarge']]);
  const ws = (await readWorkbook(out)).getWorksheet('问题清单')!;
  const codes: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => void (c.value === 'FILE_TOO_LARGE' && codes.push(String(c.value)))));
  expect(codes).toEqual(['FILE_TOO_LARGE']);
});

test('recalc refuses the file before writing anything', async () => {
  const out = path.join(dir, 'never.xlsx');
  const r = await run('recalc', big, '-o', out, '--max-part-mb', '8', '--json');
  expect([r.code, parseJson(r.stdout).report.errorCode, fs.existsSync(out)]).toEqual([2, 'tooLarge', false]);
});

test.each(['0', '-3', 'abc', '5000', ''])('--max-part-mb %j is a usage error', (value) => {
  expect(parseArgs(['check', 'a.xlsx', `--max-part-mb=${value}`])).toMatchObject({ kind: 'usageError', key: 'badMaxPartMb' });
});

test('--max-part-mb takes fractions of a MB and applies to every command', () => {
  expect(parseArgs(['check', 'a.xlsx', '--max-part-mb', '0.5'])).toMatchObject({ kind: 'check', maxPartMb: 0.5 });
  expect(parseArgs(['summary', 'd', '-o', 's.xlsx', '--max-part-mb', '300'])).toMatchObject({ kind: 'summary', maxPartMb: 300 });
  expect(parseArgs(['recalc', 'a.xlsx', '-o', 'b.xlsx', '--max-part-mb', '300'])).toMatchObject({ kind: 'recalc', maxPartMb: 300 });
});
