/**
 * The review in the results (issue 14): `jixiao summary`'s sheets and JSON, `recalc --results-sheet`
 * and `check`'s table get 复核总分, 复核等级 and 差异 only where a file has a 「复核记录」 (blank for
 * the forms of a file without one); 等级统计 the grades changed and the mean |差异| per unit.
 */
import * as path from 'path';
import type * as ExcelJS from 'exceljs';
import expected from '../fixtures/review/anting-2024.reviewed.expected.json';
import { HEADER_ROW } from '../../src/core/results/tableSheet';
import { REVIEWED } from '../support/reviewedFixture';
import { FIXTURE, parseJson, readWorkbook, run, tmpDir } from './helpers';

const dir = tmpDir();
let n = 0;
const out = (name: string) => path.join(dir, `${++n}-${name}`);
const REVIEW_HEADERS = ['复核总分', '复核等级', '差异'];

function headers(ws: ExcelJS.Worksheet): string[] {
  const row = ws.getRow(HEADER_ROW);
  return Array.from({ length: row.cellCount }, (_, i) => String(row.getCell(i + 1).value ?? ''));
}

describe('summary of a reviewed file and one without a record', () => {
  const file = out('summary.xlsx');
  let doc: any;
  beforeAll(async () => {
    const r = await run('summary', REVIEWED, FIXTURE, '-o', file, '--json');
    expect(r.code).toBe(0);
    doc = parseJson(r.stdout);
  });

  test('JSON rows: the review figures for the reviewed file, null for the other', () => {
    const reviewed = doc.rows.filter((r: any) => r.file === REVIEWED);
    expect(reviewed.map((r: any) => [r.sheet, r.reviewTotal, r.reviewGrade, r.reviewDifference])).toEqual(expected.forms.map((f) => [f.sheet, f.totalScore, f.grade, f.difference]));
    for (const r of doc.rows.filter((x: any) => x.file === FIXTURE)) expect([r.reviewTotal, r.reviewGrade, r.reviewDifference]).toEqual([null, null, null]);
    expect(doc.totals.review).toEqual(expected.summary);
  });

  test('「绩效自评结果」 ends with the review columns, blank for the forms without a record', async () => {
    const ws = (await readWorkbook(file)).getWorksheet('绩效自评结果')!;
    const head = headers(ws);
    expect(head.slice(-3)).toEqual(REVIEW_HEADERS);
    const col = head.indexOf('复核总分') + 1;
    const values = Array.from({ length: 14 }, (_, i) => ws.getRow(HEADER_ROW + 1 + i).getCell(col).value);
    expect(values.slice(0, 7)).toEqual(expected.forms.map((f) => Number(f.totalScore)));
    expect(values.slice(7)).toEqual(Array(7).fill(null));
  });

  test('「等级统计」: per unit and in total, the grades the review changed and the mean |差异|', async () => {
    const ws = (await readWorkbook(file)).getWorksheet('等级统计')!;
    const head = headers(ws);
    expect(head.slice(-2)).toEqual(['复核等级变化', '平均|差异|']);
    const unit = ws.getRow(HEADER_ROW + 1);
    // both files are of one unit: 7 reviewed forms of its 14, one grade changed, (7 + 17) / 7 = 3.43
    expect([unit.getCell(head.length - 1).value, unit.getCell(head.length).value]).toEqual([1, 3.43]);
  });
});

test('summary without any record: no review column, key or count (as before)', async () => {
  const file = out('plain.xlsx');
  const r = await run('summary', FIXTURE, '-o', file, '--json');
  const doc = parseJson(r.stdout);
  expect(Object.keys(doc.rows[0])).not.toContain('reviewTotal');
  expect(doc.totals.review).toBeUndefined();
  const wb = await readWorkbook(file);
  for (const name of ['绩效自评结果', '等级统计']) expect(headers(wb.getWorksheet(name)!).filter((h) => h.includes('复核') || h.includes('差异'))).toEqual([]);
  const text = await run('summary', FIXTURE, '-o', out('plain2.xlsx'));
  expect(text.stdout.trimEnd().split('\n')).toHaveLength(2);
});

test('summary text: one more line with the review counts', async () => {
  const r = await run('summary', REVIEWED, '-o', out('text.xlsx'));
  const last = r.stdout.trimEnd().split('\n').at(-1)!;
  expect(last).toContain(expected.summary.meanAbsDifference);
});

test('recalc --results-sheet: the unit\'s 「绩效自评结果」 gets the review columns only with a record', async () => {
  const reviewed = out('recalc-reviewed.xlsx');
  expect((await run('recalc', REVIEWED, '-o', reviewed, '--results-sheet')).code).toBe(1); // the 复核得分 over its 分值
  const ws = (await readWorkbook(reviewed)).getWorksheet('绩效自评结果')!;
  const head = headers(ws);
  expect(head.slice(-3)).toEqual(REVIEW_HEADERS);
  expect(head.slice(0, -3)).toEqual(headers((await readPlain()).getWorksheet('绩效自评结果')!));
  expect(ws.getRow(HEADER_ROW + 2).getCell(head.length).value).toBe(-17);
});

async function readPlain() {
  const plain = out('recalc-plain.xlsx');
  expect((await run('recalc', FIXTURE, '-o', plain, '--results-sheet')).code).toBe(0);
  return readWorkbook(plain);
}

test('check: the forms table ends with the review columns where the workbook has a record', async () => {
  const r = await run('check', REVIEWED);
  const head = r.stdout.split('\n').find((l) => l.includes('评分等级'))!;
  for (const h of REVIEW_HEADERS) expect(head).toContain(h);
  expect(r.stdout).toContain('80.88');
  expect((await run('check', FIXTURE)).stdout).not.toContain('复核总分');
  const json = parseJson((await run('check', FIXTURE, '--json')).stdout);
  expect(json.files[0].forms.map((f: any) => f.review)).toEqual(Array(7).fill(null));
});
