/**
 * Opening a workbook in the browser: the bytes are read by src/xlsx/read — the reader the CLI
 * uses — into each sheet's Grid (and its look, read when the sheet is first drawn), and wrapped
 * in a DemoWorkbook. Failures carry a reason
 * the page words for the user.
 */
import { isReadError, openPackage, readGrids, ReadErrorCode } from '../xlsx/read';
import { readLooks } from '../xlsx/read/look';
import { DemoWorkbook } from './workbook';

export type LoadFailure = 'notXlsx' | 'unreadable' | 'noSheets';

export class DemoLoadError extends Error {
  constructor(
    readonly reason: LoadFailure,
    readonly detail?: string,
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = 'DemoLoadError';
  }
}

/** A broken package is unreadable; anything else the reader refuses is no .xlsx at all. */
const reasonOf = (code: ReadErrorCode): LoadFailure => (code === 'corruptZip' || code === 'parseFailed' ? 'unreadable' : 'notXlsx');

export async function openWorkbook(bytes: Uint8Array, fileName: string): Promise<DemoWorkbook> {
  const pkg = await openPackage(bytes);
  if (isReadError(pkg)) throw new DemoLoadError(reasonOf(pkg.code), pkg.detail);
  let grids;
  let looks;
  try {
    grids = await readGrids(pkg);
    looks = await readLooks(pkg);
  } catch (err) {
    throw new DemoLoadError('unreadable', err instanceof Error ? err.message : String(err));
  }
  if (grids.length === 0) throw new DemoLoadError('noSheets');
  return new DemoWorkbook(grids, looks, fileName, bytes);
}
