/** `jixiao recalc --results-sheet`: the copy also gets 「绩效自评结果」, as 生成汇总 writes it in Excel. */
import * as fs from 'fs';
import * as path from 'path';
import { RESULTS_SHEET, SHEET_SIGNATURE } from '../../src/core';
import { readChartXml } from '../support/chartXml';
import { anting, FIXTURE, parseJson, readWorkbook, run, sha256, tmpDir, withUserSheet, writeWorkbook, zipEntries } from './helpers';

const dir = tmpDir();
let n = 0;
const fresh = () => path.join(dir, `case${++n}`);

test('the recalculated copy gets the results sheet, last, with the recalculated figures and the totals', async () => {
  const out = path.join(fresh(), 'out.xlsx');
  const before = sha256(FIXTURE);
  const r = await run('recalc', FIXTURE, '-o', out, '--results-sheet', '--json');
  expect(r.code).toBe(0);
  expect(parseJson(r.stdout).resultsSheet).toBe(RESULTS_SHEET);
  expect(sha256(FIXTURE)).toBe(before);
  const wb = await readWorkbook(out);
  expect(wb.worksheets.at(-1)?.name).toBe(RESULTS_SHEET);
  const ws = wb.getWorksheet(RESULTS_SHEET)!;
  expect(ws.getCell('A2').value).toBe(SHEET_SIGNATURE);
  expect(ws.getCell('F4').value).toBe(99.45);
  expect(ws.getCell('F11').value).toBe(98.78);
  expect(wb.getWorksheet('安亭城运日常运行费用')!.getCell('G6').value).toBe(99.45);
  const parts = [...(await zipEntries(out)).keys()];
  expect(parts.some((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toBe(true);
});

test('run again on its own output: the sheet is replaced in place, nothing else changes', async () => {
  const d = fresh();
  const first = path.join(d, 'first.xlsx');
  const second = path.join(d, 'second.xlsx');
  expect((await run('recalc', FIXTURE, '-o', first, '--results-sheet')).code).toBe(0);
  expect((await run('recalc', first, '-o', second, '--results-sheet')).code).toBe(0);
  const a = await zipEntries(first);
  const b = await zipEntries(second);
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  for (const [name, bytes] of a) if (!/^xl\/workbook\.xml$/.test(name)) expect([name, Buffer.compare(bytes, b.get(name)!)]).toEqual([name, 0]);
});

test('a same-named sheet of the user is never replaced: nothing written, exit 2', async () => {
  const d = fresh();
  const input = await withUserSheet(FIXTURE, RESULTS_SHEET, d);
  const out = path.join(d, 'out.xlsx');
  const r = await run('recalc', input, '-o', out, '--results-sheet');
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(RESULTS_SHEET);
  expect(fs.existsSync(out)).toBe(false);
});

test('--results-sheet belongs to recalc only', async () => {
  const r = await run('check', FIXTURE, '--results-sheet');
  expect(r.code).toBe(2);
});

describe('forms sharing a short name: the chart has as many categories as forms, each label distinct', () => {
  /** `n` forms 合成项目N(专项经费), one per sheet, and two more on one sheet. */
  async function sharedNames(n: number): Promise<string> {
    const d = fresh();
    fs.mkdirSync(d, { recursive: true });
    const input = path.join(d, 'in.xlsx');
    const form = (i: number) => ({ spec: anting({ project: `合成项目${i}(专项经费)` }) });
    const own = Array.from({ length: n }, (_, i) => ({ name: `表${i + 1}`, forms: [form(i + 1)] }));
    await writeWorkbook(input, [...own, { name: '两表', forms: [form(n + 1), { ...form(n + 2), at: 'A30' }] }]);
    return input;
  }

  test.each([
    [3, 'col'],
    [10, 'bar'],
  ])('%p + 2 forms → barDir %p', async (n, barDir) => {
    const input = await sharedNames(n);
    const out = path.join(path.dirname(input), 'out.xlsx');
    expect((await run('recalc', input, '-o', out, '--results-sheet')).code).toBe(0);
    const forms = n + 2;
    const parts = await zipEntries(out);
    const chartName = [...parts.keys()].find((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))!;
    const chart = readChartXml(parts.get(chartName)!.toString('utf8'));
    expect(chart.barDir).toBe(barDir);
    expect(chart.categoryAxis.tickLblSkip).toBe('1');
    const ws = (await readWorkbook(out)).getWorksheet(RESULTS_SHEET)!;
    for (const s of chart.series) {
      expect(s.count).toBe(forms);
      expect(new Set(s.labels).size).toBe(forms);
      // the categories are cells of the sheet, holding the same labels
      const [, col, first, last] = /\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(s.categories!)!;
      expect(Number(last) - Number(first) + 1).toBe(forms);
      expect(Array.from({ length: forms }, (_, i) => ws.getCell(`${col}${Number(first) + i}`).value)).toEqual(s.labels);
    }
  });
});
