/**
 * The fixture test/fixtures/anting-2024.xlsx, scanned without the engine: where each form's rows
 * are (ExcelJS 1-based rows/columns) and, from anting-2024.expected.json, what it must compute.
 */
import ExcelJS from 'exceljs';
import type { Workbook, Worksheet } from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { addr } from './cells';
import { FUND_KINDS, FundKindName } from './manifest';

export const FIXTURE_XLSX = path.join(__dirname, '..', 'fixtures', 'anting-2024.xlsx');
const FIXTURE_EXPECTED = path.join(__dirname, '..', 'fixtures', 'anting-2024.expected.json');

interface FixtureExpected {
  sheet: string;
  project: string;
  rate: string;
  budgetScore: string;
  totalScore: string;
  grade: string;
  sourceRates: Record<'current' | 'carry' | 'other', string>;
}

/** One form sheet of the fixture: where its rows are and what it must compute. */
export interface FixtureForm {
  /** Index of the worksheet in the fixture workbook. */
  index: number;
  sheet: string;
  project: string;
  lastRow: number;
  lastCol: number;
  budgetHeaderRow: number;
  fundRow: Record<FundKindName, number>;
  indicatorHeaderRow: number;
  totalRow: number;
  gradeRow: number;
  indicatorCount: number;
  expected: { rates: Record<FundKindName, string>; budgetScore: string; totalScore: string; grade: string };
}

export async function loadFixture(): Promise<Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(FIXTURE_XLSX);
  return wb;
}

function text(ws: Worksheet, row: number, col: number): string {
  const v = ws.getCell(row, col).value;
  return typeof v === 'string' ? v : '';
}

export function scanFixture(wb: Workbook): FixtureForm[] {
  const expected = JSON.parse(fs.readFileSync(FIXTURE_EXPECTED, 'utf8'))['anting-2024.xlsx'] as FixtureExpected[];
  const out: FixtureForm[] = [];
  wb.worksheets.forEach((ws, index) => {
    const exp = expected.find((e) => e.sheet === ws.name);
    if (!exp) return; // the summary sheet
    const fundRow: Partial<Record<FundKindName, number>> = {};
    let budgetHeaderRow = 0;
    let indicatorHeaderRow = 0;
    let totalRow = 0;
    let gradeRow = 0;
    for (let r = 1; r <= ws.rowCount; r++) {
      const a = text(ws, r, 1);
      const b = text(ws, r, 2);
      if (text(ws, r, 3) === '年初预算数') budgetHeaderRow = r;
      if (b === '年度资金总额') fundRow.total = r;
      else if (b.includes('财政拨款')) fundRow.current = r;
      else if (b === '上年结转资金') fundRow.carry = r;
      else if (b === '其他资金') fundRow.other = r;
      if (a === '一级指标') indicatorHeaderRow = r;
      if (a === '总分') totalRow = r;
      if (a === '评分等级') gradeRow = r;
    }
    if (!budgetHeaderRow || !indicatorHeaderRow || !totalRow || !gradeRow || FUND_KINDS.some((k) => !fundRow[k])) {
      throw new Error(`fixture sheet ${ws.name} does not have the expected layout`);
    }
    out.push({
      index,
      sheet: ws.name,
      project: exp.project,
      lastRow: gradeRow,
      lastCol: 9,
      budgetHeaderRow,
      fundRow: fundRow as Record<FundKindName, number>,
      indicatorHeaderRow,
      totalRow,
      gradeRow,
      indicatorCount: totalRow - indicatorHeaderRow - 1,
      expected: {
        rates: { total: exp.rate, ...exp.sourceRates },
        budgetScore: exp.budgetScore,
        totalScore: exp.totalScore,
        grade: exp.grade,
      },
    });
  });
  return out;
}

/** Output cells of a fixture form, in fixture coordinates. */
export function outputCells(ff: FixtureForm): { cell: string; expected: string; kind: 'figure' | 'grade' }[] {
  return [
    ...FUND_KINDS.map((k) => ({ cell: addr(ff.fundRow[k], 7), expected: ff.expected.rates[k], kind: 'figure' as const })),
    { cell: addr(ff.fundRow.total, 8), expected: ff.expected.budgetScore, kind: 'figure' },
    { cell: addr(ff.totalRow, 7), expected: ff.expected.totalScore, kind: 'figure' },
    { cell: addr(ff.gradeRow, 3), expected: ff.expected.grade, kind: 'grade' },
  ];
}

/** The cells of column `col` in the four fund rows (年度资金总额, 财政拨款, 上年结转, 其他). */
export function fundCells(ff: FixtureForm, col: number): string[] {
  return FUND_KINDS.map((k) => addr(ff.fundRow[k], col));
}
