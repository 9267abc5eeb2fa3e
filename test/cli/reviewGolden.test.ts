/**
 * The golden reviewed workbook (test/fixtures/review/): `check --json` gives the review figures
 * worked out by hand in its README, and `jixiao review` refreshing it keeps every score and comment
 * the reviewer entered, writes a draft only into the （总体） cell left empty, and no other sheet
 * changes. The fixture is what test/support/reviewedFixture.ts makes (JIXIAO_WRITE_GOLDEN=1 rewrites it).
 */
import * as fs from 'fs';
import * as path from 'path';
import expected from '../fixtures/review/anting-2024.reviewed.expected.json';
import { REVIEW_COLUMNS, REVIEW_SHEET } from '../../src/core/review/recordColumns';
import { ENTRIES, FORM1, makeReviewed, recordOf, recordRowOf, REVIEWED } from '../support/reviewedFixture';
import { changedParts, expectStylesAppended, parseJson, run, sha256, sheetPart, tmpDir } from './helpers';

const dir = tmpDir();
const col = (key: 'reviewScore' | 'comment') => REVIEW_COLUMNS.findIndex((c) => c.key === key);

beforeAll(async () => {
  if (process.env.JIXIAO_WRITE_GOLDEN) fs.writeFileSync(REVIEWED, await makeReviewed());
});

test('the fixture is what the support script makes (same sheets, same cells)', async () => {
  const made = await recordOf(await makeReviewed());
  const committed = await recordOf(new Uint8Array(fs.readFileSync(REVIEWED)));
  expect(committed.grids.map((g) => [g.sheet, g.values])).toEqual(made.grids.map((g) => [g.sheet, g.values]));
});

describe('check --json on the reviewed workbook', () => {
  let doc: any;
  let code: number;
  beforeAll(async () => {
    const r = await run('check', REVIEWED, '--json');
    code = r.code;
    doc = parseJson(r.stdout);
  });

  test('exit code: the 复核得分 over its 分值 is an error', () => {
    expect(code).toBe(expected.exitCode);
  });

  test.each(expected.forms.map((f) => [f.sheet, f] as const))('%s: 复核总分, 复核等级, 差异 and each item\'s delta', (sheet, want) => {
    const form = doc.files[0].forms.find((f: any) => f.sheet === sheet);
    expect([form.totalScore, form.grade]).toEqual([want.selfTotal, want.selfGrade]);
    const r = form.review;
    expect({ totalScore: r.totalScore, grade: r.grade, difference: r.difference }).toEqual({ totalScore: want.totalScore, grade: want.grade, difference: want.difference });
    const changed = Object.fromEntries(r.items.filter((i: any) => i.delta !== '0.00').map((i: any) => [i.cell, i.delta]));
    expect(changed).toEqual(want.changed);
    const typed = Object.fromEntries(r.items.filter((i: any) => i.reviewScore !== null).map((i: any) => [i.cell, i.reviewScore]));
    expect(typed).toEqual(want.reviewScores);
    if ('comment' in want) expect(r.comment).toBe(want.comment);
    expect(r.draft).toContain(want.selfTotal);
  });

  test('the review findings: two totals far off, one grade changed, one score over its 分值', () => {
    const all = [...doc.files[0].findings, ...doc.files[0].forms.flatMap((f: any) => f.findings)].filter((f: any) => f.code.startsWith('REVIEW_'));
    expect(all).toHaveLength(expected.reviewFindings.length);
    for (const want of expected.reviewFindings) expect(all).toContainEqual(expect.objectContaining({ ...want, sheet: REVIEW_SHEET, params: expect.objectContaining(want.params) }));
  });
});

describe('jixiao review on the reviewed workbook (a refresh)', () => {
  const out = path.join(dir, 'refreshed.xlsx');
  let r: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    r = await run('review', REVIEWED, '-o', out, '--json');
  });

  test('refreshed, not created; one draft (the （总体） cell left empty), every entered score kept; exit 1 as check', () => {
    expect(r.code).toBe(1);
    const doc = parseJson(r.stdout);
    expect(doc).toMatchObject({ written: true, created: false, sheet: REVIEW_SHEET, drafted: 1, orphans: 0, kept: { scores: ENTRIES.filter((e) => e.score !== undefined).length } });
    expect(doc.forms.map((f: any) => [f.sheet, f.totalScore, f.grade, f.difference])).toEqual(expected.forms.map((f) => [f.sheet, f.totalScore, f.grade, f.difference]));
  });

  test('every 复核得分 and 复核意见 of the input is in the output, on the row of the same item; no draft over a comment', async () => {
    const before = (await recordOf(new Uint8Array(fs.readFileSync(REVIEWED)))).record;
    const after = (await recordOf(new Uint8Array(fs.readFileSync(out)))).record;
    const keyed = (g: typeof before) => new Map(g.values.slice(3).map((row) => [`${row[0]}!${row[1]}!${row[3]}`, row]));
    const a = keyed(before);
    const b = keyed(after);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [key, row] of a) {
      const next = b.get(key)!;
      const overall = row[3] === '（总体）';
      if (!overall) expect([key, next[col('reviewScore')]]).toEqual([key, row[col('reviewScore')]]);
      if (row[col('comment')] !== null) expect([key, next[col('comment')]]).toEqual([key, row[col('comment')]]);
    }
    // the one empty （总体） comment gets a draft naming the change
    const draft = after.values[recordRowOf(after, FORM1, 'G21', true)][col('comment')];
    expect(String(draft)).toContain('92.95');
    expect(String(draft)).toContain('−7.00');
  });

  test('only 「复核记录」 changes: every other part keeps its bytes (styles only appended: the typed scores\' format); the input is untouched', async () => {
    const hash = sha256(REVIEWED);
    expect(await changedParts(REVIEWED, out)).toEqual([await sheetPart(REVIEWED, REVIEW_SHEET), 'xl/styles.xml'].sort());
    await expectStylesAppended(REVIEWED, out);
    expect(sha256(REVIEWED)).toBe(hash);
  });
});
