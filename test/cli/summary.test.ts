/** `jixiao summary`: many workbooks → one new workbook (results, findings, grade counts). */
import * as fs from 'fs';
import * as path from 'path';
import type * as ExcelJS from 'exceljs';
import { parseArgs } from '../../src/cli/args';
import { bufferIo, main } from '../../src/cli/main';
import { clock, Progress, progressLine } from '../../src/cli/progress';
import { columnsFor } from '../../src/core/results/columns';
import { readErrorText } from '../../src/xlsx/read/readErrorText';
import { IndicatorSpec } from '../support/buildForm';
import { anting, FIXTURE, FULL_INDICATORS, parseJson, readWorkbook, run, sha256, tmpDir, writeWorkbook } from './helpers';

const UNIT = '上海市嘉定区安亭镇城市运行管理中心';

/** The values of a sheet's column from row `from` down to its last row, as strings ('' for blank). */
function column(ws: ExcelJS.Worksheet, col: string, from: number): string[] {
  const out: string[] = [];
  for (let r = from; r <= ws.rowCount; r++) {
    const v = ws.getCell(`${col}${r}`).value;
    out.push(v === null || v === undefined ? '' : String(v));
  }
  return out;
}

describe('the fixture, a copy and a text file named .xlsx', () => {
  const dir = tmpDir();
  const a = path.join(dir, 'anting.xlsx');
  const b = path.join(dir, 'anting-copy.xlsx');
  const garbage = path.join(dir, 'garbage.xlsx');
  const TEXT_FILE = readErrorText({ code: 'textFile' }, 'zh-CN');
  const out = path.join(dir, 'new-folder', 'summary.xlsx');
  let r: { code: number; stdout: string; stderr: string };
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    fs.copyFileSync(FIXTURE, a);
    fs.copyFileSync(FIXTURE, b);
    fs.writeFileSync(garbage, 'not a workbook at all\n');
    r = await run('summary', a, b, garbage, '-o', out);
    wb = await readWorkbook(out);
  });

  test('exit 2 (a file could not be read), the reason on stderr, the summary on stdout', () => {
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`jixiao: 无法读取 ${garbage}：${TEXT_FILE}\n`);
    expect(r.stdout).toContain(`已汇总 3 个文件（1 个无法读取），14 个项目 → ${out}`);
    expect(r.stdout).toContain('评分等级：优 14，良 0，中 0，差 0，未评级 0；总体执行率 98.78%');
  });

  test('the workbook is written into a folder that did not exist, with the three sheets in order', () => {
    expect(fs.existsSync(out)).toBe(true);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['绩效自评结果', '问题清单', '等级统计']);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['summary.xlsx']); // no temp file left
  });

  test('绩效自评结果: 14 form rows with their file and unit, 99.45 first, totals 98.78', () => {
    const ws = wb.getWorksheet('绩效自评结果')!;
    expect(ws.getCell('B3').value).toBe('文件');
    const files = column(ws, 'B', 4).slice(0, 14);
    expect(files).toEqual([...Array(7).fill(a), ...Array(7).fill(b)]);
    expect(column(ws, 'C', 4).slice(0, 14)).toEqual(Array(14).fill(UNIT));
    expect(ws.getCell('D4').value).toBe('其他专项工作经费(安亭城运日常运行费用)');
    expect(ws.getCell('H4').value).toBe(99.45);
    expect(ws.getCell('H11').value).toBe(99.45); // the copy's first form
    expect(ws.getCell('A18').value).toBe('合计');
    expect(ws.getCell('H18').value).toBe(98.78);
    expect(column(ws, 'L', 4).slice(0, 14)).toEqual(Array(14).fill('优'));
  });

  test('问题清单: one FILE_UNREADABLE row naming the text file, the fixture findings per file', () => {
    const ws = wb.getWorksheet('问题清单')!;
    const files = column(ws, 'B', 4);
    const codes = column(ws, 'E', 4);
    const unreadable = codes.flatMap((c, i) => (c === 'FILE_UNREADABLE' ? [i] : []));
    expect(unreadable).toHaveLength(1);
    expect(files[unreadable[0]]).toBe(garbage);
    expect(column(ws, 'G', 4)[unreadable[0]]).toContain(TEXT_FILE);
    // the fixture's 7 ROUNDING_DIFF findings, once for each readable file
    expect(files.filter((f) => f === a)).toHaveLength(7);
    expect(files.filter((f) => f === b)).toHaveLength(7);
  });

  test('等级统计: one unit with 14 forms, all 优, and the unreadable file counted', () => {
    const ws = wb.getWorksheet('等级统计')!;
    expect(String(ws.getCell('A1').value)).toContain('其中 1 个无法读取');
    expect(ws.getCell('A4').value).toBe(UNIT);
    expect(ws.getCell('B4').value).toBe(14);
    expect(ws.getCell('C4').value).toBe(14);
  });

  test('--json: one document on stdout with the same figures as the workbook', async () => {
    const out2 = path.join(dir, 'json', 'summary.xlsx');
    const j = await run('summary', a, b, garbage, '-o', out2, '--json');
    expect(j.code).toBe(2);
    const doc = parseJson(j.stdout);
    expect(doc.files).toBe(3);
    expect(doc.forms).toBe(14);
    expect(doc.output).toBe(out2);
    expect(doc.unreadable).toEqual([{ file: garbage, code: 'textFile', reason: TEXT_FILE }]);
    expect(doc.totals).toEqual({ annual: '12728.44', executed: '12573.02', rate: '98.78', grades: { 优: 14, 良: 0, 中: 0, 差: 0 }, ungraded: 0, errors: 0, warnings: 0 });
    expect(doc.rows).toHaveLength(14);
    expect(doc.rows[0]).toEqual({
      file: a,
      unit: UNIT,
      sheet: '安亭城运日常运行费用',
      project: '其他专项工作经费(安亭城运日常运行费用)',
      annual: '762.25',
      executed: '758.02',
      rate: '99.45',
      budgetScore: '9.95',
      indicatorScore: '90.00',
      totalScore: '99.95',
      grade: '优',
      errors: 0,
      warnings: 0,
      kind: 'project',
    });
    // a row has the keys of the results columns' 'json' view, in their order
    expect(Object.keys(doc.rows[0])).toEqual(columnsFor('json').map((c) => c.key));
    // every rate and total score as the workbook shows it
    const ws = (await readWorkbook(out2)).getWorksheet('绩效自评结果')!;
    expect(doc.rows.map((x: any) => x.rate)).toEqual(column(ws, 'H', 4).slice(0, 14).map((v) => Number(v).toFixed(2)));
    expect(doc.rows.map((x: any) => x.totalScore)).toEqual(column(ws, 'K', 4).slice(0, 14).map((v) => Number(v).toFixed(2)));
    expect(j.stderr).toContain(garbage);
  });

  test('--lang en-US: English on stderr and stdout, the workbook stays Chinese', async () => {
    const out3 = path.join(dir, 'en.xlsx');
    const e = await run('summary', a, garbage, '-o', out3, '--lang', 'en-US');
    expect(e.code).toBe(2);
    expect(e.stderr).toBe(`jixiao: cannot read ${garbage}: ${readErrorText({ code: 'textFile' }, 'en-US')}\n`);
    expect(e.stdout).toContain(`Summarised 2 file(s) (1 unreadable), 7 project(s) → ${out3}`);
    const ws = (await readWorkbook(out3)).getWorksheet('问题清单')!;
    expect(column(ws, 'G', 4).join('\n')).toContain(TEXT_FILE);
  });

  test('exit 0 when every file is read (error findings do not change it: check says 1)', async () => {
    const bad = path.join(dir, 'over-weight.xlsx');
    const indicators = FULL_INDICATORS.map((row, i): IndicatorSpec => (i === 0 ? [row[0], row[1], row[2], row[3], row[4], row[5], 20] : row)); // 得分 20 of 分值 15
    await writeWorkbook(bad, [{ name: '超分值', forms: [{ spec: anting({ indicators }) }] }]);
    expect((await run('check', bad)).code).toBe(1);
    const ok = await run('summary', a, bad, '-o', path.join(dir, 'ok.xlsx'), '--json');
    expect(ok.code).toBe(0);
    expect(ok.stderr).toBe('');
    const doc = parseJson(ok.stdout);
    expect(doc.totals.errors).toBeGreaterThan(0);
    expect(doc.rows[7]).toMatchObject({ file: bad, sheet: '超分值' });
    expect(doc.rows[7].errors).toBeGreaterThan(0);
  });
});

