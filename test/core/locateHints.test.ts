/**
 * locateForms with hints: ranges bound as budget blocks / indicator tables (by the user, or saved
 * in the workbook) make odd layouts work that automatic detection misses or pairs wrongly.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { workbookToGrids } from '../support/exceljsGrids';
import { defaultOptions, evaluateWorkbook, FormEvaluation } from '../../src/core/evaluate';
import { format2OrNull } from '../../src/core/decimal';
import { Grid } from '../../src/core/grid';
import { locateForms, LocateHints } from '../../src/core/locate/locate';
import { buildForm, BuiltForm, FormSpec, gridOf } from '../support/buildForm';
import { rearrange } from '../support/rearrange';
import { wanggeSpec } from '../taskpane/forms';
import { codesOf, correctSpec } from './helpers';

const A = (): FormSpec => ({ ...correctSpec(), project: '甲项目' });
const B = (): FormSpec => ({ ...wanggeSpec(), project: '乙项目' });

/** What a form comes to: its figures and the findings of the whole sheet. */
function figures(fe: FormEvaluation) {
  return {
    project: fe.form.project,
    funds: fe.funds.map((f) => [f.kind, format2OrNull(f.annual), format2OrNull(f.executed), format2OrNull(f.rate)]),
    budgetScore: format2OrNull(fe.budgetScore),
    indicators: fe.indicators.map((i) => [i.row.name, format2OrNull(i.score)]),
    totalScore: format2OrNull(fe.totalScore),
    grade: fe.grade,
    plan: fe.plan.length,
    findings: fe.findings.map((f) => f.code),
  };
}

/** The figures of a spec laid out normally, at A1 of a sheet of its own. */
function normal(spec: FormSpec) {
  const ev = evaluateWorkbook([gridOf('S', [{ form: buildForm(spec) }])], defaultOptions());
  return figures(ev.forms[0]);
}

function evaluate(grid: Grid, hints?: LocateHints) {
  return evaluateWorkbook([grid], defaultOptions(hints ? { hints: { [grid.sheet]: hints } } : {}));
}

interface Layout {
  grid: () => Grid;
  hints: LocateHints;
  /** The forms, in sheet order: spec, budget range, indicator range. */
  forms: [() => FormSpec, string, string][];
}

const sheet = (...placed: { form: BuiltForm; at?: string }[]) => gridOf('S', placed);
const notes = (): BuiltForm => ({ rows: [['填表说明'], ['金额单位：万元'], ['本表由财务科汇总']], merges: [], at: buildForm(A()).at });

const LAYOUTS: [string, Layout][] = [
  ['indicator table above the budget block', {
    grid: () => sheet({ form: rearrange(buildForm(A()), { head: 'A1', table: 'A5', budget: 'A17', goal: 'A22' }) }),
    hints: { budget: ['A17:I21'], indicators: ['A5:I15'] },
    forms: [[A, 'A17:H21', 'A5:I15']],
  }],
  ['indicator table beside the budget block (K5)', {
    grid: () => sheet({ form: rearrange(buildForm(A()), { head: 'A1', budget: 'A5', goal: 'A10', table: 'K5' }) }),
    hints: { budget: ['A5:I9'], indicators: ['K5:S15'] },
    forms: [[A, 'A5:H9', 'K5:S15']],
  }],
  ['indicator table far below, notes between', {
    grid: () => sheet({ form: rearrange(buildForm(A()), { head: 'A1', budget: 'A5', goal: 'A10', table: 'A61' }) }, { form: notes(), at: 'A30' }),
    hints: { budget: ['A5:I9'], indicators: ['A61:I71'] },
    forms: [[A, 'A5:H9', 'A61:I71']],
  }],
  ['two forms interleaved: budget, budget, table, table (the n-th hints pair)', {
    grid: () =>
      sheet(
        { form: rearrange(buildForm(A()), { head: 'A1', budget: 'A5' }) },
        { form: rearrange(buildForm(B()), { head: 'A11', budget: 'A15', table: 'A33' }) },
        { form: rearrange(buildForm(A()), { table: 'A21' }) },
      ),
    hints: { budget: ['A5:I9', 'A15:I19'], indicators: ['A21:I31', 'A33:I43'] },
    forms: [[A, 'A5:H9', 'A21:I31'], [B, 'A15:H19', 'A33:I43']],
  }],
  ['only the indicator table bound: it takes the budget block left alone', {
    grid: () => sheet({ form: rearrange(buildForm(A()), { head: 'A1', table: 'A5', budget: 'A17', goal: 'A22' }) }),
    hints: { indicators: ['A5:I15'] },
    forms: [[A, 'A17:H21', 'A5:I15']],
  }],
  ['only the budget block bound: it takes the table left alone', {
    grid: () => sheet({ form: rearrange(buildForm(A()), { head: 'A1', table: 'A5', budget: 'A17', goal: 'A22' }) }),
    hints: { budget: ['A17:I21'] },
    forms: [[A, 'A17:H21', 'A5:I15']],
  }],
  ['a bound odd form below a normal form: the rest is located automatically', {
    grid: () => sheet({ form: buildForm(A()) }, { form: rearrange(buildForm(B()), { head: 'A1', table: 'A5', budget: 'A17', goal: 'A22' }), at: 'A30' }),
    hints: { budget: ['A46:I50'], indicators: ['A34:I44'] },
    forms: [[A, 'A5:H9', 'A12:I22'], [B, 'A46:H50', 'A34:I44']],
  }],
  ['a bound odd form above a normal form', {
    grid: () => sheet({ form: rearrange(buildForm(B()), { head: 'A1', table: 'A5', budget: 'A17', goal: 'A22' }) }, { form: buildForm(A()), at: 'A30' }),
    hints: { budget: ['A17:I21'], indicators: ['A5:I15'] },
    forms: [[B, 'A17:H21', 'A5:I15'], [A, 'A34:H38', 'A41:I51']],
  }],
  ['bound ranges larger than the tables, absolute and with the sheet name', {
    grid: () => sheet({ form: rearrange(buildForm(A()), { head: 'A1', table: 'A5', budget: 'A17', goal: 'A22' }) }),
    hints: { budget: ['S!$A$16:$J$21'], indicators: ['$A$4:$J$16'] },
    forms: [[A, 'A17:H21', 'A5:I15']],
  }],
  ['a normal form bound part by part: the same as found automatically', {
    grid: () => sheet({ form: buildForm(A()) }),
    hints: { budget: ['A5:H9'], indicators: ['A12:I22'] },
    forms: [[A, 'A5:H9', 'A12:I22']],
  }],
];

