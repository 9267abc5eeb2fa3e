/**
 * The 项目支出汇总表 cross-check on the fixture (clean) and on copies of its grids with planted
 * defects, moved, re-headed or beside other content. Codes, cells and figures only, never wording.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { workbookToGrids } from '../support/exceljsGrids';
import { defaultOptions, evaluateWorkbook, WorkbookEvaluation } from '../../src/core/evaluate';
import { Finding } from '../../src/core/findings';
import { CellValue, Grid } from '../../src/core/grid';
import { fileReport } from '../../src/core/report';
import { crossCheckSummaries } from '../../src/core/summary/crossCheck';
import { cellOf, cloneGrid, insertRow, removeRow, setCell, shiftGrid, withOrigin } from '../support/buildSummary';

const SUMMARY = '项目支出汇总表';
const CROSS = new Set(['SUMMARY_MISMATCH', 'SUMMARY_ROW_WITHOUT_FORM', 'FORM_MISSING_FROM_SUMMARY']);

let fixture: Grid[];

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(__dirname, '..', 'fixtures', 'anting-2024.xlsx'));
  fixture = workbookToGrids(wb);
});

/** Fresh copies of the fixture's grids, the summary sheet changed by `edit`. */
function workbook(edit: (summary: Grid) => Grid = (g) => g): Grid[] {
  const [summary, ...forms] = fixture.map(cloneGrid);
  return [edit(summary), ...forms];
}

const evaluate = (grids: Grid[], o = defaultOptions()) => evaluateWorkbook(grids, o);
/** Findings of the cross-check and any on the summary sheet, as code@sheet!cell. */
const crossOf = (ev: WorkbookEvaluation) => ev.findings.filter((f) => CROSS.has(f.code) || f.sheet === SUMMARY).map(at);
const at = (f: Finding) => `${f.code}@${f.sheet}!${f.cell}`;
const formFindings = (ev: WorkbookEvaluation) => ev.findings.filter((f) => !CROSS.has(f.code) && f.sheet !== SUMMARY).map(at);

describe('the fixture', () => {
  test('one summary table A2:I10, header A2:I3, columns as verified, 单位 in column B', () => {
    const ev = evaluate(workbook());
    expect(ev.summaries).toHaveLength(1);
    const { table } = ev.summaries![0];
    expect([table.sheet, table.range, table.headerRange, table.unitColumn, table.projectColumn, table.totalRow]).toEqual([SUMMARY, 'A2:I10', 'A2:I3', 1, 2, null]);
    expect(table.columns.map((c) => `${c.headerCell}:${c.col}:${c.measure}/${c.fund}`)).toEqual([
      'D2:3:executed/total', 'E2:4:initial/current', 'E2:5:initial/carry', 'E2:6:initial/other', 'H2:7:annual/current', 'H2:8:annual/carry',
    ]);
    expect(table.rows.map((r) => [r.projectCell, r.unit])).toEqual([4, 5, 6, 7, 8, 9, 10].map((n) => [`C${n}`, '上海市嘉定区安亭镇城市运行管理中心']));
  });

  test('every row matches the form of its project, in order; the cross-check adds no finding', () => {
    const ev = evaluate(workbook());
    const matches = ev.summaries![0].matches;
    expect(matches.map((m) => m.form?.form.sheet)).toEqual(fixture.slice(1).map((g) => g.sheet));
    expect(matches.map((m) => m.form)).toEqual(ev.forms);
    expect(ev.findings.filter((f) => CROSS.has(f.code) || f.sheet === SUMMARY)).toEqual([]);
    expect(ev.findings).toEqual(evaluate(workbook(), defaultOptions({ summaryCheck: false })).findings);
  });

  test('forms are located as without the cross-check', () => {
    const ev = evaluate(workbook());
    const off = evaluate(workbook(), defaultOptions({ summaryCheck: false }));
    expect(ev.forms.map((f) => [f.form.sheet, f.form.range])).toEqual(off.forms.map((f) => [f.form.sheet, f.form.range]));
    expect(off.summaries).toEqual([]);
  });
});