describe('output refusals and usage', () => {
  const dir = tmpDir();
  const a = path.join(dir, 'a.xlsx');
  beforeAll(() => fs.copyFileSync(FIXTURE, a));

  test('-o missing: usage error, exit 2, nothing on stdout', async () => {
    const r = await run('summary', a);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('summary 需要用 -o OUT.xlsx 指定输出文件');
    expect(r.stderr).toMatch(/^jixiao: [^\n]+jixiao --help[^\n]*\n$/);
    expect(fs.readdirSync(dir)).toEqual(['a.xlsx']);
  });

  test('-o naming an input: refused, the input untouched', async () => {
    const before = sha256(a);
    for (const o of [a, `${dir}/./a.xlsx`]) {
      const r = await run('summary', FIXTURE, a, '-o', o, '--json');
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`jixiao: 输出文件 ${o} 是输入文件之一；summary 从不修改输入文件\n`);
    }
    expect(sha256(a)).toBe(before);
  });

  test('a non-.xlsx output name and a folder as output are refused; nothing written', async () => {
    for (const name of ['summary.xlsm', 'summary.csv', 'summary']) {
      const r = await run('summary', a, '-o', path.join(dir, name));
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('不是 .xlsx 文件');
    }
    const asDir = path.join(dir, 'folder.xlsx');
    fs.mkdirSync(asDir);
    const r = await run('summary', a, '-o', asDir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('是一个目录');
    expect(fs.readdirSync(dir).sort()).toEqual(['a.xlsx', 'folder.xlsx']);
  });

  test('parseArgs: summary options; --score-by-rule is not for summary, --progress only for summary', () => {
    expect(parseArgs(['summary', 'a.xlsx', 'dir', '-o', 's.xlsx', '--progress', '--json'])).toEqual({
      kind: 'summary',
      files: ['a.xlsx', 'dir'],
      output: 's.xlsx',
      progress: true,
      json: true,
      profile: 'standard',
      lang: 'zh-CN',
    });
    expect(parseArgs(['summary', 'a.xlsx', '--output=s.xlsx'])).toMatchObject({ kind: 'summary', progress: false, output: 's.xlsx' });
    expect(parseArgs(['summary', '-o', 's.xlsx'])).toMatchObject({ kind: 'usageError', key: 'noSummaryFiles' });
    expect(parseArgs(['summary', 'a.xlsx'])).toMatchObject({ kind: 'usageError', key: 'noOutput', params: { command: 'summary' } });
    expect(parseArgs(['summary', 'a.xlsx', '-o', 's.xlsx', '--score-by-rule'])).toMatchObject({ kind: 'usageError', key: 'optionNotFor' });
    expect(parseArgs(['check', 'a.xlsx', '--progress'])).toMatchObject({ kind: 'usageError', key: 'optionNotFor' });
    expect(parseArgs(['recalc', 'a.xlsx', '-o', 'b.xlsx', '--progress'])).toMatchObject({ kind: 'usageError', key: 'optionNotFor' });
  });

  test('--help lists summary (both languages)', async () => {
    const zh = await run('--help');
    expect(zh.stdout).toContain('jixiao summary FILE|目录... -o 汇总.xlsx');
    expect(zh.stdout).toContain('--progress');
    expect((await run('--help', '--lang', 'en-US')).stdout).toContain('jixiao summary FILE|DIR... -o SUMMARY.xlsx');
  });

  test('an unknown --profile: exit 2, nothing written', async () => {
    const r = await run('summary', a, '-o', path.join(dir, 'p.xlsx'), '--profile', 'hainan');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('hainan');
    expect(fs.existsSync(path.join(dir, 'p.xlsx'))).toBe(false);
  });
});

