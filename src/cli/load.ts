/** A workbook file → the core's Grids, or a typed reason why it cannot be read. */
import { promises as fs } from 'fs';
import type { Grid } from '../core/grid';
import * as reader from '../xlsx/read';
import { Lang, t } from './text';

/** The reader's reasons, and the file system's (which only the CLI has). */
export type ReadErrorCode = reader.ReadErrorCode | 'notFound' | 'isDirectory' | 'noPermission' | 'ioError';

export interface ReadError {
  code: ReadErrorCode;
  /** The underlying message, where it helps (corrupt zip, parse failure, I/O). */
  detail?: string;
}

export type Loaded = { ok: true; bytes: Buffer; grids: Grid[] } | { ok: false; error: ReadError };

export const isReadError: (x: unknown) => x is ReadError = reader.isReadError;

/** The reason as one line of text in the UI language. */
export function readErrorText(error: ReadError, lang: Lang): string {
  return t(lang, error.code, { detail: error.detail ?? '' });
}

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

/** Bytes of an .xlsx package → one Grid per worksheet, or why not (src/xlsx/read, the one reader). */
export function gridsFromBytes(bytes: Uint8Array): Promise<Grid[] | ReadError> {
  return reader.readWorkbook(bytes);
}

/** Reads a file and its grids. Never throws for a bad file: the reason comes back typed. */
export async function loadWorkbook(file: string): Promise<Loaded> {
  const bytes = await readBytes(file);
  if (!Buffer.isBuffer(bytes)) return { ok: false, error: bytes };
  const grids = await gridsFromBytes(bytes);
  if (isReadError(grids)) return { ok: false, error: grids };
  return { ok: true, bytes, grids };
}
