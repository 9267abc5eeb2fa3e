/**
 * Opening a workbook in the browser: the bytes are checked (an .xlsx is a zip package; an old
 * .xls or a text file is not), read with ExcelJS (its browser build, loaded on demand), and
 * wrapped in a DemoWorkbook. Failures carry a reason the page words for the user.
 */
import type { Workbook } from 'exceljs';
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

/** The four bytes every zip package (and so every .xlsx) starts with. */
function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

async function newWorkbook(): Promise<Workbook> {
  const m = (await import(/* webpackChunkName: "exceljs" */ 'exceljs')) as unknown as { Workbook?: new () => Workbook; default?: { Workbook: new () => Workbook } };
  const Ctor = m.Workbook ?? m.default?.Workbook;
  if (!Ctor) throw new Error('ExcelJS did not load');
  return new Ctor();
}

export async function openWorkbook(bytes: Uint8Array, fileName: string): Promise<DemoWorkbook> {
  if (!isZip(bytes)) throw new DemoLoadError('notXlsx');
  const wb = await newWorkbook();
  try {
    await wb.xlsx.load(bytes.slice().buffer);
  } catch (err) {
    throw new DemoLoadError('unreadable', err instanceof Error ? err.message : String(err));
  }
  if (wb.worksheets.length === 0) throw new DemoLoadError('noSheets');
  return new DemoWorkbook(wb, fileName, bytes);
}