describe('folders', () => {
  const dir = tmpDir();
  const units = path.join(dir, 'units');
  beforeAll(() => {
    fs.mkdirSync(path.join(units, 'sub'), { recursive: true });
    fs.copyFileSync(FIXTURE, path.join(units, 'b-unit.xlsx'));
    fs.copyFileSync(FIXTURE, path.join(units, 'a-unit.XLSX'));
    fs.copyFileSync(FIXTURE, path.join(units, 'sub', 'nested.xlsx'));
    fs.writeFileSync(path.join(units, '~$a-unit.XLSX'), 'Excel lock file');
    fs.writeFileSync(path.join(units, 'notes.txt'), 'not a workbook');
    fs.mkdirSync(path.join(dir, 'empty'));
  });

  test('a folder stands for its workbooks and its subfolders\', sorted by path; the output in it is left out on the next run', async () => {
    const out = path.join(units, 'summary.xlsx');
    for (let i = 0; i < 2; i++) {
      const r = await run('summary', units, '-o', out, '--json');
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const doc = parseJson(r.stdout);
      expect(doc.files).toBe(3);
      expect([...new Set(doc.rows.map((x: any) => x.file))]).toEqual([path.join(units, 'a-unit.XLSX'), path.join(units, 'b-unit.xlsx'), path.join(units, 'sub', 'nested.xlsx')]);
    }
  });

  test('an empty folder: a note; nothing else to summarise → exit 2, nothing written', async () => {
    const out = path.join(dir, 'e.xlsx');
    const r = await run('summary', path.join(dir, 'empty'), '-o', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`目录 ${path.join(dir, 'empty')} 中没有 .xlsx 或 .xlsm 文件`);
    expect(r.stderr).toContain('没有可汇总的文件');
    expect(fs.existsSync(out)).toBe(false);
    const withFile = await run('summary', path.join(dir, 'empty'), FIXTURE, '-o', out);
    expect(withFile.code).toBe(0);
    expect(withFile.stderr).toContain('中没有 .xlsx 或 .xlsm 文件');
  });
});

