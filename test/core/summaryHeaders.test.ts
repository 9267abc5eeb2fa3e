/**
 * Summary tables written differently from the fixture's (labels, extra or missing columns, a 合计
 * row, flat or fund-first headers), the add-in's own results sheet, project-name keys and the
 * SPEC §6 report. Codes, cells and figures only.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { workbookToGrids } from '../support/exceljsGrids';
import { defaultOptions, evaluateWorkbook, WorkbookEvaluation } from '../../src/core/evaluate';
import { Finding } from '../../src/core/findings';
import { CellValue, Grid } from '../../src/core/grid';
import { locateForms } from '../../src/core/locate/locate';
import { fileReport } from '../../src/core/report';
import { checkSummaries } from '../../src/core/summary/crossCheck';
import { normalizeProjectName } from '../../src/core/summary/projectName';
import { isResultsSheet, locateSummaries } from '../../src/core/summary/locateSummary';
import { cloneGrid, insertRow, removeColumn, setCell } from '../support/buildSummary';

const dir = path.join(__dirname, '..', 'fixtures');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const data = require(path.join(dir, 'anting-2024.json')) as { projects: { name: string; funds: Record<'total' | 'current' | 'carry' | 'other', number[]> }[] };
const CROSS = new Set(['SUMMARY_MISMATCH', 'SUMMARY_ROW_WITHOUT_FORM', 'FORM_MISSING_FROM_SUMMARY']);

let fixture: Grid[];
beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'anting-2024.xlsx'));
  fixture = workbookToGrids(wb);
});

const forms = () => fixture.slice(1).map(cloneGrid);
const at = (f: Finding) => `${f.code}@${f.sheet}!${f.cell}`;
/** Cross-check findings and every finding on the given summary sheets. */
const crossOf = (ev: WorkbookEvaluation, ...sheets: string[]) => ev.findings.filter((f) => CROSS.has(f.code) || sheets.includes(f.sheet)).map(at);
const columnsOf = (ev: WorkbookEvaluation, i = 0) => ev.summaries![i].table.columns.map((c) => `${c.col}:${c.measure}/${c.fund}`);
const FIXTURE_COLUMNS = ['3:executed/total', '4:initial/current', '5:initial/carry', '6:initial/other', '7:annual/current', '8:annual/carry'];

/** The fixture's summary with edits. */
function edited(edit: (g: Grid) => Grid | void): Grid[] {
  const g = cloneGrid(fixture[0]);
  return [edit(g) ?? g, ...forms()];
}

describe('header variants of the fixture summary', () => {
  test('line breaks, spaces, full-width brackets and units inside the labels: same columns, clean', () => {
    const ev = evaluateWorkbook(edited((g) => {
      setCell(g, 'C2', '项目\n名称');
      setCell(g, 'D2', '财政提供\n预算金额（万元）');
      setCell(g, 'E2', '年初\n预算数');
      setCell(g, 'E3', '其中：当年\n财政拨款');
      setCell(g, 'F3', '上年结转\u3000资金');
      setCell(g, 'H2', '调整后预算数（万元）');
      setCell(g, 'H3', '当年财政拨款');
    }));
    expect(columnsOf(ev)).toEqual(FIXTURE_COLUMNS);
    expect(crossOf(ev, fixture[0].sheet)).toEqual([]);
  });

  test('调整后预算数 with 其他资金 (J): read as annual/other, clean; a wrong figure there is a mismatch', () => {
    const withOther = (jValue?: [number, CellValue]) => edited((g) => {
      g.merges = g.merges.map((m) => (m === 'H2:I2' ? 'H2:J2' : m));
      setCell(g, 'J3', '其他资金');
      data.projects.forEach((p, i) => setCell(g, `J${4 + i}`, p.funds.other[1]));
      if (jValue) setCell(g, `J${jValue[0]}`, jValue[1]);
    });
    const ev = evaluateWorkbook(withOther());
    expect(columnsOf(ev)).toEqual([...FIXTURE_COLUMNS, '9:annual/other']);
    expect(crossOf(ev, fixture[0].sheet)).toEqual([]);
    const bad = evaluateWorkbook(withOther([7, 0]));
    expect(crossOf(bad, fixture[0].sheet)).toEqual(['SUMMARY_MISMATCH@项目支出汇总表!J7']);
    expect(bad.findings.find((f) => f.code === 'SUMMARY_MISMATCH')?.params).toMatchObject({ measure: 'annual', fund: 'other', summary: '0.00', form: '345.29', formSheet: '联勤队伍组建', formCell: 'D9' });
  });

  test.each<[string, CellValue[]]>([
    ['合计 in the 项目名称 column', [null, null, '合计', 6287.41, 4221.71, 0, 345.29, 5983.38, 0]],
    ['合计 in the 序号 column', ['合计', null, null, 6287.41, 4221.71, 0, 345.29, 5983.38, 0]],
    ['总　计 with spaces', [null, null, '总　计', 1, 1, 1, 1, 1, 1]],
  ])('a total row at the bottom (%s): not a project, the table ends there', (_name, row) => {
    const ev = evaluateWorkbook(edited((g) => insertRow(g, 11, row)));
    const { table } = ev.summaries![0];
    expect([table.range, table.rows.length, table.totalRow]).toEqual(['A2:I11', 7, 10]);
    expect(crossOf(ev, fixture[0].sheet)).toEqual([]);
  });

  test('a 栏次 row (1, 2, 3 …) under the header is no project', () => {
    const ev = evaluateWorkbook(edited((g) => insertRow(g, 4, ['栏次', null, 1, 2, 3, 4, 5, 6, 7])));
    expect(ev.summaries![0].table.rows.map((r) => r.projectCell)).toEqual([5, 6, 7, 8, 9, 10, 11].map((n) => `C${n}`));
    expect(crossOf(ev, fixture[0].sheet)).toEqual([]);
  });

  test('no 单位 column: unit null, clean; a planted mismatch is found in the moved column', () => {
    const ev = evaluateWorkbook(edited((g) => removeColumn(g, 1)));
    const { table } = ev.summaries![0];
    expect([table.unitColumn, table.projectColumn, table.range]).toEqual([null, 1, 'A2:H10']);
    expect(table.rows.map((r) => r.unit)).toEqual(new Array(7).fill(null));
    expect(crossOf(ev, fixture[0].sheet)).toEqual([]);
    const bad = evaluateWorkbook(edited((g) => {
      const h = removeColumn(g, 1);
      setCell(h, 'C4', 1);
      return h;
    }));
    expect(crossOf(bad, fixture[0].sheet)).toEqual(['SUMMARY_MISMATCH@项目支出汇总表!C4']);
  });
});