// Summary cells of the fixture and the form cell holding the same figure (total row 6, current 7,
// carry 8, other 9; 年初预算数 C, 全年预算数 D, 全年执行数 E).
describe.each<[string, CellValue, string | null, string, string, string, string, string]>([
  // summary cell, planted value, summary figure, form figure, form sheet, form cell, measure, fund
  ['D4', 758, '758.00', '758.02', '安亭城运日常运行费用', 'E6', 'executed', 'total'],
  ['D4', 758.025, '758.03', '758.02', '安亭城运日常运行费用', 'E6', 'executed', 'total'],
  ['E7', 3369.88, '3369.88', '3369.87', '联勤队伍组建', 'C7', 'initial', 'current'],
  ['G7', 0, '0.00', '345.29', '联勤队伍组建', 'C9', 'initial', 'other'],
  ['G7', null, null, '345.29', '联勤队伍组建', 'C9', 'initial', 'other'],
  ['E4', '-', null, '752.94', '安亭城运日常运行费用', 'C7', 'initial', 'current'],
  ['H5', 75.1, '75.10', '75.00', '一网统管网格案件应急处置费', 'D7', 'annual', 'current'],
  ['I10', 13.7, '13.70', '0.00', '安亭镇城市运行一网统管平台+安亭镇城运分中心平台开发建设', 'D8', 'annual', 'carry'],
])('%s = %p', (cell, value, summary, form, formSheet, formCell, measure, fund) => {
  test('SUMMARY_MISMATCH at the summary cell with both figures, nothing else', () => {
    const ev = evaluate(workbook((g) => (setCell(g, cell, value), g)));
    expect(crossOf(ev)).toEqual([`SUMMARY_MISMATCH@${SUMMARY}!${cell}`]);
    const f = ev.findings.find((x) => x.code === 'SUMMARY_MISMATCH') as Finding;
    expect(f.severity).toBe('error');
    expect(f.params).toEqual({ project: cellOf(fixture[0], `C${cell.slice(1)}`), measure, fund, summary, form, formSheet, formCell });
  });
});

describe.each<[string, string, CellValue, string[]]>([
  ['a figure within half a cent', 'D4', 758.024, []],
  ['a blank cell for a form figure of 0', 'F6', null, []],
  ['a placeholder for a form figure of 0', 'I8', '—', []],
  ['text that is a number (recovered, info)', 'D4', '７５８．０２', ['VALUE_RECOVERED@项目支出汇总表!D4']],
  ['thousands separators and spaces', 'H7', '4, 514. 45', ['VALUE_RECOVERED@项目支出汇总表!H7']],
  ['text that is no number', 'D4', '758. ()2', ['VALUE_NOT_NUMBER@项目支出汇总表!D4']],
  ['an Excel error value', 'D4', { error: '#N/A' }, ['CELL_ERROR@项目支出汇总表!D4']],
])('%s (%s = %p)', (_name, cell, value, expected) => {
  test('no SUMMARY_MISMATCH; the cell read as a form figure would be', () => {
    const ev = evaluate(workbook((g) => (setCell(g, cell, value), g)));
    expect(crossOf(ev)).toEqual(expected);
  });
});

describe('the form\'s side', () => {
  /** The fixture with one form cell changed (sheet index i of the fixture) and one summary cell. */
  const run = (i: number, formCell: string, formValue: CellValue, summaryCell: string, summaryValue: CellValue) => {
    const grids = workbook((g) => (setCell(g, summaryCell, summaryValue), g));
    setCell(grids[i], formCell, formValue);
    return evaluate(grids);
  };

  test('a blank form amount is 0: the summary\'s 0 agrees, its 1 does not', () => {
    expect(crossOf(run(4, 'C8', null, 'F7', 0))).toEqual([]);
    const ev = run(4, 'C8', null, 'F7', 1);
    expect(crossOf(ev)).toEqual([`SUMMARY_MISMATCH@${SUMMARY}!F7`]);
    expect(ev.findings.find((f) => f.code === 'SUMMARY_MISMATCH')?.params).toMatchObject({ summary: '1.00', form: '0.00', formCell: 'C8' });
  });

  test('a form amount that cannot be read is reported on the form only, not compared', () => {
    const ev = run(1, 'E6', '758. ()2', 'D4', 1);
    expect(crossOf(ev)).toEqual([]);
    expect(ev.findings.filter((f) => f.code === 'VALUE_NOT_NUMBER').map(at)).toEqual(['VALUE_NOT_NUMBER@安亭城运日常运行费用!E6']);
  });
});

