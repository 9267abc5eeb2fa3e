/**
 * The reader's bounds (issue 10), each with a package just past it and one just inside: refused
 * with the part and the limit, or the sheet cut / left unread with its note, never a crash.
 */
import { deflateRawSync } from 'zlib';
import { evaluateWorkbook } from '../../../src/core/evaluate';
import type { Grid } from '../../../src/core/grid';
import { zlibInflater } from '../../../src/cli/zlibInflater';
import { DEFAULT_LIMITS, isReadError, limitsWith, readWorkbook } from '../../../src/xlsx/read';
import { fflateInflater } from '../../../src/xlsx/read/inflate';
import { num, patchEntry, sheetXml, withParts } from './packages';

const DATA = 'xl/worksheets/sheet8.xml';
const grids = async (bytes: Uint8Array, limits = DEFAULT_LIMITS): Promise<Grid[]> => {
  const out = await readWorkbook(bytes, limits);
  if (isReadError(out)) throw new Error(`refused: ${out.code}`);
  return out;
};
const cellsOf = (g: Grid) => g.values.reduce((n, row) => n + row.filter((v) => v !== null).length, 0);
const whitespace = (bytes: number) => sheetXml(1, 1, num).replace('<sheetData>', '<sheetData>' + ' '.repeat(bytes));

describe('part, package and ratio: decided from the directory, before inflating', () => {
  test('a part declared larger than maxPartBytes is refused naming the part and the limit', async () => {
    const bytes = withParts({ [DATA]: whitespace(3 << 20) });
    expect(await readWorkbook(bytes, limitsWith({ maxPartBytes: 2 << 20 }))).toEqual({ code: 'tooLarge', part: DATA, limit: { kind: 'part', value: 2 << 20 } });
    expect(isReadError(await readWorkbook(bytes, limitsWith({ maxPartBytes: 4 << 20 })))).toBe(false);
  });

  test('parts declaring more than maxPackageBytes in all are refused as a package', async () => {
    const bytes = withParts({ [DATA]: whitespace(3 << 20) });
    expect(await readWorkbook(bytes, limitsWith({ maxPackageBytes: 3 << 20 }))).toEqual({ code: 'tooLarge', limit: { kind: 'package', value: 3 << 20 } });
  });

  test('a part compressed beyond maxRatio is refused once past the ratio floor, not below it', async () => {
    const bytes = withParts({ [DATA]: whitespace(8 << 20) }); // ~1000:1
    expect(await readWorkbook(bytes, limitsWith({ ratioFloorBytes: 1 << 20 }))).toEqual({ code: 'tooLarge', part: DATA, limit: { kind: 'ratio', value: 250 } });
    expect(isReadError(await readWorkbook(bytes))).toBe(false); // 8 MiB: under the default 16 MiB floor
  });

  test('a directory that declares less than the part inflates to: stopped at the declared size, a damaged file', async () => {
    const bytes = patchEntry(withParts({ [DATA]: whitespace(8 << 20) }), DATA, 'size', 5000);
    for (const codec of [fflateInflater, zlibInflater]) {
      expect(await readWorkbook(bytes, DEFAULT_LIMITS, codec)).toEqual(expect.objectContaining({ code: 'corruptZip', part: DATA }));
    }
  });

  test.each([
    ['fflate', fflateInflater],
    ['zlib', zlibInflater],
  ])('%s: null as soon as the output passes the size, the bytes when they fit it exactly', (_, codec) => {
    const data = Buffer.alloc(4 << 20, 0x20);
    const raw = deflateRawSync(data);
    expect(codec.inflate(raw, 1000)).toBeNull();
    expect(codec.inflate(raw, data.length - 1)).toBeNull();
    expect(Buffer.from(codec.inflate(raw, data.length) as Uint8Array).equals(data)).toBe(true);
    expect(codec.crc32(data) >>> 0).toBe(fflateInflater.crc32(data));
  });
});

describe('cells and rows', () => {
  test('a sheet past maxCellsPerSheet is cut: the first cells kept, SHEET_CUT names the first row not read', async () => {
    const limits = limitsWith({ maxCellsPerSheet: 250, largeSheetCells: 1e9 });
    const sheet = (await grids(withParts({ [DATA]: sheetXml(100, 5, num) }), limits)).find((g) => g.cut)!;
    expect(cellsOf(sheet)).toBe(250);
    expect(sheet.cut).toEqual({ reason: 'cells', limit: 250, cells: 500, fromRow: 51 });
    const f = evaluateWorkbook([sheet]).findings;
    expect(f.map((x) => [x.code, x.params.fromRow])).toEqual([['SHEET_CUT', 51]]);
  });

  test('a sheet whose rows × columns pass maxGridArea keeps the rows from the top that fit', async () => {
    const cell = (r: number, c: number) => (c === 0 || (r === 400 && c === 24) ? num(r, c) : '');
    const sheet = (await grids(withParts({ [DATA]: sheetXml(400, 25, cell) }), limitsWith({ maxGridArea: 2500 }))).find((g) => g.cut)!;
    expect(sheet.values).toHaveLength(100); // 2500 ÷ 25 columns
    expect(sheet.cut).toEqual({ reason: 'area', limit: 2500, cells: 401, fromRow: 101 });
  });

  test("cells beyond Excel's 1 048 576 rows × 16 384 columns are dropped and counted", async () => {
    const xml = sheetXml(2, 1, num).replace('</sheetData>', '<row r="1048577"><c r="A1048577"><v>1</v></c></row><row r="3"><c r="XFE3"><v>2</v></c></row></sheetData>');
    const sheet = (await grids(withParts({ [DATA]: xml }))).find((g) => g.cut)!;
    expect(sheet.values).toEqual([[10], [20]]);
    expect(sheet.cut).toEqual({ reason: 'bounds', limit: 2, cells: 2 });
  });

  test('a large sheet without any anchor is left unread (SHEET_NOT_READ); with one, it is read whole', async () => {
    const limits = limitsWith({ largeSheetCells: 100 });
    const plain = (await grids(withParts({ [DATA]: sheetXml(300, 2, num) }), limits)).find((g) => g.cut)!;
    expect(plain).toMatchObject({ values: [], cut: { reason: 'noForm', limit: 100, cells: 600 } });
    expect(evaluateWorkbook([plain]).findings.map((f) => f.code)).toEqual(['SHEET_NOT_READ']);
    // An anchor after the bound: the sheet is read again in full.
    // …and texts after it that are no anchor do not make it forget the one it saw.
    const text = (r: number, c: number, t: string) => `<c r="${String.fromCharCode(65 + c)}${r}" t="inlineStr"><is><t>${t}</t></is></c>`;
    const late = (r: number, c: number) => (r === 250 && c === 1 ? text(r, c, '全年执行数') : r > 250 && c === 1 ? text(r, c, '备注') : num(r, c));
    const read = (await grids(withParts({ [DATA]: sheetXml(300, 2, late) }), limits)).find((g) => g.values.length === 300)!;
    expect(read.cut).toBeUndefined();
    expect(cellsOf(read)).toBe(600);
  });

  test('the fixture under the default bounds: nothing cut, every sheet read', async () => {
    const all = await grids(withParts({}));
    expect(all.filter((g) => g.cut)).toEqual([]);
    expect(all).toHaveLength(8);
  });
});
