/** Hands the patched workbook to the browser as a download (the page's only DOM-bound I/O). */
import { downloadName, workbookBytes, XLSM_TYPE, XLSX_TYPE } from './download';
import type { DemoWorkbook } from './workbook';

export async function downloadWorkbook(workbook: DemoWorkbook): Promise<void> {
  const bytes = await workbookBytes(workbook);
  const name = downloadName(workbook.fileName);
  const type = name.endsWith('.xlsm') ? XLSM_TYPE : XLSX_TYPE;
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