describe('rows and forms without their partner', () => {
  test('a project removed from the summary: FORM_MISSING_FROM_SUMMARY at that form\'s project cell', () => {
    const ev = evaluate(workbook((g) => removeRow(g, 8)));
    expect(crossOf(ev)).toEqual(['FORM_MISSING_FROM_SUMMARY@司法调解员费!C3']);
    expect(ev.findings.find((f) => f.code === 'FORM_MISSING_FROM_SUMMARY')?.params.project).toBe('其他专项工作经费(司法调解员费)');
    expect(ev.summaries![0].matches).toHaveLength(6);
  });

  test('a 部门整体支出 form not in the summary is no missing project; a project form beside it still is', () => {
    const ev = evaluate(workbook((g) => removeRow(removeRow(g, 8), 7)));
    expect(crossOf(ev)).toEqual(['FORM_MISSING_FROM_SUMMARY@联勤队伍组建!C3', 'FORM_MISSING_FROM_SUMMARY@司法调解员费!C3']);
    // the locator does not tell the kind yet: the same forms, one of them a department's form
    const forms = ev.forms.map((fe) => (fe.form.sheet === '司法调解员费' ? { ...fe, form: { ...fe.form, kind: 'department' as const } } : fe));
    const { findings } = crossCheckSummaries(ev.summaries!.map((x) => x.table), forms);
    expect(findings.map(at)).toEqual(['FORM_MISSING_FROM_SUMMARY@联勤队伍组建!C3']);
    // listed anyway, it is still compared
    const listed = crossCheckSummaries(evaluate(workbook()).summaries!.map((x) => x.table), forms);
    expect(listed.findings).toEqual([]);
    expect(listed.checks[0].matches.map((m) => m.form?.form.kind)).toContain('department');
  });

  test('an extra project in the summary: SUMMARY_ROW_WITHOUT_FORM at its name cell, its figures unchecked', () => {
    const ev = evaluate(workbook((g) => insertRow(g, 11, [8, '上海市嘉定区安亭镇城市运行管理中心', '其他专项工作经费(不存在的项目)', 1, 2, 3, 4, 5, 6])));
    expect(crossOf(ev)).toEqual(['SUMMARY_ROW_WITHOUT_FORM@项目支出汇总表!C11']);
    expect(ev.summaries![0].matches.map((m) => m.form === null)).toEqual([false, false, false, false, false, false, false, true]);
  });

  test('a form without any summary in the workbook: no FORM_MISSING_FROM_SUMMARY', () => {
    const ev = evaluate(workbook().slice(1));
    expect(ev.summaries).toEqual([]);
    expect(ev.findings.filter((f) => CROSS.has(f.code))).toEqual([]);
  });

  test('a project renamed for real: the row has no form and the form is missing', () => {
    const ev = evaluate(workbook((g) => (setCell(g, 'C4', '其他专项工作经费(安亭城运日常运行)'), g)));
    expect(crossOf(ev)).toEqual(['SUMMARY_ROW_WITHOUT_FORM@项目支出汇总表!C4', 'FORM_MISSING_FROM_SUMMARY@安亭城运日常运行费用!C3']);
  });

  test('two forms of one project name: matched in order, one per row; a second copy not listed is missing', () => {
    const copy = { ...cloneGrid(fixture[1]), sheet: '副本' };
    setCell(copy, 'E6', 1); // a different figure: proves which form the second row is matched to
    const twice = evaluate([...workbook((g) => insertRow(g, 5, cloneGrid(fixture[0]).values[3])), copy]);
    expect(twice.summaries![0].matches.slice(0, 2).map((m) => m.form?.form.sheet)).toEqual(['安亭城运日常运行费用', '副本']);
    expect(crossOf(twice)).toEqual([`SUMMARY_MISMATCH@${SUMMARY}!D5`]);
    const once = evaluate([...workbook(), copy]);
    expect(crossOf(once)).toEqual(['FORM_MISSING_FROM_SUMMARY@副本!C3']);
  });

  test('two forms of one project name in different units: each row takes the form of its 单位', () => {
    const other = { ...cloneGrid(fixture[1]), sheet: '别的单位' };
    setCell(other, 'G4', '上海市嘉定区安亭镇另一单位');
    const ev = evaluate([...workbook((g) => insertRow(g, 4, [0, '上海市嘉定区安亭镇另一单位', ...cloneGrid(fixture[0]).values[3].slice(2)])), other]);
    expect(ev.summaries![0].matches.slice(0, 2).map((m) => m.form?.form.sheet)).toEqual(['别的单位', '安亭城运日常运行费用']);
    expect(crossOf(ev)).toEqual([]);
  });
});

