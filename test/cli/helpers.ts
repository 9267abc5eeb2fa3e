/** Shared helpers for the CLI tests: run main() in-process, build workbooks, inspect zips. */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { bufferIo, main } from '../../src/cli/main';
import { packageMap } from '../../src/xlsx/packageMap';
import { BuiltForm, buildForm, FormSpec, IndicatorSpec } from '../support/buildForm';

export const ROOT = path.resolve(__dirname, '../..');
export const FIXTURE = path.join(ROOT, 'test/fixtures/anting-2024.xlsx');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(...argv: string[]): Promise<Run> {
  const io = bufferIo();
  const code = await main(argv, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

/** A fresh directory under os.tmpdir(), removed after the enclosing tests (keep it: JIXIAO_KEEP_TMP=1). */
export function tmpDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-cli-'));
  if (!process.env.JIXIAO_KEEP_TMP) afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A new empty folder under `dir` per call (case1, case2, …). */
export function freshDirs(dir: string): () => string {
  let n = 0;
  return () => {
    const d = path.join(dir, `case${++n}`);
    fs.mkdirSync(d, { recursive: true });
    return d;
  };
}

export function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Eight indicators worth 90 with full scores: with a budget score of 10 the form totals 100. */
export const FULL_INDICATORS: IndicatorSpec[] = [
  ['成本指标', '经济成本指标', '成本节约率', '≥0.00(%)', '0.56(%)', 15, 15],
  ['产出指标', '数量指标', '完成率', '=100.00(%)', '100.00(%)', 15, 15],
  ['产出指标', '质量指标', '合格率', '=100.00(%)', '100.00(%)', 10, 10],
  ['产出指标', '时效指标', '及时性', '及时', '达成指标', 10, 10],
  ['效益指标', '社会效益指标', '处置率', '=100.00(%)', '100.00(%)', 10, 10],
  ['效益指标', '社会效益指标', '事故数', '=0.00(次)', '0.00(次)', 10, 10],
  ['效益指标', '生态效益指标', '覆盖率', '≥0.00(%)', '100.00(%)', 10, 10],
  ['满意度指标', '服务对象满意度指标', '满意度', '≥90.00(%)', '100.00(%)', 10, 10],
];

/** The fixture's first form: 执行率 99.45, 得分 9.95, 总分 99.95, 优. */
export function anting(overrides: Partial<FormSpec> = {}): FormSpec {
  return {
    funds: { total: [752.94, 762.25, 758.02], current: [752.94, 762.25, 758.02], carry: [0, 0, 0], other: [0, 0, 0] },
    budgetWeight: 10,
    indicators: FULL_INDICATORS,
    ...overrides,
  };
}

export interface SheetSpec {
  name: string;
  forms?: { spec: FormSpec; at?: string }[];
  /** Runs after the forms are placed: add formulas, protection, images… */
  setup?: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook, placed: BuiltForm[]) => void | Promise<void>;
}

/** Places built forms on worksheets (values, merges, some column widths) and writes the file. */
export async function writeWorkbook(file: string, sheets: SheetSpec[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    const placed: BuiltForm[] = [];
    for (const { spec, at = 'A1' } of s.forms ?? []) {
      const form = buildForm(spec);
      placed.push(form);
      const o = ws.getCell(at);
      const r0 = Number(o.row) - 1;
      const c0 = Number(o.col) - 1;
      form.rows.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v !== null) ws.getCell(r0 + i + 1, c0 + j + 1).value = v as ExcelJS.CellValue;
        }),
      );
      for (const [a, b, c, d] of form.merges) ws.mergeCells(r0 + a + 1, c0 + b + 1, r0 + c + 1, c0 + d + 1);
    }
    ws.getColumn(3).width = 24;
    await s.setup?.(ws, wb, placed);
  }
  await wb.xlsx.writeFile(file);
}

/** A copy of `input` in `dir` with a sheet `name` of the user's own (no signature): the writing commands must never replace it. */
export async function withUserSheet(input: string, name: string, dir: string): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'mine.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  wb.addWorksheet(name).getCell('A1').value = '我自己的表，勿动';
  await wb.xlsx.writeFile(file);
  return file;
}

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every non-directory zip entry, uncompressed, in archive order. */
export async function zipEntries(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file), { createFolders: false });
  const out = new Map<string, Buffer>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, Buffer.from(await f.async('uint8array')));
  return out;
}

/** Adds (or replaces) entries in an existing package, optionally with content-type overrides. */
export async function addZipEntries(file: string, entries: Record<string, string | Buffer>, overrides: Record<string, string> = {}): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  for (const [name, data] of Object.entries(entries)) zip.file(name, data);
  if (Object.keys(overrides).length) {
    const ct = await zip.file('[Content_Types].xml')!.async('string');
    const extra = Object.entries(overrides).map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`).join('');
    zip.file('[Content_Types].xml', ct.replace('</Types>', `${extra}</Types>`));
  }
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

/** The sheet XML with the given cells' `<c>` elements removed (to compare everything else). */
export function withoutCells(xml: string, cells: string[]): string {
  let out = xml;
  for (const cell of cells) out = out.replace(new RegExp(`<c r="${cell}"(?:[^>]*/>|[^>]*>[\\s\\S]*?</c>)`), '');
  return out;
}

/** A 1×1 transparent PNG. */
export const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

export function parseJson(stdout: string): any {
  return JSON.parse(stdout);
}

/** The parts of two packages whose bytes differ (or that only one has), sorted. */
export async function changedParts(a: string, b: string): Promise<string[]> {
  const x = await zipEntries(a);
  const y = await zipEntries(b);
  const names = new Set([...x.keys(), ...y.keys()]);
  return [...names].filter((n) => !x.has(n) || !y.has(n) || Buffer.compare(x.get(n)!, y.get(n)!) !== 0).sort();
}

/** The part that holds a sheet, by its name (the workbook's relationships). */
export async function sheetPart(file: string, sheet: string): Promise<string> {
  const map = await packageMap(await JSZip.loadAsync(fs.readFileSync(file)));
  const part = map.sheets.get(sheet);
  if (!part) throw new Error(`no sheet ${sheet} in ${file}`);
  return part;
}

/**
 * styles.xml of `b` keeps every cell format of `a` at its index (new ones only appended), so every
 * cell of the untouched sheets still shows as before.
 */
export async function expectStylesAppended(a: string, b: string): Promise<void> {
  const xfs = async (file: string) => {
    const xml = (await zipEntries(file)).get('xl/styles.xml')!.toString('utf8');
    return /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  };
  const [before, after] = [await xfs(a), await xfs(b)];
  expect(after.startsWith(before)).toBe(true);
}