/** A summary from anting-2024.json: a flat one-row header, or fund groups over measures. */
function flatSummary(withTotal: boolean): Grid {
  const values: CellValue[][] = [
    ['2024年度项目支出汇总表'],
    ['序号', '项目名称', '年初预算数', '全年预算数', '全年执行数', '执行率(%)'],
    ...data.projects.map((p, i): CellValue[] => [i + 1, p.name, ...p.funds.total, null]),
  ];
  if (withTotal) values.push(['合计', null, 1, 2, 3, null]);
  return { sheet: '汇总', origin: 'A1', values, merges: [] };
}

function fundFirstSummary(): Grid {
  const values: CellValue[][] = [
    ['序号', '项目名称', '年度资金总额', null, null, '当年财政拨款', null, null],
    [null, null, '年初预算数', '全年预算数', '全年执行数', '年初预算数', '全年预算数', '全年执行数'],
    ...data.projects.map((p, i): CellValue[] => [i + 1, p.name, ...p.funds.total, ...p.funds.current]),
  ];
  return { sheet: '汇总', origin: 'A1', values, merges: ['C1:E1', 'F1:H1'] };
}

describe('other layouts', () => {
  test('a flat header that reads like a budget block, with a 合计 row: a summary, not a half form', () => {
    const grid = flatSummary(true);
    // Without the summary, the locator would take the header for a form missing its indicators.
    expect(locateForms(grid).findings.map((f) => f.code)).toEqual(['FORM_INCOMPLETE']);
    const ev = evaluateWorkbook([grid, ...forms()]);
    expect(columnsOf(ev)).toEqual(['2:initial/total', '3:annual/total', '4:executed/total']);
    expect([ev.summaries![0].table.headerRange, ev.summaries![0].table.totalRow]).toEqual(['A2:E2', 9]);
    expect(ev.sheets[0].findings).toEqual([]);
    expect(crossOf(ev, '汇总')).toEqual([]);
  });

  test('a flat header: a planted mismatch is found', () => {
    const grid = flatSummary(false);
    setCell(grid, 'E5', 99.37);
    expect(crossOf(evaluateWorkbook([grid, ...forms()]), '汇总')).toEqual(['SUMMARY_MISMATCH@汇总!E5']);
  });

  test('fund groups over measure sub-headers (项目名称 not merged down)', () => {
    const ev = evaluateWorkbook([fundFirstSummary(), ...forms()]);
    expect(columnsOf(ev)).toEqual(['2:initial/total', '3:annual/total', '4:executed/total', '5:initial/current', '6:annual/current', '7:executed/current']);
    expect(ev.summaries![0].table.rows[0].projectCell).toBe('B3');
    expect(crossOf(ev, '汇总')).toEqual([]);
  });

  test('a 项目名称 without any figure column is no summary', () => {
    const grid: Grid = { sheet: '名单', origin: 'A1', values: [['序号', '项目名称', '负责人'], [1, data.projects[0].name, '张三']], merges: [] };
    expect(locateSummaries(grid)).toEqual([]);
    expect(evaluateWorkbook([grid, ...forms()]).findings.filter((f) => CROSS.has(f.code))).toEqual([]);
  });

  test('the forms themselves hold no summary table', () => {
    expect(forms().flatMap((g) => locateSummaries(g))).toEqual([]);
  });
});

