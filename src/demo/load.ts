/**
 * Opening a workbook in the browser: the bytes are read by src/xlsx/read — the reader the CLI
 * uses, with the same bounds — into each sheet's Grid (and its look, read when the sheet is
 * first drawn), and wrapped in a DemoWorkbook. A file the reader refuses carries its ReadError,
 * worded by the same table as the CLI's (xlsx/read/readErrorText.ts). `readSheets` reads the
 * Grids elsewhere (the page passes a Web Worker, readInWorker.ts); the looks are read here, of
 * the sheets the reader did not cut or leave unread.
 */
import type { Grid } from '../core/grid';
import { isReadError, openPackage, readGrids, ReadError } from '../xlsx/read';
import { readLooks } from '../xlsx/read/look';
import { DemoWorkbook } from './workbook';

export class DemoLoadError extends Error {
  constructor(readonly problem: ReadError | 'noSheets') {
    super(typeof problem === 'string' ? problem : problem.code);
    this.name = 'DemoLoadError';
  }
}

export type ReadSheets = (bytes: Uint8Array) => Promise<Grid[] | ReadError>;

export async function openWorkbook(bytes: Uint8Array, fileName: string, readSheets?: ReadSheets): Promise<DemoWorkbook> {
  const read = readSheets ? await readSheets(bytes) : null;
  if (read && isReadError(read)) throw new DemoLoadError(read);
  const pkg = await openPackage(bytes);
  if (isReadError(pkg)) throw new DemoLoadError(pkg);
  const grids = read ?? (await readGrids(pkg));
  if (isReadError(grids)) throw new DemoLoadError(grids);
  let looks;
  try {
    // A sheet the reader cut or left unread is drawn plain: its look would cost what its cells did.
    looks = await readLooks(pkg, new Set(grids.filter((g) => g.cut).map((g) => g.sheet)));
  } catch (err) {
    throw new DemoLoadError({ code: 'badPart', detail: err instanceof Error ? err.message : String(err) });
  }
  if (grids.length === 0) throw new DemoLoadError('noSheets');
  return new DemoWorkbook(grids, looks, fileName, bytes);
}
