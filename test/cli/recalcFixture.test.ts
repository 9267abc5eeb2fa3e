import * as fs from 'fs';
import * as path from 'path';
import type * as ExcelJS from 'exceljs';
import { FIXTURE, parseJson, readWorkbook, run, sha256, tmpDir, withoutCells, zipEntries } from './helpers';
import { writeErrorText } from '../../src/cli/writeErrorText';

/** Compares every cell of every sheet; planned cells must hold the new numbers. */
function compareWorkbooks(a: ExcelJS.Workbook, b: ExcelJS.Workbook, planned: Map<string, number | string>): void {
  let seen = 0;
  expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
  for (const wa of a.worksheets) {
    const wb = b.getWorksheet(wa.name) as ExcelJS.Worksheet;
    expect(wb.model.merges.slice().sort()).toEqual(wa.model.merges.slice().sort());
    const cols = (ws: ExcelJS.Worksheet) => (ws.columns ?? []).map((c) => ({ width: c.width, hidden: c.hidden, style: c.style }));
    expect(cols(wb)).toEqual(cols(wa));
    expect(wb.properties).toEqual(wa.properties);
    expect(wb.views).toEqual(wa.views);
    const rows = Math.max(wa.rowCount, wb.rowCount);
    const width = Math.max(wa.columnCount, wb.columnCount);
    for (let r = 1; r <= rows; r++) {
      expect(wb.getRow(r).height).toEqual(wa.getRow(r).height);
      for (let c = 1; c <= width; c++) {
        const ca = wa.getCell(r, c);
        const cb = wb.getCell(r, c);
        const key = `${wa.name}!${ca.address}`;
        expect([key, cb.style]).toEqual([key, ca.style]);
        expect([key, cb.numFmt]).toEqual([key, ca.numFmt]);
        expect([key, cb.formula]).toEqual([key, ca.formula]);
        if (planned.has(key)) {
          seen++;
          expect([key, cb.value]).toEqual([key, planned.get(key)]);
          expect(cb.value).not.toEqual(ca.value);
        } else expect([key, cb.value]).toEqual([key, ca.value]);
      }
    }
  }
  expect(seen).toBe(planned.size);
}