describe('progress on stderr', () => {
  const dir = tmpDir();
  const garbage = path.join(dir, 'garbage.xlsx');
  beforeAll(() => fs.writeFileSync(garbage, 'text'));

  test('--progress: the bar and the final summary line on stderr; stdout unchanged', async () => {
    const out = path.join(dir, 'p.xlsx');
    const r = await run('summary', FIXTURE, FIXTURE, '-o', out, '--progress');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\r\[#{20}\] 2\/2 个文件 · 0:\d\d/);
    expect(r.stderr).toMatch(new RegExp(`\\r已汇总 2 个文件，14 个项目 → ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}（用时 0:\\d\\d） *\\n$`));
    expect(r.stdout).toContain('已汇总 2 个文件（0 个无法读取），14 个项目');
    expect(r.stdout).not.toContain('#');
  });

  test('an unreadable file with the bar: the line is cleared, the reason printed, the bar redrawn', async () => {
    const r = await run('summary', garbage, FIXTURE, '-o', path.join(dir, 'q.xlsx'), '--progress', '--json');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\r +\rjixiao: 无法读取 .*garbage\.xlsx：这是文本文件.*\n\r\[/);
    expect(r.stderr).toContain(readErrorText({ code: 'textFile' }, 'zh-CN'));
    expect(parseJson(r.stdout).forms).toBe(7); // stdout is still one JSON document
  });

  test('stderr not a terminal and no --progress: no bar, nothing on stderr', async () => {
    const r = await run('summary', FIXTURE, '-o', path.join(dir, 'r.xlsx'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  test('stderr a terminal: the bar without --progress', async () => {
    const io = { ...bufferIo(), errIsTTY: true };
    const code = await main(['summary', FIXTURE, '-o', path.join(dir, 's.xlsx')], io);
    expect(code).toBe(0);
    expect(io.stderr()).toContain('[####################] 1/1 个文件');
    expect(io.stderr()).toContain('已汇总 1 个文件，7 个项目');
  });

  test('redrawn at most every 100 ms, the last one always; m:ss clock', () => {
    let now = 0;
    const io = bufferIo();
    const p = new Progress(io, { enabled: true, total: 1000, lang: 'zh-CN', now: () => now });
    for (let i = 1; i <= 1000; i++) {
      now += 1; // 1 ms per file: 1 s in all
      p.update(i);
    }
    p.finish('done');
    const draws = io.stderr().split('\r').filter((s) => s.startsWith('['));
    expect(draws.length).toBeGreaterThanOrEqual(10);
    expect(draws.length).toBeLessThanOrEqual(12); // the first, one per 100 ms, the last
    expect(draws[draws.length - 1]).toBe('[####################] 1000/1000 个文件 · 0:01');
    expect(io.stderr().endsWith('\rdone' + ' '.repeat(draws[draws.length - 1].length + 3 - 4) + '\n')).toBe(true);
    expect(progressLine(312, 1000, 12_000, 'en-US')).toBe('[######..............] 312/1000 files · 0:12');
    expect([clock(0), clock(59_999), clock(61_000), clock(3_725_000)]).toEqual(['0:00', '0:59', '1:01', '1:02:05']);
  });

  test('disabled: writes nothing but the notes', () => {
    const io = bufferIo();
    const p = new Progress(io, { enabled: false, total: 3, lang: 'zh-CN' });
    p.update(1);
    p.note('x\n');
    p.finish('done');
    expect(io.stderr()).toBe('x\n');
  });
});