describe.each<[string, string]>([
  ['full-width brackets', '其他专项工作经费（安亭城运日常运行费用）'],
  ['spaces and a line break', ' 其他专项工作经费 \n(安亭城运 日常运行费用)\u3000'],
  ['【】 and a trailing 。', '其他专项工作经费【安亭城运日常运行费用】。'],
  ['〔〕 and a trailing ；', '其他专项工作经费〔安亭城运日常运行费用〕；'],
  ['[] and a trailing :', '其他专项工作经费[安亭城运日常运行费用]:'],
  ['full-width letters and signs', '信息化项目建设（安亭镇城市运行一网统管平台＋安亭镇城运分中心平台开发建设）'],
])('project name with %s', (_name, name) => {
  test('still matched: clean', () => {
    const row = name.startsWith('信息化') ? 10 : 4;
    const ev = evaluate(workbook((g) => (setCell(g, `C${row}`, name), g)));
    expect(crossOf(ev)).toEqual([]);
    expect(ev.summaries![0].matches.every((m) => m.form !== null)).toBe(true);
  });
});

describe('where the table stands', () => {
  const notes = (g: Grid) => {
    setCell(g, 'A1', '附件2');
    setCell(g, 'A2', '说明：金额单位为万元，执行数以决算为准。');
    setCell(g, 'A3', '项目支出汇总表说明');
    setCell(g, 'M6', '备注：以上项目均已完成自评。');
    setCell(g, 'C16', '制表人：张三');
    return g;
  };

  test.each<[string, string, string, (g: Grid) => Grid]>([
    ['moved to C5 with notes around it', 'C6:K14', 'F8', (g) => notes(shiftGrid(g, 4, 2))],
    ['a used range starting at C5 (origin C5)', 'C6:K14', 'F8', (g) => withOrigin(g, 'C5')],
  ])('%s: found at %s, clean; a planted mismatch is found at %s', (_name, range, planted, move) => {
    const ev = evaluate(workbook(move));
    expect(ev.summaries!.map((s) => s.table.range)).toEqual([range]);
    expect(crossOf(ev)).toEqual([]);
    const bad = evaluate(workbook((g) => {
      const moved = move(g);
      setCell(moved, planted, 1); // D4 of the fixture
      return moved;
    }));
    expect(crossOf(bad)).toEqual([`SUMMARY_MISMATCH@${SUMMARY}!${planted}`]);
  });

  test('below a form on the form\'s own sheet: the form is still located, the summary checked', () => {
    const [summary, first, ...rest] = workbook();
    const sheet = cloneGrid(first);
    const below = shiftGrid(summary, 30, 0);
    below.values.slice(30).forEach((r, i) => r.forEach((v, j) => setCell(sheet, `${String.fromCharCode(65 + j)}${31 + i}`, v)));
    sheet.merges.push(...below.merges);
    const ev = evaluate([sheet, ...rest]);
    expect(ev.forms.map((f) => [f.form.sheet, f.form.range])).toEqual(evaluate(workbook()).forms.map((f) => [f.form.sheet, f.form.range]));
    expect(ev.summaries!.map((s) => [s.table.sheet, s.table.range])).toEqual([[first.sheet, 'A32:I40']]);
    expect(crossOf(ev)).toEqual([]);
    expect(formFindings(ev)).toEqual(formFindings(evaluate(workbook())));
  });
});
