/**
 * Variant workbooks for end-to-end checks of the engine (and later of the `jixiao` CLI).
 *
 * Every variant starts from the real fixture test/fixtures/anting-2024.xlsx and is either mutated
 * in place (labels, OCR text, formulas, blanks, protection) or re-laid out into a new workbook
 * (offsets, stacking, garbage sheets, a huge sheet) by copying values, styles, merges, column
 * widths and row heights. Each variant comes with a manifest of what a correct engine finds.
 *
 * The expectations are derived independently of the engine: figures come from
 * anting-2024.expected.json, output-cell positions from a plain scan of the fixture sheets, and
 * the findings/plan of an untouched form from comparing its published output cells with the
 * expected figures (a published figure off by ≤ 0.01 is ROUNDING_DIFF, more is STALE_VALUE).
 *
 * Deterministic: noise comes from a seeded PRNG; nothing depends on the clock.
 */
import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import type { CellValue as XValue, Workbook, Worksheet } from 'exceljs';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

export const FIXTURE_XLSX = path.join(__dirname, '..', 'fixtures', 'anting-2024.xlsx');
const FIXTURE_EXPECTED = path.join(__dirname, '..', 'fixtures', 'anting-2024.expected.json');

export type FundKindName = 'total' | 'current' | 'carry' | 'other';
export const FUND_KINDS: readonly FundKindName[] = ['total', 'current', 'carry', 'other'];

/** One finding the engine must report (no more, no fewer: the list is exact). */
export interface ExpectedFinding {
  code: string;
  sheet: string;
  /** A1 address, or null for a sheet-level finding. */
  cell: string | null;
}

/** One write the recalculation must plan (the list is exact). */
export interface ExpectedPlanEntry {
  sheet: string;
  cell: string;
  type: 'number' | 'text';
  text: string;
}

/** One form the engine must locate, in sheet order then top to bottom. */
export interface ExpectedForm {
  sheet: string;
  project: string;
  /** The form's extent, e.g. `D5:L26`. */
  range: string;
  indicatorCount: number;
  /** 执行率 of each fund row (two decimals), null where it cannot be computed. */
  rates: Record<FundKindName, string | null>;
  budgetScore: string | null;
  totalScore: string | null;
  grade: string | null;
  /** Output cells: 执行率 of 年度资金总额, its 得分, 总分 得分, 评分等级. */
  cells: { rate: string; budgetScore: string; totalScore: string; grade: string };
}

export interface VariantManifest {
  name: string;
  /** File name inside the directory given to writeVariants. */
  file: string;
  description: string;
  /** Worksheet names in tab order. */
  sheets: string[];
  formCount: number;
  forms: ExpectedForm[];
  findings: ExpectedFinding[];
  plan: ExpectedPlanEntry[];
  /** Protected sheets that had changes (WritePlan.skippedSheets). */
  skippedSheets: string[];
}

// ---------------------------------------------------------------------------------------------
// A1 helpers (1-based rows/columns), kept independent of src/core/a1.