describe('locateForms with hints: odd layouts', () => {
  test.each(LAYOUTS)('%s', (_, layout) => {
    const ev = evaluate(layout.grid(), layout.hints);
    expect(ev.sheets[0].findings).toEqual([]);
    expect(ev.forms.map((f) => [f.form.budgetRange, f.form.indicatorRange])).toEqual(layout.forms.map(([, b, i]) => [b, i]));
    expect(ev.forms.map(figures)).toEqual(layout.forms.map(([spec]) => normal(spec())));
  });

  test.each(LAYOUTS.slice(0, 2).concat(LAYOUTS.slice(3, 4)))('without hints, %s is missed or paired wrongly', (_, layout) => {
    const ev = evaluate(layout.grid());
    const right = ev.forms.length === layout.forms.length && ev.forms.every((f, i) => JSON.stringify(figures(f)) === JSON.stringify(normal(layout.forms[i][0]())));
    expect(right).toBe(false);
  });

  test('a form located through hints names its bound ranges; an automatic one has none', () => {
    const [, layout] = LAYOUTS[6];
    const { forms } = locateForms(layout.grid(), { budget: ['A46:I50'] });
    expect(forms.map((f) => f.hinted)).toEqual([undefined, { budget: 'A46:I50' }]);
    expect(forms.map((f) => f.range)).toEqual(['A1:I22', 'A30:I50']);
  });

  test('a table bound twice is one form', () => {
    const grid = sheet({ form: rearrange(buildForm(A()), { head: 'A1', table: 'A5', budget: 'A17', goal: 'A22' }) });
    const ev = evaluate(grid, { budget: ['A17:I21', 'A16:J21'], indicators: ['A5:I15', 'A5:I15'] });
    expect(ev.forms).toHaveLength(1);
    expect(codesOf(ev.findings)).toEqual([]);
  });

  test('with no hints the result is the same as without the argument', () => {
    const grid = sheet({ form: buildForm(A()) }, { form: buildForm(B()), at: 'A30' });
    expect(locateForms(grid, {})).toEqual(locateForms(grid));
    expect(locateForms(grid, { budget: [], indicators: [] })).toEqual(locateForms(grid));
  });
});