describe('jixiao recalc on the Anting fixture', () => {
  const dir = tmpDir();
  const out = path.join(dir, 'anting-recalc.xlsx');
  const out2 = path.join(dir, 'anting-recalc-2.xlsx');
  const inputHash = sha256(FIXTURE);
  let doc: any;
  let code: number;

  beforeAll(async () => {
    const r = await run('recalc', FIXTURE, '-o', out, '--json');
    code = r.code;
    doc = parseJson(r.stdout);
  });

  test('writes the copy, exit 0, the input untouched', () => {
    expect(code).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
    expect(sha256(FIXTURE)).toBe(inputHash);
    expect(doc.file).toBe(FIXTURE);
    expect(doc.output).toBe(out);
    expect(doc.skippedSheets).toEqual([]);
    expect(doc.report.forms).toHaveLength(7);
  });

  test('the change list is the plan: old → new with the kind', () => {
    const changes = doc.changes.map((c: any) => `${c.sheet}!${c.cell} ${c.kind} ${c.before}→${c.after.type}:${c.after.text}`);
    expect(changes).toEqual([
      '安亭城运日常运行费用!G6 rate 99.44→number:99.45',
      '安亭城运日常运行费用!G7 rate 99.44→number:99.45',
      '安亭城运日常运行费用!H6 budgetScore 9.94→number:9.95',
      '安亭城运日常运行费用!G21 totalScore 99.94→number:99.95',
      '一网统管网格案件应急处置费!G6 rate 78.78→number:78.79',
      '一网统管网格案件应急处置费!G7 rate 78.78→number:78.79',
      '联勤队伍组建!G7 rate 98.72→number:98.73',
    ]);
  });

  test('ExcelJS sees only the planned cells changed: values, formulas, styles, merges, widths', async () => {
    const planned = new Map<string, number | string>(doc.changes.map((c: any) => [`${c.sheet}!${c.cell}`, Number(c.after.text)]));
    compareWorkbooks(await readWorkbook(FIXTURE), await readWorkbook(out), planned);
  });

  test('zip level: same entries in the same order; only the patched sheets and workbook.xml differ', async () => {
    const a = await zipEntries(FIXTURE);
    const b = await zipEntries(out);
    expect([...b.keys()]).toEqual([...a.keys()]);
    const patched: Record<string, string[]> = {
      'xl/worksheets/sheet2.xml': ['G6', 'G7', 'H6', 'G21'],
      'xl/worksheets/sheet3.xml': ['G6', 'G7'],
      'xl/worksheets/sheet5.xml': ['G7'],
    };
    for (const [name, bytes] of a) {
      const after = b.get(name) as Buffer;
      if (patched[name]) {
        expect(withoutCells(after.toString('utf8'), patched[name])).toBe(withoutCells(bytes.toString('utf8'), patched[name]));
        expect(after.equals(bytes)).toBe(false);
      } else if (name === 'xl/workbook.xml') {
        expect(after.toString('utf8')).toBe(bytes.toString('utf8').replace('<calcPr calcId="171027"/>', '<calcPr calcId="171027" fullCalcOnLoad="1"/>'));
      } else {
        expect([name, after.equals(bytes)]).toEqual([name, true]);
      }
    }
    const sheet2 = (b.get('xl/worksheets/sheet2.xml') as Buffer).toString('utf8');
    expect(sheet2).toContain('<c r="G6" s="3"><v>99.45</v></c>');
    expect(sheet2).toContain('<c r="H6" s="3"><v>9.95</v></c>');
  });

  test('checking the output: no ROUNDING_DIFF / STALE_VALUE left; a second recalc plans nothing', async () => {
    const check = await run('check', out, '--json');
    expect(check.code).toBe(0);
    const findings = parseJson(check.stdout).files[0].forms.flatMap((f: any) => f.findings);
    expect(findings.filter((f: any) => ['ROUNDING_DIFF', 'STALE_VALUE'].includes(f.code))).toEqual([]);
    const again = await run('recalc', out, '-o', out2, '--json');
    expect(again.code).toBe(0);
    expect(parseJson(again.stdout).changes).toEqual([]);
    expect(sha256(out2)).toBe(sha256(out));
  });

  test('human-readable change list and summary', async () => {
    const r = await run('recalc', FIXTURE, '-o', path.join(dir, 'human.xlsx'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/安亭城运日常运行费用!G6:\s+99\.44 → 99\.45\s+（执行率）/);
    expect(r.stdout).toContain('7 处改动');
    expect(r.stdout).toContain('fullCalcOnLoad');
    expect(r.stdout).toContain('错误 0 条');
    const en = await run('recalc', FIXTURE, '-o', path.join(dir, 'human-en.xlsx'), '--lang', 'en-US');
    expect(en.stdout).toMatch(/联勤队伍组建!G7:\s+98\.72 → 98\.73\s+\(execution rate\)/);
  });

  test('refuses to overwrite the input (same path, other spelling, or a hard link): exit 2, nothing written', async () => {
    const copy = path.join(dir, 'copy.xlsx');
    fs.copyFileSync(FIXTURE, copy);
    const hash = sha256(copy);
    const rel = path.relative(process.cwd(), copy);
    for (const o of [copy, `${dir}/./copy.xlsx`, rel]) {
      const r = await run('recalc', copy, '-o', o);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('与输入文件相同');
    }
    const link = path.join(dir, 'link.xlsx');
    fs.linkSync(copy, link);
    expect((await run('recalc', copy, '-o', link, '--json')).code).toBe(2);
    expect(sha256(copy)).toBe(hash);
  });

  test('unreadable input or unwritable output: exit 2, no output file, no temp file left', async () => {
    const missing = await run('recalc', path.join(dir, 'nope.xlsx'), '-o', path.join(dir, 'never.xlsx'), '--json');
    expect(missing.code).toBe(2);
    expect(parseJson(missing.stdout)).toMatchObject({ written: false, report: { errorCode: 'notFound', forms: [] } });
    expect(fs.existsSync(path.join(dir, 'never.xlsx'))).toBe(false);
    // A missing folder is created; a folder path running through a regular file cannot be.
    const blocker = path.join(dir, 'a-file');
    fs.writeFileSync(blocker, 'not a folder');
    const through = path.join(blocker, 'sub', 'x.xlsx');
    const noDir = await run('recalc', FIXTURE, '-o', through);
    expect(noDir.code).toBe(2);
    expect(noDir.stderr).toBe(`jixiao: ${writeErrorText({ code: 'folderNotCreatable', errno: 'ENOTDIR' }, 'zh-CN', through)}\n`);
    fs.rmSync(blocker);
    const isDir = await run('recalc', FIXTURE, '-o', dir);
    expect(isDir.code).toBe(2);
    expect(fs.readdirSync(dir).filter((n) => n.includes('.tmp.'))).toEqual([]);
  });
});
