/** The demo host over the real fixture, in Node (ExcelJS's Node build has the same API). */
import * as fs from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { DemoPort } from '../../src/demo/port';
import { DemoView } from '../../src/demo/view';
import { DemoWorkbook } from '../../src/demo/workbook';

export const FIXTURE = path.resolve(__dirname, '../fixtures/anting-2024.xlsx');
export const RUNNING = '安亭城运日常运行费用';

export async function fixturePort(edit?: (wb: ExcelJS.Workbook) => void): Promise<DemoPort> {
  let bytes = new Uint8Array(fs.readFileSync(FIXTURE));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  if (edit) {
    edit(wb);
    bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  }
  const workbook = new DemoWorkbook(wb, 'anting-2024.xlsx', bytes);
  return new DemoPort(workbook, new DemoView(workbook.sheetNames()[0]));
}
