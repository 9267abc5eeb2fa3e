/**
 * Opening a workbook in the browser: the bytes are read by src/xlsx/read — the reader the CLI
 * uses, with the same bounds — into each sheet's Grid (and its look, read when the sheet is
 * first drawn), and wrapped in a DemoWorkbook. A file the reader refuses carries its ReadError,
 * worded by the same table as the CLI's (xlsx/read/readErrorText.ts).
 */
import { isReadError, openPackage, Pause, readGrids, ReadError } from '../xlsx/read';
import { readLooks } from '../xlsx/read/look';
import { DemoWorkbook } from './workbook';

export class DemoLoadError extends Error {
  constructor(readonly problem: ReadError | 'noSheets') {
    super(typeof problem === 'string' ? problem : problem.code);
    this.name = 'DemoLoadError';
  }
}

export async function openWorkbook(bytes: Uint8Array, fileName: string, pause?: Pause): Promise<DemoWorkbook> {
  const pkg = await openPackage(bytes);
  if (isReadError(pkg)) throw new DemoLoadError(pkg);
  const grids = await readGrids(pkg, pause);
  if (isReadError(grids)) throw new DemoLoadError(grids);
  let looks;
  try {
    looks = await readLooks(pkg);
  } catch (err) {
    throw new DemoLoadError({ code: 'badPart', detail: err instanceof Error ? err.message : String(err) });
  }
  if (grids.length === 0) throw new DemoLoadError('noSheets');
  return new DemoWorkbook(grids, looks, fileName, bytes);
}
