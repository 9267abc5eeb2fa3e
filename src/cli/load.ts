/** A workbook file → the core's Grids, or a typed reason why it cannot be read. */
import { promises as fs } from 'fs';
import JSZip from 'jszip';
import type { Grid } from '../core/grid';
import { workbookToGrids } from '../xlsx/grids';
import { readGridsFromZip } from './xlsxReader';
import { Lang, t } from './text';

export type ReadErrorCode =
  | 'notFound'
  | 'isDirectory'
  | 'noPermission'
  | 'empty'
  | 'oleFile'
  | 'notZip'
  | 'corruptZip'
  | 'binaryWorkbook'
  | 'notWorkbook'
  | 'parseFailed'
  | 'ioError';

export interface ReadError {
  code: ReadErrorCode;
  /** The underlying library's message, where it helps (corrupt zip, parse failure, I/O). */
  detail?: string;
}

export type Loaded = { ok: true; bytes: Buffer; grids: Grid[] } | { ok: false; error: ReadError };

/** The reason as one line of text in the UI language. */
export function readErrorText(error: ReadError, lang: Lang): string {
  return t(lang, error.code, { detail: error.detail ?? '' });
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  const line = msg.split('\n')[0].trim();
  return line.length > 200 ? line.slice(0, 197) + '...' : line;
}

async function readBytes(file: string): Promise<Buffer | ReadError> {
  try {
    return await fs.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { code: 'notFound' };
    if (code === 'EISDIR') return { code: 'isDirectory' };
    if (code === 'EACCES' || code === 'EPERM') return { code: 'noPermission' };
    return { code: 'ioError', detail: oneLine(err) };
  }
}

/** Magic bytes first: an .xls or an encrypted workbook is an OLE compound file, not a zip. */
function sniff(bytes: Buffer): ReadError | null {
  if (bytes.length === 0) return { code: 'empty' };
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(OLE_MAGIC)) return { code: 'oleFile' };
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { code: 'notZip' };
  return null;
}

/** The zip's central directory only (cheap): is there an Excel workbook inside? */
function packageKind(zip: JSZip): ReadError | null {
  const names = Object.keys(zip.files).map((n) => n.toLowerCase());
  if (names.some((n) => /(^|\/)workbook\d*\.xml$/.test(n))) return null;
  if (names.some((n) => /(^|\/)workbook\d*\.bin$/.test(n))) return { code: 'binaryWorkbook' };
  return { code: 'notWorkbook' };
}

const ZIP_DATA_ERROR = /zip|central directory|signature|inflate|invalid (stored|block|distance|code|literal)|unexpected end|crc32|too many length/i;

/** The reference path: a full ExcelJS load (loaded on demand: most runs never need it). */
async function gridsWithExcelJS(bytes: Buffer): Promise<Grid[] | ReadError> {
  const ExcelJS = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as import('exceljs').Buffer); // ExcelJS types its Buffer as an ArrayBuffer
  } catch (err) {
    const detail = oneLine(err);
    return { code: ZIP_DATA_ERROR.test(detail) ? 'corruptZip' : 'parseFailed', detail };
  }
  try {
    return workbookToGrids(wb);
  } catch (err) {
    return { code: 'parseFailed', detail: oneLine(err) };
  }
}

/**
 * Bytes of an .xlsx package → one Grid per worksheet, or why not. The lean reader (xlsxReader.ts)
 * reads the package it opened here; a package it cannot read goes through ExcelJS instead, which
 * also gives the typed reason when neither can.
 */
export async function gridsFromBytes(bytes: Buffer): Promise<Grid[] | ReadError> {
  const sniffed = sniff(bytes);
  if (sniffed) return sniffed;
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { createFolders: false });
  } catch (err) {
    return { code: 'corruptZip', detail: oneLine(err) };
  }
  const kind = packageKind(zip);
  if (kind) return kind;
  try {
    return await readGridsFromZip(zip);
  } catch {
    return gridsWithExcelJS(bytes);
  }
}

export function isReadError(x: unknown): x is ReadError {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && typeof (x as ReadError).code === 'string';
}

/** Reads a file and its grids. Never throws for a bad file: the reason comes back typed. */
export async function loadWorkbook(file: string): Promise<Loaded> {
  const bytes = await readBytes(file);
  if (!Buffer.isBuffer(bytes)) return { ok: false, error: bytes };
  const grids = await gridsFromBytes(bytes);
  if (isReadError(grids)) return { ok: false, error: grids };
  return { ok: true, bytes, grids };
}
