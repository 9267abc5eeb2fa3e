/**
 * `jixiao review FILE -o OUT`: the copy gets 「复核记录」 (last, or refreshed in place), the forms'
 * parts keep their bytes, the sheet prints A4 landscape with its titles repeated; refusals leave
 * nothing written (exit 2); the usage.
 */
import * as fs from 'fs';
import * as path from 'path';
import { HEADER_ROW } from '../../src/core/results/tableSheet';
import { REVIEW_SHEET, REVIEW_SIGNATURE } from '../../src/core/review/recordColumns';
import { openPackage, patchPackage } from '../../src/xlsx/xlsxPatch';
import { REVIEWED } from '../support/reviewedFixture';
import { changedParts, FIXTURE, freshDirs, parseJson, readWorkbook, run, sha256, sheetPart, tmpDir, withUserSheet, zipEntries } from './helpers';

const dir = tmpDir();
const fresh = freshDirs(dir);

describe('a first review of the bundled example', () => {
  const out = path.join(fresh(), 'reviewed.xlsx');
  let doc: any;
  let code: number;
  beforeAll(async () => {
    const r = await run('review', FIXTURE, '-o', out, '--json');
    code = r.code;
    doc = parseJson(r.stdout);
  });

  test('exit 0; the record created with a row per item and a （总体） row per form, a draft in each', () => {
    expect(code).toBe(0);
    expect(doc).toMatchObject({ file: FIXTURE, output: out, written: true, sheet: REVIEW_SHEET, created: true, kept: { scores: 0, comments: 0 }, drafted: 7, orphans: 0 });
    expect(doc.forms).toHaveLength(7);
    const items = doc.report.forms.reduce((k: number, f: any) => k + f.review.items.length + 1, 0);
    expect(doc.rows).toBe(items);
    for (const f of doc.forms) expect([f.totalScore, f.grade, f.difference, f.changed]).toEqual([f.selfTotal, f.selfGrade, '0.00', 0]);
  });

  test('the sheet is last and signed; every form sheet keeps its bytes; the input is untouched', async () => {
    const wb = await readWorkbook(out);
    expect(wb.worksheets.at(-1)!.name).toBe(REVIEW_SHEET);
    expect(wb.getWorksheet(REVIEW_SHEET)!.getCell('A2').value).toBe(REVIEW_SIGNATURE);
    const input = await readWorkbook(FIXTURE);
    const parts = await changedParts(FIXTURE, out);
    for (const ws of input.worksheets) expect(parts).not.toContain(await sheetPart(FIXTURE, ws.name));
    const record = await sheetPart(out, REVIEW_SHEET);
    expect(parts).toContain(record);
    // besides the new sheet, only the lists of sheets and parts, and the styles it uses
    const lists = ['[Content_Types].xml', 'docProps/app.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml'];
    expect(parts.filter((p) => p !== record && !lists.includes(p))).toEqual([]);
  });

  test('the text output names the copy and every form\'s figures', async () => {
    const r = await run('review', FIXTURE, '-o', path.join(fresh(), 'x.xlsx'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('99.95');
    expect(r.stdout.split('\n').filter((l) => / → /.test(l) && /\d+\.\d\d/.test(l))).toHaveLength(7);
  });
});

/** The written sheet's XML and workbook.xml: A4 (paperSize 9) landscape, one page wide, the title rows on every page. */
async function expectPrintSetup(file: string, sheet: string): Promise<void> {
  const parts = await zipEntries(file);
  const xml = parts.get(await sheetPart(file, sheet))!.toString('utf8');
  expect(xml).toMatch(/<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"\/>/);
  expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
  const book = parts.get('xl/workbook.xml')!.toString('utf8');
  const index = (await readWorkbook(file)).worksheets.findIndex((w) => w.name === sheet);
  expect(book).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">'${sheet}'!$1:$${HEADER_ROW}</definedName>`);
}

test('printing: 「复核记录」 and 「问题清单」 as the CLI writes them', async () => {
  const d = fresh();
  expect((await run('review', FIXTURE, '-o', path.join(d, 'r.xlsx'))).code).toBe(0);
  await expectPrintSetup(path.join(d, 'r.xlsx'), REVIEW_SHEET);
  expect((await run('check', FIXTURE, '--issues-sheet', path.join(d, 'i.xlsx'))).code).toBe(0);
  await expectPrintSetup(path.join(d, 'i.xlsx'), '问题清单');
});

test('reviewing its own output again: the sheet refreshed in place, the package the same', async () => {
  const d = fresh();
  const [a, b] = [path.join(d, 'a.xlsx'), path.join(d, 'b.xlsx')];
  expect((await run('review', FIXTURE, '-o', a)).code).toBe(0);
  const r = await run('review', a, '-o', b, '--json');
  expect(parseJson(r.stdout)).toMatchObject({ created: false, drafted: 0, kept: { scores: 0, comments: 0 } }); // the 7 drafts are the add-in's own, unedited
  expect(await changedParts(a, b)).toEqual([]);
});

/** A copy of the reviewed fixture whose 「复核记录」 lost a header cell (the reviewer cleared 复核得分 in row 3). */
async function damaged(d: string): Promise<string> {
  const bytes = new Uint8Array(fs.readFileSync(REVIEWED));
  const patched = await patchPackage(await openPackage(bytes), bytes, [{ sheet: REVIEW_SHEET, cell: `G${HEADER_ROW}`, after: { type: 'blank', text: '' } }]);
  const file = path.join(d, 'damaged.xlsx');
  fs.writeFileSync(file, patched.bytes);
  return file;
}

describe('refused: one line on stderr, exit 2, nothing written', () => {
  test.each<[string, (d: string) => Promise<string[]>]>([
    ['a 「复核记录」 of the user\'s', async (d) => ['review', await withUserSheet(FIXTURE, REVIEW_SHEET, d), '-o', path.join(d, 'out.xlsx')]],
    ['a record without its header row', async (d) => ['review', await damaged(d), '-o', path.join(d, 'out.xlsx')]],
    ['the input as the output', async (d) => {
      fs.copyFileSync(FIXTURE, path.join(d, 'in.xlsx'));
      return ['review', path.join(d, 'in.xlsx'), '-o', path.join(d, 'in.xlsx')];
    }],
    ['an unreadable input', async (d) => {
      fs.writeFileSync(path.join(d, 'bad.xlsx'), 'not a workbook');
      return ['review', path.join(d, 'bad.xlsx'), '-o', path.join(d, 'out.xlsx')];
    }],
    ['a missing input', async (d) => ['review', path.join(d, 'none.xlsx'), '-o', path.join(d, 'out.xlsx')]],
    ['a macro-free workbook as .xlsm', async (d) => ['review', FIXTURE, '-o', path.join(d, 'out.xlsm')]],
  ])('%s', async (_name, argv) => {
    const d = fresh();
    const args = await argv(d);
    const before = new Map(fs.readdirSync(d).map((f) => [f, sha256(path.join(d, f))]));
    const r = await run(...args, '--json');
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(parseJson(r.stdout)).toMatchObject({ written: false, error: expect.any(String), report: null });
    expect(new Map(fs.readdirSync(d).map((f) => [f, sha256(path.join(d, f))]))).toEqual(before);
  });

  test('the user\'s sheet is named in the message', async () => {
    const d = fresh();
    const r = await run('review', await withUserSheet(FIXTURE, REVIEW_SHEET, d), '-o', path.join(d, 'out.xlsx'));
    expect(r.stderr).toContain(REVIEW_SHEET);
  });
});

test('usage: one file, -o needed, only its options; the help names it', async () => {
  for (const argv of [['review', FIXTURE, FIXTURE, '-o', 'x.xlsx'], ['review', FIXTURE], ['review', '-o', 'x.xlsx'], ['review', FIXTURE, '-o', 'x.xlsx', '--score-by-rule'], ['review', FIXTURE, '-o', 'x.xlsx', '--issues-sheet', 'y.xlsx']]) {
    const r = await run(...argv);
    expect([argv.join(' '), r.code, r.stderr.split('\n').filter(Boolean).length]).toEqual([argv.join(' '), 2, 1]);
  }
  for (const lang of ['zh-CN', 'en-US']) expect((await run('--help', '--lang', lang)).stdout).toContain('jixiao review FILE -o OUT.xlsx');
});
