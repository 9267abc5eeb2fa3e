/**
 * Golden test over the forms of other districts' layouts (issue 13): each
 * test/fixtures/layouts/<id>.xlsx against expected.json, the figures of SPEC §3 under the
 * standard profile worked out by hand (test/fixtures/layouts/README.md). Codes and figures only,
 * never message wording.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { workbookToGrids } from '../support/exceljsGrids';
import { evaluateWorkbook, defaultOptions, FormEvaluation, WorkbookEvaluation } from '../../src/core/evaluate';
import { format2OrNull } from '../../src/core/decimal';
import { Grid } from '../../src/core/grid';
import { isReadError, readWorkbook } from '../../src/xlsx/read';

interface Expected {
  file: string;
  sheet: string;
  kind: 'project' | 'department';
  suggestedProfile: string;
  project: string;
  funds: { kind: string; rate: string | null }[];
  budgetWeight: string | null;
  budgetScore: string | null;
  indicators: { cell: string; name: string; weight: string | null; score: string | null; suggested: string | null }[];
  weightSum: string | null;
  totalScore: string | null;
  grade: string | null;
  /** Every error and warning, as CODE@cell. */
  expectFindings: string[];
}

const dir = path.join(__dirname, '..', 'fixtures', 'layouts');
const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, Expected>;

describe.each(Object.entries(expected))('golden layout %s', (id, e) => {
  const file = path.join(dir, e.file);
  let grids: Grid[];
  let ev: WorkbookEvaluation;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    grids = workbookToGrids(wb);
    ev = evaluateWorkbook(grids, defaultOptions());
  });

  /** The one form of the sheet; fails with what was found instead. */
  function theForm(): FormEvaluation {
    const forms = ev.forms.filter((f) => f.form.sheet === e.sheet);
    if (forms.length !== 1) {
      const found = ev.findings.map((f) => `${f.code}@${f.cell ?? '-'}`).join(', ');
      throw new Error(`${id}: ${forms.length} forms located on ${e.sheet} (findings: ${found || 'none'})`);
    }
    return forms[0];
  }

  test('the workbook loads: one sheet, read alike by ExcelJS and by src/xlsx/read', async () => {
    expect(grids.map((g) => g.sheet)).toEqual([e.sheet]);
    const own = await readWorkbook(new Uint8Array(fs.readFileSync(file)));
    if (isReadError(own)) throw new Error(`${id}: src/xlsx/read refused the file: ${JSON.stringify(own)}`);
    const plain = (gs: readonly Grid[]) => gs.map((g) => ({ sheet: g.sheet, origin: g.origin, values: g.values, merges: [...g.merges].sort() }));
    expect(plain(own)).toEqual(plain(grids));
  });

  test('one form, of its kind, with its project and suggested profile', () => {
    const f = theForm().form;
    expect({ kind: f.kind, project: f.project, suggestedProfile: f.layout.suggestedProfile ?? 'standard' }).toEqual({
      kind: e.kind,
      project: e.project,
      suggestedProfile: e.suggestedProfile,
    });
  });

  test('fund rows in order, each with its 执行率 (R1)', () => {
    expect(theForm().funds.map((f) => ({ kind: f.kind, rate: format2OrNull(f.rate) }))).toEqual(e.funds);
  });

  test('budget weight and score (R2), weight sum (R8), total and grade (R11)', () => {
    const fe = theForm();
    expect({
      budgetWeight: format2OrNull(fe.budgetWeight),
      budgetScore: format2OrNull(fe.budgetScore),
      weightSum: format2OrNull(fe.weightSum),
      totalScore: format2OrNull(fe.totalScore),
      grade: fe.grade,
    }).toEqual({ budgetWeight: e.budgetWeight, budgetScore: e.budgetScore, weightSum: e.weightSum, totalScore: e.totalScore, grade: e.grade });
  });

  test('indicators: weight, score and the R3 suggested score', () => {
    const read = theForm().indicators.map((i) => ({
      cell: i.row.nameCell,
      name: i.row.name,
      weight: format2OrNull(i.weight),
      score: format2OrNull(i.score),
      suggested: format2OrNull(i.suggested),
    }));
    expect(read).toEqual(e.indicators);
  });

  test('errors and warnings, by code and cell', () => {
    const bad = ev.findings.filter((f) => f.sheet === e.sheet && f.severity !== 'info').map((f) => `${f.code}@${f.cell}`);
    expect(bad.sort()).toEqual([...e.expectFindings].sort());
  });
});