describe('locateForms with hints: the bound range limits the table', () => {
  /** A table without 总分/评分等级 rows, with notes right below its last indicator. */
  const open = () => {
    const b = rearrange(buildForm(A()), { head: 'A1', budget: 'A5', goal: 'A10', table: 'A12' });
    b.rows.splice(20, 2, ['注：', '数据来源于项目台账', '补充', '说明', 1, 2, 3, null, null], ['注2', '其他', '备注', '行', 4, 5, 6, null, null]);
    b.merges = b.merges.filter(([r]) => r < 20);
    return sheet({ form: b });
  };

  test('the indicator rows stop at the bound range’s bottom', () => {
    // the notes below (说明：…) end the table now; the bound range says so as well
    expect(evaluate(open()).forms[0].indicators).toHaveLength(8);
    const bound = evaluate(open(), { budget: ['A5:I9'], indicators: ['A12:I20'] }).forms[0];
    expect(bound.indicators.map((i) => i.row.name)).toEqual(correctSpec().indicators.map((i) => i[2]));
    expect(bound.form.indicatorRange).toBe('A12:I20');
    expect(bound.form.missingColumns).toEqual(['totalRow', 'gradeRow']);
  });

  test('a range ending at 总分 leaves the 评分等级 row out', () => {
    const ev = evaluate(sheet({ form: buildForm(A()) }), { indicators: ['A12:I21'] });
    expect(ev.forms[0].form.grade).toBeNull();
    expect(ev.forms[0].form.missingColumns).toEqual(['gradeRow']);
  });
});

describe('locateForms with hints: BINDING_MISMATCH', () => {
  const odd = () => sheet({ form: rearrange(buildForm(A()), { head: 'A1', table: 'A5', budget: 'A17', goal: 'A22' }) });

  test.each<[string, () => Grid, LocateHints, string[], number]>([
    ['an empty range bound as budget block; the form is found automatically', () => sheet({ form: buildForm(A()) }), { budget: ['A30:H35'] }, ['BINDING_MISMATCH@A30'], 1],
    ['the budget block bound as indicator table: the form is found automatically', () => sheet({ form: buildForm(A()) }), { indicators: ['A5:I9'] }, ['BINDING_MISMATCH@A5'], 1],
    ['the range no longer reaches the header (rows inserted above it): the table takes the block', odd, { budget: ['A18:I22'], indicators: ['A5:I15'] }, ['BINDING_MISMATCH@A18'], 1],
    ['both ranges stale: the odd form is missed again', odd, { budget: ['A40:I44'], indicators: ['A50:I60'] }, ['BINDING_MISMATCH@A40', 'BINDING_MISMATCH@A50', 'FORM_INCOMPLETE@A5', 'FORM_INCOMPLETE@C17'], 0],
  ])('%s', (_, grid, hints, codes, forms) => {
    const ev = evaluate(grid(), hints);
    expect(codesOf(ev.findings)).toEqual(codes);
    expect(ev.forms).toHaveLength(forms);
    for (const f of ev.findings.filter((x) => x.code === 'BINDING_MISMATCH')) expect(f).toMatchObject({ severity: 'warning', sheet: 'S' });
  });

  test('params name the part and the range as A1 without $; an unreadable range has no cell', () => {
    const { findings } = locateForms(sheet({ form: buildForm(A()) }), { budget: ['$A$30:$H$35'], indicators: ['not a range'] });
    expect(findings).toEqual([
      { code: 'BINDING_MISMATCH', severity: 'warning', sheet: 'S', cell: 'A30', params: { part: 'budget', range: 'A30:H35' } },
      { code: 'BINDING_MISMATCH', severity: 'warning', sheet: 'S', cell: null, params: { part: 'indicators', range: 'not a range' } },
    ]);
  });

  test('hints of another sheet do not apply', () => {
    const grid = sheet({ form: buildForm(A()) });
    const ev = evaluateWorkbook([grid], defaultOptions({ hints: { Other: { budget: ['A30:H35'] } } }));
    expect(codesOf(ev.findings)).toEqual([]);
  });
});

test('the fixture workbook: its located parts fed back as hints give the same forms, figures and plan', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(__dirname, '../fixtures/anting-2024.xlsx'));
  const grids = workbookToGrids(wb);
  const plain = evaluateWorkbook(grids, defaultOptions());
  const hints: Record<string, LocateHints> = {};
  for (const { form } of plain.forms) {
    const h = (hints[form.sheet] ??= { budget: [], indicators: [] });
    (h.budget as string[]).push(form.budgetRange);
    (h.indicators as string[]).push(form.indicatorRange);
  }
  const bound = evaluateWorkbook(grids, defaultOptions({ hints }));
  expect(bound.forms.map((f) => f.form.hinted)).toEqual(plain.forms.map((f) => ({ budget: f.form.budgetRange, indicators: f.form.indicatorRange })));
  const strip = (f: FormEvaluation) => ({ ...f.form, hinted: undefined });
  expect(bound.forms.map(strip)).toEqual(plain.forms.map(strip));
  expect(bound.forms.map(figures)).toEqual(plain.forms.map(figures));
  expect(bound.findings).toEqual(plain.findings);
  expect(bound.plan).toEqual(plain.plan);
});
