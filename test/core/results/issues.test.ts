/** 「问题清单」 from an evaluation: one row per finding, errors first, each cell a link, the params as figures; owned like 「绩效自评结果」. */
import {
  evaluateWorkbook, finding, Grid, HEADER_ROW, ISSUES_SHEET, issuesOf, issuesSheetSpec, paramsText, RESULTS_SHEET, SHEET_SIGNATURE, sheetOwnership, SIGNATURE_CELL, SpecCell, WorkbookEvaluation,
} from '../../../src/core';
import { ISSUE_ROWS, issuesGrids } from '../../support/issuesWorkbook';

let grids: Grid[];
let ev: WorkbookEvaluation;

beforeAll(() => {
  grids = issuesGrids();
  ev = evaluateWorkbook(grids);
});

const at = (cells: SpecCell[], a1: string) => cells.find((c) => c.cell === a1);
/** Column letter of each field on the sheet. */
const COL = { index: 'A', sheet: 'B', project: 'C', cell: 'D', severity: 'E', code: 'F', message: 'G', figures: 'H' } as const;
const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as Record<string, string>;

describe('issuesOf', () => {
  test('every finding of the workbook, errors first, then warnings, then notes; within one in sheet order', () => {
    const rows = issuesOf(ev);
    expect(rows).toHaveLength(ev.findings.length);
    expect(rows.map((r) => [r.finding.sheet, r.project, r.finding.cell, r.finding.severity, r.finding.code])).toEqual(ISSUE_ROWS);
  });

  test('findings on the add-in\'s own sheets are left out', () => {
    const own = { sheet: RESULTS_SHEET, forms: [], findings: [finding('SHEET_NOT_READ', RESULTS_SHEET, null)] };
    const withOwn: WorkbookEvaluation = { ...ev, sheets: [...ev.sheets, own], findings: [...ev.findings, ...own.findings] };
    expect(issuesOf(withOwn)).toHaveLength(ev.findings.length);
    expect(issuesOf(withOwn, [])).toHaveLength(ev.findings.length + 1);
  });
});

describe('issuesSheetSpec', () => {
  test('title with the counts, signature, header, one row per finding', () => {
    const spec = issuesSheetSpec(issuesOf(ev));
    expect(spec.name).toBe(ISSUES_SHEET);
    expect(at(spec.cells, 'A1')?.value.text).toMatch(/5.*1.*2.*2/);
    expect(at(spec.cells, SIGNATURE_CELL)?.value.text).toBe(SHEET_SIGNATURE);
    expect(spec.cells.filter((c) => c.style === 'header').map((c) => c.cell)).toEqual(Object.values(COL).map((c) => `${c}${HEADER_ROW}`));
    ISSUE_ROWS.forEach(([sheet, project, , severity, code], i) => {
      const r = HEADER_ROW + 1 + i;
      expect(at(spec.cells, `${COL.index}${r}`)).toMatchObject({ value: { type: 'number', text: String(i + 1) }, style: 'count' });
      expect(at(spec.cells, `${COL.sheet}${r}`)?.value.text).toBe(sheet);
      expect(at(spec.cells, `${COL.project}${r}`)?.value.text ?? null).toBe(project);
      expect(at(spec.cells, `${COL.severity}${r}`)?.value.text).toBe(SEVERITY[severity]);
      expect(at(spec.cells, `${COL.code}${r}`)?.value.text).toBe(code);
      expect(at(spec.cells, `${COL.message}${r}`)?.value.text).toMatch(/\S/);
    });
    expect(spec.cells.some((c) => /^[A-Z]+9$/.test(c.cell))).toBe(false); // 5 rows: 4–8
    expect(spec.frozenRows).toBe(HEADER_ROW);
    expect(spec.chart).toBeNull();
  });

  test('the cell column links to the finding\'s cell; a sheet-level finding links to its sheet\'s A1', () => {
    const spec = issuesSheetSpec(issuesOf(ev));
    expect(at(spec.cells, 'D4')).toMatchObject({ value: { type: 'text', text: 'G20' }, link: { sheet: '甲表', cell: 'G20' } });
    expect(at(spec.cells, 'D7')).toMatchObject({ value: { type: 'text', text: 'G6' }, link: { sheet: '乙表', cell: 'G6' } });
    expect(at(spec.cells, 'D8')?.link).toEqual({ sheet: '丙表', cell: 'A1' });
    expect(spec.cells.filter((c) => c.link).map((c) => c.cell)).toEqual(['D4', 'D5', 'D6', 'D7', 'D8']);
  });

  test('the figures: the params as key=value, exactly as the rule gave them', () => {
    const spec = issuesSheetSpec(issuesOf(ev));
    const pairs = (a1: string) => Object.fromEntries((at(spec.cells, a1)?.value.text ?? '').split('; ').map((p) => p.split('=')));
    expect(pairs('H4')).toEqual({ name: '保障对象满意度', score: '12.00', weight: '10.00' });
    expect(pairs('H5')).toEqual({ field: 'totalScore', computed: '99.95', sheetValue: '90.00' });
    expect(pairs('H7')).toEqual({ field: 'rate', computed: '99.45', sheetValue: '99.44' });
    expect(pairs('H8')).toEqual({ cells: '1' });
  });

  test('paramsText leaves out empty values; a sheet without findings still has its header', () => {
    expect(paramsText({ a: '1.50', b: null, c: '', d: 3 })).toBe('a=1.50; d=3');
    const empty = issuesSheetSpec([]);
    expect(at(empty.cells, 'A1')?.value.text).toMatch(/0/);
    expect(at(empty.cells, `A${HEADER_ROW}`)?.style).toBe('header');
    expect(empty.cells.some((c) => c.style === 'body' || c.style === 'count')).toBe(false);
  });

  test('print setup: A4 landscape, the title, signature and header rows on every page, one page wide', () => {
    expect(issuesSheetSpec(issuesOf(ev)).print).toEqual({ paper: 'A4', orientation: 'landscape', titleRows: HEADER_ROW, fitToWidth: true });
  });
});

describe('ownership of 「问题清单」', () => {
  const spec = issuesSheetSpec([]);
  test.each<[string, Grid[], string]>([
    ['absent', [], 'absent'],
    ['ours', [{ sheet: ISSUES_SHEET, origin: 'A1', values: [['问题清单（旧）'], [SHEET_SIGNATURE]], merges: [] }], 'ours'],
    ['the user\'s', [{ sheet: ISSUES_SHEET, origin: 'A1', values: [['我的问题记录'], ['张三负责']], merges: [] }], 'foreign'],
    ['another sheet\'s signature does not count', [{ sheet: '别的表', origin: 'A1', values: [[null], [SHEET_SIGNATURE]], merges: [] }], 'absent'],
  ])('%s', (_name, g, expected) => {
    expect(sheetOwnership(g, spec)).toBe(expected);
  });
});
