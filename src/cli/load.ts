/** A workbook file → the core's Grids, or a typed reason why it cannot be read. */
import { promises as fs } from 'fs';
import type { Grid } from '../core/grid';
import * as reader from '../xlsx/read';
import { FileProblem, readErrorText as sentence } from '../xlsx/read/readErrorText';
import type { Lang } from './text';
import { zlibInflater } from './zlibInflater';

/** The reader's reasons, and the file system's (which only the CLI has). */
export type ReadError = FileProblem;
export type ReadErrorCode = FileProblem['code'];

export type Loaded = { ok: true; bytes: Buffer; grids: Grid[] } | { ok: false; error: ReadError };

export const isReadError: (x: unknown) => x is ReadError = reader.isReadError;

/** The option that raises the reader's size bound, named in the refusal's advice. */
export const MAX_PART_OPTION = '--max-part-mb';

/** The reason as one sentence in the UI language (xlsx/read/readErrorText.ts, shared with the pane). */
export function readErrorText(error: ReadError, lang: Lang): string {
  return sentence(error, lang, { raiseOption: MAX_PART_OPTION });
}

/** For the file's one finding: set when a size bound refused it (FILE_TOO_LARGE). */
export function tooLargeOf(error: ReadError): { tooLarge?: { part: string | null } } {
  return error.code === 'tooLarge' ? { tooLarge: { part: error.part ?? null } } : {};
}

/** `--max-part-mb N` → the reader's limits (the package may then hold at least one such part). */
export function cliLimits(maxPartMb?: number): reader.ReadLimits {
  if (maxPartMb === undefined) return reader.DEFAULT_LIMITS;
  const maxPartBytes = reader.bytesFromMb(maxPartMb);
  return reader.limitsWith({ maxPartBytes, maxPackageBytes: Math.max(reader.DEFAULT_LIMITS.maxPackageBytes, maxPartBytes) });
}

/** A file-system failure as the reason a person can act on (the system's code, never its message). */
export function fileProblemOf(err: unknown): ReadError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { code: 'notFound' };
  if (code === 'EISDIR') return { code: 'isDirectory' };
  if (code === 'EACCES' || code === 'EPERM') return { code: 'noPermission' };
  if (code === 'ERR_FS_FILE_TOO_LARGE' || err instanceof RangeError) return { code: 'tooLarge', limit: { kind: 'memory', value: 0 } };
  return { code: 'ioError', errno: typeof code === 'string' ? code : undefined };
}

/** The file's bytes; a file larger than the package bound is refused before it is read at all. */
async function readBytes(file: string, limits: reader.ReadLimits): Promise<Buffer | ReadError> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return { code: 'isDirectory' };
    if (stat.size > limits.maxPackageBytes) return { code: 'tooLarge', limit: { kind: 'package', value: limits.maxPackageBytes } };
    return await fs.readFile(file);
  } catch (err) {
    return fileProblemOf(err);
  }
}

/** Bytes of an .xlsx package → one Grid per worksheet, or why not (src/xlsx/read, the one reader). */
export function gridsFromBytes(bytes: Uint8Array, limits: reader.ReadLimits = reader.DEFAULT_LIMITS): Promise<Grid[] | ReadError> {
  return reader.readWorkbook(bytes, limits, zlibInflater);
}

/** Reads a file and its grids. Never throws for a bad file: the reason comes back typed. */
export async function loadWorkbook(file: string, limits: reader.ReadLimits = reader.DEFAULT_LIMITS): Promise<Loaded> {
  const bytes = await readBytes(file, limits);
  if (!Buffer.isBuffer(bytes)) return { ok: false, error: bytes };
  const grids = await gridsFromBytes(bytes, limits);
  if (isReadError(grids)) return { ok: false, error: grids };
  return { ok: true, bytes, grids };
}