export function colName(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function addr(row: number, col: number): string {
  return colName(col) + String(row);
}

function parseAddr(a: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a.replace(/\$/g, ''));
  if (!m) throw new Error(`bad address ${a}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

function parseRangeA1(r: string): { top: number; left: number; bottom: number; right: number } {
  const [a, b = a] = r.split(':');
  const p = parseAddr(a);
  const q = parseAddr(b);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

function shift(a: string, dr: number, dc: number): string {
  const p = parseAddr(a);
  return addr(p.row + dr, p.col + dc);
}

// ---------------------------------------------------------------------------------------------
// Deterministic noise.

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOISE_WORDS = [
  '说明', '附件', '备注', '第一季度', '第二季度', '计划', '张三', '李四', '办公室', '合同编号', '已审核', '待定',
  'N/A', 'TODO', 'abc', 'x-1', '12,3.4.5', '#REF!', '=1+1', '+86 21', '@home', '（空）', '——', '/', '0.0.0',
  '全年', '预算', '指标', '自评', '９９．４４', '1e5', 'NaN', 'Infinity', '一、', '（二）', '合 同', '\n',
];
/** Single form labels; at most one per row, so no row ever looks like a header. */
const LONE_LABELS = ['总分', '一级指标', '全年执行数', '评分等级', '年度资金总额', '得分', '分值', '执行率(%)', '三级指标'];
const ERRORS = ['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!'];

function noiseValue(rnd: () => number, labelAllowed: boolean): { value: XValue; label: boolean } {
  const x = rnd();
  if (x < 0.3) return { value: Math.round((rnd() - 0.2) * 1e8) / 100, label: false };
  if (x < 0.4) return { value: Math.floor(rnd() * 1000), label: false };
  if (x < 0.6) return { value: NOISE_WORDS[Math.floor(rnd() * NOISE_WORDS.length)], label: false };
  if (x < 0.65) {
    const len = 1 + Math.floor(rnd() * 12);
    let s = '';
    for (let i = 0; i < len; i++) s += String.fromCharCode(rnd() < 0.5 ? 0x4e00 + Math.floor(rnd() * 0x5000) : 0x21 + Math.floor(rnd() * 0x5d));
    return { value: s, label: false };
  }
  if (x < 0.7) return { value: rnd() < 0.5, label: false };
  if (x < 0.76) return { value: { error: ERRORS[Math.floor(rnd() * ERRORS.length)] } as XValue, label: false };
  if (x < 0.79) return { value: new Date(Date.UTC(2020 + Math.floor(rnd() * 6), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28))), label: false };
  if (x < 0.81 && labelAllowed) return { value: LONE_LABELS[Math.floor(rnd() * LONE_LABELS.length)], label: true };
  return { value: null, label: false };
}

/** Fills rows [top, top+rows) × cols [left, left+cols) with noise; a few merges on a lattice. */
function fillNoise(ws: Worksheet, rnd: () => number, top: number, left: number, rows: number, cols: number, merges: boolean, labelsUntilRow: number): void {
  for (let r = top; r < top + rows; r++) {
    let labelUsed = r > labelsUntilRow;
    const row = ws.getRow(r);
    for (let c = left; c < left + cols; c++) {
      const { value, label } = noiseValue(rnd, !labelUsed);
      if (label) labelUsed = true;
      if (value !== null) row.getCell(c).value = value;
    }
  }
  if (!merges) return;
  // Merges on a lattice with step 3, each at most 2×2: never overlapping.
  for (let r = top; r + 1 < top + rows; r += 3) {
    for (let c = left; c + 1 < left + cols; c += 3) {
      const x = rnd();
      if (x < 0.15) ws.mergeCells(r, c, r, c + 1);
      else if (x < 0.25) ws.mergeCells(r, c, r + 1, c + 1);
      else if (x < 0.3) ws.mergeCells(r, c, r + 1, c);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The fixture, scanned without the engine.

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
function outputCells(ff: FixtureForm): { cell: string; expected: string; kind: 'figure' | 'grade' }[] {
  return [
    ...FUND_KINDS.map((k) => ({ cell: addr(ff.fundRow[k], 7), expected: ff.expected.rates[k], kind: 'figure' as const })),
    { cell: addr(ff.fundRow.total, 8), expected: ff.expected.budgetScore, kind: 'figure' },
    { cell: addr(ff.totalRow, 7), expected: ff.expected.totalScore, kind: 'figure' },
    { cell: addr(ff.gradeRow, 3), expected: ff.expected.grade, kind: 'grade' },
  ];
}

/** Two decimals of a number as Excel shows it (15 significant digits, 四舍五入). */
function fmt2(n: number): string {
  const s = Number(n.toPrecision(15));
  const cents = Math.round(Math.abs(s) * 100 + 1e-9);
  const sign = s < 0 && cents !== 0 ? '-' : '';
  return `${sign}${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// Expectations.

class Expect {
  forms: ExpectedForm[] = [];
  findings: ExpectedFinding[] = [];
  plan: ExpectedPlanEntry[] = [];
  skippedSheets: string[] = [];

  /**
   * An untouched copy of a fixture form on `sheet`, shifted by dr rows and dc columns: its
   * figures, output cells, and the findings and writes that its published figures cause.
   */
  placeForm(ff: FixtureForm, src: Worksheet, sheet: string, dr = 0, dc = 0): ExpectedForm {
    const s = (a: string) => shift(a, dr, dc);
    const form: ExpectedForm = {
      sheet,
      project: ff.project,
      range: `${addr(1 + dr, 1 + dc)}:${addr(ff.lastRow + dr, ff.lastCol + dc)}`,
      indicatorCount: ff.indicatorCount,
      rates: { ...ff.expected.rates },
      budgetScore: ff.expected.budgetScore,
      totalScore: ff.expected.totalScore,
      grade: ff.expected.grade,
      cells: {
        rate: s(addr(ff.fundRow.total, 7)),
        budgetScore: s(addr(ff.fundRow.total, 8)),
        totalScore: s(addr(ff.totalRow, 7)),
        grade: s(addr(ff.gradeRow, 3)),
      },
    };
    this.forms.push(form);
    for (const out of outputCells(ff)) {
      const published = src.getCell(out.cell).value;
      if (out.kind === 'grade') {
        if (published !== out.expected) {
          if (published !== null && published !== '') this.finding('GRADE_MISMATCH', sheet, s(out.cell));
          this.planned(sheet, s(out.cell), 'text', out.expected);
        }
        continue;
      }
      if (typeof published !== 'number') throw new Error(`fixture ${ff.sheet}!${out.cell}: expected a number`);
      const shown = fmt2(published);
      if (shown === out.expected) continue;
      const diff = Math.abs(Math.round(Number(shown) * 100) - Math.round(Number(out.expected) * 100));
      this.finding(diff <= 1 ? 'ROUNDING_DIFF' : 'STALE_VALUE', sheet, s(out.cell));
      this.planned(sheet, s(out.cell), 'number', out.expected);
    }
    return form;
  }

  form(sheet: string, index = 0): ExpectedForm {
    const f = this.forms.filter((x) => x.sheet === sheet)[index];
    if (!f) throw new Error(`no expected form on ${sheet}`);
    return f;
  }

  finding(code: string, sheet: string, cell: string | null): void {
    this.findings.push({ code, sheet, cell });
  }

  /** Removes the findings at a cell (of one code, or all). */
  noFinding(sheet: string, cell: string | null, code?: string): void {
    this.findings = this.findings.filter((f) => !(f.sheet === sheet && f.cell === cell && (code === undefined || f.code === code)));
  }

  planned(sheet: string, cell: string, type: 'number' | 'text', text: string): void {
    this.notPlanned(sheet, cell);
    this.plan.push({ sheet, cell, type, text });
  }

  notPlanned(sheet: string, cell: string): void {
    this.plan = this.plan.filter((p) => !(p.sheet === sheet && p.cell === cell));
  }

  manifest(name: string, description: string, wb: Workbook): VariantManifest {
    return {
      name,
      file: `${name}.xlsx`,
      description,
      sheets: wb.worksheets.map((w) => w.name),
      formCount: this.forms.length,
      forms: this.forms,
      findings: this.findings,
      plan: this.plan,
      skippedSheets: this.skippedSheets,
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Copying sheets.

function cloneValue(v: XValue): XValue {
  if (v === null || v === undefined || typeof v !== 'object') return v;
  return structuredClone(v);
}

function mergesOf(ws: Worksheet): string[] {
  return ws.model.merges ?? [];
}

/** Copies a worksheet's values, styles, merges, column widths and row heights, shifted. */
export function copySheet(src: Worksheet, dst: Worksheet, dr: number, dc: number): void {
  src.columns?.forEach((col, i) => {
    if (col.width) dst.getColumn(i + 1 + dc).width = col.width;
  });
  for (const range of mergesOf(src)) {
    const r = parseRangeA1(range);
    dst.mergeCells(r.top + dr, r.left + dc, r.bottom + dr, r.right + dc);
  }
  src.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height) dst.getRow(r + dr).height = row.height;
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const t = dst.getCell(r + dr, c + dc);
      if (!(cell.isMerged && cell.master !== cell)) t.value = cloneValue(cell.value);
      t.style = structuredClone(cell.style);
    });
  });
}

/**
 * ws.protect(password) with a fixed salt instead of a random one (ExcelJS draws the salt from
 * crypto.randomBytes), so that the file does not change between runs. Same SHA-512 spin hash.
 */
function protectWithPassword(ws: Worksheet, password: string, spinCount = 1000): void {
  const saltValue = Buffer.from('jixiao-variants!').toString('base64');
  const sha512 = (...parts: Buffer[]) => {
    const h = crypto.createHash('sha512');
    for (const p of parts) h.update(p);
    return h.digest();
  };
  let key = sha512(Buffer.from(saltValue, 'base64'), Buffer.from(password, 'utf16le'));
  for (let i = 0; i < spinCount; i++) {
    const it = Buffer.alloc(4);
    it.writeUInt32LE(i, 0);
    key = sha512(key, it);
  }
  (ws as unknown as { sheetProtection: object }).sheetProtection = { sheet: true, algorithmName: 'SHA-512', saltValue, spinCount, hashValue: key.toString('base64') };
}

function setValue(ws: Worksheet, a: string, value: XValue): void {
  ws.getCell(a).value = value;
}

// ---------------------------------------------------------------------------------------------
// The variants.

interface BuildContext {
  /** A fresh copy of the fixture workbook (mutate freely). */
  fixture: Workbook;
  forms: FixtureForm[];
}

interface VariantDef {
  name: string;
  description: string;
  build(ctx: BuildContext): Promise<{ wb: Workbook; expect: Expect }>;
}

/** Every fixture form in place, unchanged: the base most variants mutate. */
function inPlace(ctx: BuildContext): Expect {
  const e = new Expect();
  for (const ff of ctx.forms) e.placeForm(ff, ctx.fixture.worksheets[ff.index], ff.sheet);
  return e;
}

function fundCells(ff: FixtureForm, col: number): string[] {
  return FUND_KINDS.map((k) => addr(ff.fundRow[k], col));
}

/** Empties every output cell of a form (keeping styles): 执行率 ×4, 得分, 总分, 评分等级. */
function blankOutputs(ws: Worksheet, ff: FixtureForm, e: Expect): void {
  for (const out of outputCells(ff)) {
    setValue(ws, out.cell, null);
    e.noFinding(ff.sheet, out.cell);
    e.planned(ff.sheet, out.cell, out.kind === 'grade' ? 'text' : 'number', out.expected);
  }
}

const VARIANT_DEFS: VariantDef[] = [
  {
    name: 'v01-offset',
    description:
      'Each form copied (values, styles, merges, widths, heights) to start at D5; the last one at B12 under a stray note; ' +
      'the summary sheet unchanged. Same figures; findings and planned writes at shifted addresses.',
    async build({ fixture, forms }) {
      const wb = new ExcelJS.Workbook();
      const e = new Expect();
      copySheet(fixture.worksheets[0], wb.addWorksheet(fixture.worksheets[0].name), 0, 0);
      forms.forEach((ff, i) => {
        const at = i === forms.length - 1 ? 'B12' : 'D5';
        const o = parseAddr(at);
        const ws = wb.addWorksheet(ff.sheet);
        if (i === forms.length - 1) ws.getCell('A1').value = '附件3：';
        copySheet(fixture.worksheets[ff.index], ws, o.row - 1, o.col - 1);
        e.placeForm(ff, fixture.worksheets[ff.index], ff.sheet, o.row - 1, o.col - 1);
      });
      return { wb, expect: e };
    },
  },
  {
    name: 'v02-labels',
    description:
      'Header and row labels rewritten per sheet: 年初\\n预算数, 调整后预算数, 预算执行数, 权重, 执行率（%）, 执行率, 本年财政拨款, ' +
      '未完成原因分析, spaces / line breaks / ideographic spaces inside labels, 项目名称：. Same figures and findings as the fixture.',
    async build(ctx) {
      const e = inPlace(ctx);
      const sets: ((ff: FixtureForm) => [string, string][])[] = [
        (ff) => [
          [addr(ff.budgetHeaderRow, 3), '年初\n预算数'],
          [addr(ff.budgetHeaderRow, 4), '调整后预算数'],
          [addr(ff.budgetHeaderRow, 5), '预算执行数'],
          [addr(ff.budgetHeaderRow, 6), '权重'],
          [addr(ff.budgetHeaderRow, 7), '执行率（%）'],
          [addr(ff.fundRow.current, 2), '其中：本年财政拨款'],
          [addr(ff.indicatorHeaderRow, 6), '权重'],
          [addr(ff.indicatorHeaderRow, 8), '未完成原因分析'],
        ],
        (ff) => [
          [addr(ff.budgetHeaderRow, 3), '年初 预算数'],
          [addr(ff.budgetHeaderRow, 4), '全年\n预算数'],
          [addr(ff.budgetHeaderRow, 5), ' 全年执行数 '],
          [addr(ff.budgetHeaderRow, 7), '执行率'],
          [addr(ff.fundRow.current, 2), '本年财政拨款'],
          [addr(ff.indicatorHeaderRow, 1), '一级\n指标'],
          [addr(ff.indicatorHeaderRow, 3), ' 三级指标 '],
          [addr(ff.totalRow, 1), '总  分'],
          [addr(ff.gradeRow, 1), '评分\n等级'],
          [addr(3, 1), '项目名称：'],
        ],
        (ff) => [
          [addr(ff.budgetHeaderRow, 1), '项目资金（万元）'],
          [addr(ff.budgetHeaderRow, 6), '分 值'],
          [addr(ff.budgetHeaderRow, 7), '执行率\n（%）'],
          [addr(ff.budgetHeaderRow, 8), '得\u3000分'],
          [addr(ff.fundRow.total, 2), '年度资金\n总额'],
          [addr(ff.fundRow.carry, 2), '上年结转\n资金'],
          [addr(ff.indicatorHeaderRow, 4), '年度\n指标值'],
          [addr(ff.indicatorHeaderRow, 5), '实际\n完成值'],
          [addr(ff.indicatorHeaderRow, 7), '得 分'],
          [addr(ff.indicatorHeaderRow, 8), '偏差原因分析\n及改进措施'],
        ],
      ];
      ctx.forms.forEach((ff, i) => {
        const ws = ctx.fixture.worksheets[ff.index];
        for (const [a, label] of sets[i % sets.length](ff)) setValue(ws, a, label);
      });
      return { wb: ctx.fixture, expect: e };
    },
  },
  {
    name: 'v03-stacked',
    description:
      'Three forms (sheets 1, 2 and 4 of the fixture) stacked on one sheet with 3 blank rows between them, between a notes sheet, ' +
      'the summary sheet and a remarks sheet (text only, skipped quietly). 3 forms in order, findings at shifted rows.',
    async build({ fixture, forms }) {
      const wb = new ExcelJS.Workbook();
      const e = new Expect();
      const notes = wb.addWorksheet('填报说明');
      [
        '填报说明',
        '1. 本表金额单位为万元，执行率=全年执行数÷全年预算数×100%。',
        '2. 一级指标、二级指标按照批复的绩效目标填写，三级指标不得删减。',
        '3. 得分不能大于分值；得分低于分值的，须填写偏差原因分析及改进措施。',
        '4. 总分=预算执行率得分+各项指标得分；评分等级：90分（含）以上为优，80（含）-90分为良，60（含）-80分为中，60分以下为差。',
        '5. 本说明自2024年度起执行，由财政局负责解释。',
      ].forEach((t, i) => setValue(notes, addr(i + 1, 1), t));
      notes.getColumn(1).width = 90;
      copySheet(fixture.worksheets[0], wb.addWorksheet(fixture.worksheets[0].name), 0, 0);
      const stacked = wb.addWorksheet('自评表汇编');
      let top = 1;
      for (const ff of [forms[0], forms[1], forms[3]]) {
        copySheet(fixture.worksheets[ff.index], stacked, top - 1, 0);
        e.placeForm(ff, fixture.worksheets[ff.index], stacked.name, top - 1, 0);
        top += ff.lastRow + 3;
      }
      const remarks = wb.addWorksheet('备注');
      setValue(remarks, 'A1', '备注');
      setValue(remarks, 'A2', '数据来源：上海市嘉定区安亭镇城市运行管理中心2024年度项目支出绩效自评表（公开版），经OCR识别后人工校对。');
      setValue(remarks, 'A3', '校对人');
      setValue(remarks, 'B3', '王五');
      return { wb, expect: e };
    },
  },
  {
    name: 'v04-ocr-text',
    description:
      'Amounts stored as OCR text: 4, 514. 45 / ３３６９．８７ / 4,859.74 (联勤队伍组建), 99. 36 / ９９．３６ (誉本), 78. 79 in a rate cell, ' +
      '99. 44 in a rate cell, — and - placeholders (司法调解员费) → same figures + VALUE_RECOVERED; 758. ()2 as 全年执行数 of ' +
      '安亭城运日常运行费用 → VALUE_NOT_NUMBER, null 执行率/得分/总分/等级 for that form.',
    async build(ctx) {
      const e = inPlace(ctx);
      const [f1, f2, f3, f4, f5] = ctx.forms;
      const ws = (ff: FixtureForm) => ctx.fixture.worksheets[ff.index];
      // 安亭城运日常运行费用: unreadable 全年执行数 of the total row.
      setValue(ws(f1), addr(f1.fundRow.total, 5), '758. ()2');
      setValue(ws(f1), addr(f1.fundRow.current, 7), '99. 44'); // published 99.44 as text: still ROUNDING_DIFF
      e.finding('VALUE_NOT_NUMBER', f1.sheet, addr(f1.fundRow.total, 5));
      for (const a of [addr(f1.fundRow.total, 7), addr(f1.fundRow.total, 8), addr(f1.totalRow, 7), addr(f1.gradeRow, 3)]) {
        e.noFinding(f1.sheet, a);
        e.notPlanned(f1.sheet, a);
      }
      Object.assign(e.form(f1.sheet), { budgetScore: null, totalScore: null, grade: null });
      e.form(f1.sheet).rates.total = null;
      // 一网统管: the rate cell holds the right figure as text.
      setValue(ws(f2), addr(f2.fundRow.total, 7), '78. 79');
      e.noFinding(f2.sheet, addr(f2.fundRow.total, 7));
      e.finding('VALUE_RECOVERED', f2.sheet, addr(f2.fundRow.total, 7));
      e.planned(f2.sheet, addr(f2.fundRow.total, 7), 'number', '78.79');
      // 誉本: half- and full-width text amounts.
      setValue(ws(f3), addr(f3.fundRow.total, 4), '99. 36');
      setValue(ws(f3), addr(f3.fundRow.total, 5), '９９．３６');
      e.finding('VALUE_RECOVERED', f3.sheet, addr(f3.fundRow.total, 4));
      e.finding('VALUE_RECOVERED', f3.sheet, addr(f3.fundRow.total, 5));
      // 联勤队伍组建: thousands separators with OCR spaces, full width.
      setValue(ws(f4), addr(f4.fundRow.current, 3), '３３６９．８７');
      setValue(ws(f4), addr(f4.fundRow.current, 4), '4, 514. 45');
      setValue(ws(f4), addr(f4.fundRow.total, 4), '4,859.74');
      for (const a of [addr(f4.fundRow.current, 3), addr(f4.fundRow.current, 4), addr(f4.fundRow.total, 4)]) e.finding('VALUE_RECOVERED', f4.sheet, a);
      // 司法调解员费: placeholders mean blank; a fund row with nothing but placeholders has no rate.
      setValue(ws(f5), addr(f5.fundRow.total, 3), '—');
      setValue(ws(f5), addr(f5.fundRow.current, 3), '-');
      for (let c = 3; c <= 5; c++) setValue(ws(f5), addr(f5.fundRow.carry, c), c === 4 ? '/' : '-');
      e.form(f5.sheet).rates.carry = null;
      return { wb: ctx.fixture, expect: e };
    },
  },
  {
    name: 'v05-formulas',
    description:
      'Output cells holding formulas: 安亭城运日常运行费用 G6 =E6/D6*100, H6 =ROUND(G6*F6/100,2), G21 =H6+SUM(…), C22 =IF(…) with right cached ' +
      'results and G7 =E7/D7*100 cached as 98; 一网统管 总分 and 等级 formulas with wrong cached results; 誉本 G13 =F13*1.2 (12 > 分值 10). ' +
      'FORMULA_RESULT_DIFFERS only for the wrong ones, SCORE_OVER_WEIGHT for G13, and no formula cell is ever planned.',
    async build(ctx) {
      const e = inPlace(ctx);
      const [f1, f2, f3] = ctx.forms;
      const ws = (ff: FixtureForm) => ctx.fixture.worksheets[ff.index];
      const t = f1.fundRow.total;
      const c = f1.fundRow.current;
      const w1 = ws(f1);
      const num = (a: string) => w1.getCell(a).value as number;
      setValue(w1, addr(t, 7), { formula: `E${t}/D${t}*100`, result: (num(`E${t}`) / num(`D${t}`)) * 100 } as XValue);
      setValue(w1, addr(c, 7), { formula: `E${c}/D${c}*100`, result: 98 } as XValue);
      setValue(w1, addr(t, 8), { formula: `ROUND(G${t}*F${t}/100,2)`, result: 9.95 } as XValue);
      setValue(w1, addr(f1.totalRow, 7), { formula: `H${t}+SUM(G${f1.indicatorHeaderRow + 1}:G${f1.totalRow - 1})`, result: 99.95 } as XValue);
      const gradeFormula = (r: number) => `IF(G${r}>=90,"优",IF(G${r}>=80,"良",IF(G${r}>=60,"中","差")))`;
      setValue(w1, addr(f1.gradeRow, 3), { formula: gradeFormula(f1.totalRow), result: '优' } as XValue);
      for (const out of outputCells(f1)) {
        e.noFinding(f1.sheet, out.cell);
        e.notPlanned(f1.sheet, out.cell);
      }
      e.finding('FORMULA_RESULT_DIFFERS', f1.sheet, addr(c, 7));
      const w2 = ws(f2);
      setValue(w2, addr(f2.totalRow, 7), { formula: `H${f2.fundRow.total}+SUM(G${f2.indicatorHeaderRow + 1}:G${f2.totalRow - 1})`, result: 90 } as XValue);
      setValue(w2, addr(f2.gradeRow, 3), { formula: gradeFormula(f2.totalRow), result: '良' } as XValue);
      e.finding('FORMULA_RESULT_DIFFERS', f2.sheet, addr(f2.totalRow, 7));
      e.finding('FORMULA_RESULT_DIFFERS', f2.sheet, addr(f2.gradeRow, 3));
      const w3 = ws(f3);
      const r = f3.indicatorHeaderRow + 1;
      if (w3.getCell(r, 6).value !== 10) throw new Error('fixture changed: 誉本 first indicator weight');
      setValue(w3, addr(r, 7), { formula: `F${r}*1.2`, result: 12 } as XValue);
      e.finding('SCORE_OVER_WEIGHT', f3.sheet, addr(r, 7));
      return { wb: ctx.fixture, expect: e };
    },
  },
  {
    name: 'v06-blank-outputs',
    description:
      'All output cells (执行率 of the 4 fund rows, 得分, 总分, 评分等级) emptied on 安亭城运日常运行费用 and 联勤队伍组建, styles kept → ' +
      'planned writes with the expected figures (numbers) and grade (text), no findings there.',
    async build(ctx) {
      const e = inPlace(ctx);
      for (const ff of [ctx.forms[0], ctx.forms[3]]) blankOutputs(ctx.fixture.worksheets[ff.index], ff, e);
      return { wb: ctx.fixture, expect: e };
    },
  },
  {
    name: 'v07-protected',
    description:
      '安亭城运日常运行费用 with blank output cells and ws.protect() → no plan entries for it, skippedSheets names it, SHEET_PROTECTED; ' +
      '誉本 protected but with nothing to write → not skipped, no finding; other sheets as the fixture.',
    async build(ctx) {
      const e = inPlace(ctx);
      const f1 = ctx.forms[0];
      const w1 = ctx.fixture.worksheets[f1.index];
      blankOutputs(w1, f1, e);
      e.plan = e.plan.filter((p) => p.sheet !== f1.sheet);
      e.skippedSheets.push(f1.sheet);
      e.finding('SHEET_PROTECTED', f1.sheet, null);
      protectWithPassword(w1, 'jixiao');
      await ctx.fixture.worksheets[ctx.forms[2].index].protect('', {});
      return { wb: ctx.fixture, expect: e };
    },
  },
  {
    name: 'v08-garbage',
    description:
      'A sheet of seeded random numbers / strings / booleans / dates / error values with lone labels and random merges, an empty ' +
      'sheet, a sheet with only the title 项目支出绩效自评表, and one real form → no crash, 1 form, FORM_INCOMPLETE only on the title sheet.',
    async build({ fixture, forms }) {
      const wb = new ExcelJS.Workbook();
      const e = new Expect();
      const rnd = prng(20240808);
      const noise = wb.addWorksheet('杂项');
      fillNoise(noise, rnd, 1, 1, 60, 20, true, 60);
      noise.getCell('V3').value = { formula: '1/0', result: { error: '#DIV/0!' } } as XValue;
      noise.getCell('V4').value = { formula: 'NA()', result: { error: '#N/A' } } as XValue;
      noise.getCell('V5').value = { richText: [{ text: '富' }, { text: '文本', font: { bold: true } }] } as XValue;
      noise.getCell('V6').value = { text: '链接', hyperlink: 'https://example.invalid/' } as XValue;
      wb.addWorksheet('空白');
      const title = wb.addWorksheet('标题');
      title.mergeCells('A1:I1');
      title.getCell('A1').value = '项目支出绩效自评表';
      e.finding('FORM_INCOMPLETE', '标题', 'A1');
      const ff = forms[0];
      copySheet(fixture.worksheets[ff.index], wb.addWorksheet(ff.sheet), 0, 0);
      e.placeForm(ff, fixture.worksheets[ff.index], ff.sheet);
      return { wb, expect: e };
    },
  },
  {
    name: 'v09-huge',
    description:
      'One sheet of 20 000 rows × 30 columns of seeded noise (lone labels sprinkled, none in the last rows), two blank rows, then the ' +
      '安亭城运日常运行费用 form at A20003 → the form is found with its figures at shifted addresses.',
    async build({ fixture, forms }) {
      const wb = new ExcelJS.Workbook();
      const e = new Expect();
      const rnd = prng(7);
      const ws = wb.addWorksheet('大表');
      fillNoise(ws, rnd, 1, 1, HUGE_ROWS, 30, false, HUGE_ROWS - 20);
      const ff = forms[0];
      const dr = HUGE_ROWS + 2;
      copySheet(fixture.worksheets[ff.index], ws, dr, 0);
      e.placeForm(ff, fixture.worksheets[ff.index], ws.name, dr, 0);
      return { wb, expect: e };
    },
  },
  {
    name: 'v10-percent-rates',
    description:
      '执行率 cells stored as fractions with a 0.00% number format (0.9944 shows 99.44%) on 安亭城运日常运行费用 and 联勤队伍组建, and the ' +
      'text 78.79% on 一网统管 → read as percentages; writes keep the fraction form (0.9945).',
    async build(ctx) {
      const e = inPlace(ctx);
      const [f1, f2, , f4] = ctx.forms;
      for (const ff of [f1, f4]) {
        const ws = ctx.fixture.worksheets[ff.index];
        for (const a of fundCells(ff, 7)) {
          const cell = ws.getCell(a);
          const v = cell.value as number;
          cell.value = Number((v / 100).toFixed(4));
          // ExcelJS shares one style object between cells read with the same style: replace it, never mutate it.
          cell.style = { ...structuredClone(cell.style), numFmt: '0.00%' };
          const p = e.plan.find((x) => x.sheet === ff.sheet && x.cell === a);
          if (p) p.text = new Decimal(p.text).div(100).toString();
        }
      }
      const w2 = ctx.fixture.worksheets[f2.index];
      setValue(w2, addr(f2.fundRow.current, 7), '78.79%');
      e.noFinding(f2.sheet, addr(f2.fundRow.current, 7));
      e.finding('VALUE_RECOVERED', f2.sheet, addr(f2.fundRow.current, 7));
      e.planned(f2.sheet, addr(f2.fundRow.current, 7), 'number', '78.79');
      return { wb: ctx.fixture, expect: e };
    },
  },
];

const HUGE_ROWS = 20000;

export const VARIANT_NAMES: readonly string[] = VARIANT_DEFS.map((v) => v.name);

export interface WriteVariantsOptions {
  /** Only these variants (by name); default all. */
  only?: readonly string[];
}

/**
 * Writes every variant workbook into `dir` (created if needed) plus `manifest.json`, and returns
 * the manifests. Deterministic: the same cells, merges and styles on every run.
 */
export async function writeVariants(dir: string, options: WriteVariantsOptions = {}): Promise<VariantManifest[]> {
  fs.mkdirSync(dir, { recursive: true });
  const manifests: VariantManifest[] = [];
  for (const def of VARIANT_DEFS) {
    if (options.only && !options.only.includes(def.name)) continue;
    const fixture = await loadFixture();
    const forms = scanFixture(fixture);
    const { wb, expect } = await def.build({ fixture, forms });
    fixDates(wb);
    const m = expect.manifest(def.name, def.description, wb);
    await wb.xlsx.writeFile(path.join(dir, m.file));
    manifests.push(m);
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifests, null, 1) + '\n');
  return manifests;
}

/** No clock in the files: fixed document dates. */
function fixDates(wb: Workbook): void {
  const d = new Date(Date.UTC(2025, 0, 1));
  wb.created = d;
  wb.modified = d;
  wb.creator = 'jixiao test/variants';
  wb.lastModifiedBy = 'jixiao test/variants';
}