describe('the add-in\'s results sheet', () => {
  const RESULTS = '绩效自评结果';
  /** A results-like table whose figures differ from the forms' (a summary would give mismatches). */
  function results(a2: string): Grid {
    return {
      sheet: RESULTS,
      origin: 'A1',
      values: [
        ['绩效自评结果'],
        [a2],
        [],
        ['项目名称', '全年预算数', '全年执行数', '执行率', '总分', '评分等级'],
        ...data.projects.map((p): CellValue[] => [p.name, 0, 0, 0, 0, '差']),
        ['另一个项目', 1, 1, 100, 100, '优'],
      ],
      merges: ['A1:F1', 'A2:F2'],
    };
  }
  const SIGNED = '由「绩效自评助手」生成于 2025-03-01 09:30，请勿手工修改';

  test.each<[string, string, string[] | undefined, number]>([
    ['signed in A2: skipped', SIGNED, undefined, 1],
    ['signed in A2 after spaces: skipped', `  ${SIGNED}`, undefined, 1],
    ['not signed, named in ignoreSummarySheets: skipped', '说明', [RESULTS], 1],
    ['not signed, not named: taken for a summary', '说明', undefined, 2],
  ])('%s', (_name, a2, ignore, tables) => {
    const ev = evaluateWorkbook([...fixture.map(cloneGrid), results(a2)], defaultOptions({ ignoreSummarySheets: ignore }));
    expect(ev.summaries).toHaveLength(tables);
    const onResults = ev.findings.filter((f) => f.sheet === RESULTS).map((f) => f.code);
    if (tables === 1) expect(onResults).toEqual([]);
    else expect(onResults).toEqual([...new Array(14).fill('SUMMARY_MISMATCH'), 'SUMMARY_ROW_WITHOUT_FORM']);
  });

  test.each<[string, CellValue, boolean]>([
    ['the signature', SIGNED, true],
    ['another text', '说明：' + SIGNED, false],
    ['a number', 1, false],
  ])('isResultsSheet with %s in A2', (_name, a2, expected) => {
    expect(isResultsSheet(results(typeof a2 === 'string' ? a2 : ''))).toBe(typeof a2 === 'string' && expected);
    const g = results('');
    g.values[1] = [a2];
    expect(isResultsSheet(g)).toBe(expected);
  });
});

describe('normalizeProjectName', () => {
  test.each<[string, string]>([
    ['其他专项工作经费（安亭城运日常运行费用）', '其他专项工作经费(安亭城运日常运行费用)'],
    [' 其他专项工作经费\n(安亭 城运)\u3000', '其他专项工作经费(安亭城运)'],
    ['项目【一期】〔二〕[三]', '项目(一期)(二)(三)'],
    ['项目。', '项目'],
    ['项目．；:', '项目'],
    ['ＡＢＣ１２３项目', 'ABC123项目'],
    ['项目(一期),二期', '项目(一期),二期'],
  ])('%p → %p', (name, key) => {
    expect(normalizeProjectName(name)).toBe(key);
  });
});

describe('SPEC §6 report', () => {
  test('cross-check findings are the file\'s (sheet-level) findings, not a form\'s', () => {
    const grids = fixture.map(cloneGrid);
    setCell(grids[0], 'D4', 758);
    grids.splice(6, 1); // the form of 封闭式住宅小区智能安防设施二期 (summary row 9) is left out
    const r = fileReport('x.xlsx', evaluateWorkbook(grids), 'zh-CN');
    expect(r.findings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([
      ['SUMMARY_MISMATCH', 'error', '项目支出汇总表', 'D4'],
      ['SUMMARY_ROW_WITHOUT_FORM', 'warning', '项目支出汇总表', 'C9'],
    ]);
    expect(r.findings[0].params).toMatchObject({ summary: '758.00', form: '758.02', formSheet: '安亭城运日常运行费用', formCell: 'E6' });
    expect(r.forms.flatMap((f) => f.findings).filter((f) => CROSS.has(f.code))).toEqual([]);
  });
});

describe('checkSummaries: a workbook evaluated in parts', () => {
  test('the parts without the cross-check, then checkSummaries over all grids and forms: the same findings', () => {
    const grids = fixture.map(cloneGrid);
    setCell(grids[0], 'D4', 758);
    const whole = evaluateWorkbook(grids);
    const off = defaultOptions({ summaryCheck: false });
    const parts = [evaluateWorkbook(grids.slice(0, 3), off), evaluateWorkbook(grids.slice(3), off)];
    expect(parts.flatMap((p) => p.findings).filter((f) => CROSS.has(f.code))).toEqual([]);
    const cross = checkSummaries(grids, parts.flatMap((p) => p.forms), off);
    expect(cross.findings.map(at)).toEqual(whole.findings.filter((f) => CROSS.has(f.code)).map(at));
    expect(cross.findings.map(at)).toEqual(['SUMMARY_MISMATCH@项目支出汇总表!D4']);
  });
});
