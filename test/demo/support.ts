/**
 * The demo host over the real fixture, in Node: the workbook opened as the page opens it
 * (src/demo/load.ts, src/xlsx/read). An `edit` is made with ExcelJS, the file written and read back.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { openWorkbook } from '../../src/demo/load';
import { DemoPort } from '../../src/demo/port';
import { DemoView } from '../../src/demo/view';

export const FIXTURE = path.resolve(__dirname, '../fixtures/anting-2024.xlsx');
export const RUNNING = '安亭城运日常运行费用';

/** The fixture's bytes, edited with ExcelJS first when `edit` is given. */
export async function fixtureBytes(edit?: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const bytes = new Uint8Array(fs.readFileSync(FIXTURE));
  if (!edit) return bytes;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  edit(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function fixturePort(edit?: (wb: ExcelJS.Workbook) => void): Promise<DemoPort> {
  const workbook = await openWorkbook(await fixtureBytes(edit), 'anting-2024.xlsx');
  return new DemoPort(workbook, new DemoView(workbook.sheetNames()[0]));
}
