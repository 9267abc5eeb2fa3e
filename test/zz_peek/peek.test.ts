import ExcelJS from 'exceljs';
import { workbookToGrids } from '../../src/cli/readGrids';
import { evaluateWorkbook } from '../../src/core/evaluate';
import { formReport } from '../../src/core/report';
test("peek", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile('/work/main/test/fixtures/anting-2024.xlsx');
  const grids = workbookToGrids(wb);
  for (const g of grids) { console.log(g.sheet, g.origin, g.values.length, g.merges.length, g.protected); }
  console.log(JSON.stringify(grids[1].values));
  const ev = evaluateWorkbook(grids);
  for (const s of ev.sheets) console.log(s.sheet, s.forms.length, JSON.stringify(s.findings));
  for (const f of ev.forms) { const r = formReport(f, 'zh-CN'); console.log(JSON.stringify({...r, indicators: r.indicators.length})); }
  console.log(JSON.stringify(ev.plan));
});
