/**
 * writeSheet(spec) through ET: 「绩效自评结果」 / 「问题清单」, a sheet the add-in owns (the caller has
 * checked it: core/results/ownership.ts). A sheet of that name is replaced whole — the new one is
 * added just before it (its tab position) and the old one deleted with DisplayAlerts off (restored
 * after); adding first means a results sheet that is the only visible one can still go — else the
 * new sheet is added after the last. Then: the table in one Value2 call (text with the apostrophe,
 * figures as numbers), figures' number formats per run of cells, column widths, hyperlinks, the
 * native chart (chartSkipped when ET refuses it) and the print setup (printSkipped likewise).
 * Cell styles (bold, fills, borders) and frozen rows are not set: et.ts has no Font/Borders/FreezePanes.
 */
import { columnName } from '../core/a1';
import { HostError } from '../core/hostError';
import type { WriteSheetResult } from '../core/port';
import type { ChartSpec, PrintSetup, SheetSpec } from '../core/sheetSpec';
import type { WpsContext } from './context';
import {
  EtSheets,
  EtWorkbook,
  EtWorksheet,
  XL_BAR_CLUSTERED,
  XL_COLUMN_CLUSTERED,
  XL_COLUMNS,
  XL_LANDSCAPE,
  XL_PAPER_A4,
  XL_PORTRAIT,
} from './et';
import { toHostError } from './errors';
import { quoteSheet } from './refs';
import { chartSource, formatRuns, sheetValues } from './sheetCells';

function findSheet(sheets: EtSheets, name: string): EtWorksheet | null {
  try {
    return sheets.Item(name); // ET's lookup by name ignores case, as its sheet names do
  } catch {
    return null;
  }
}

/** The new sheet where the old one was (or last), the old one deleted; the user stays on their sheet. */
function replaceSheet(ctx: WpsContext, book: EtWorkbook, name: string): { ws: EtWorksheet; replaced: boolean } {
  const sheets = book.Worksheets;
  const old = findSheet(sheets, name);
  const active = book.ActiveSheet ?? null;
  const activeName = active ? active.Name : null;
  let ws: EtWorksheet;
  try {
    ws = old ? sheets.Add(old) : sheets.Add(null, sheets.Item(sheets.Count));
  } catch (err) {
    throw new HostError('accessDenied', `The sheet ${name} could not be added (is the workbook structure protected?).`, { cause: err });
  }
  if (old) {
    const alerts = ctx.app.DisplayAlerts;
    ctx.app.DisplayAlerts = false; // no "delete this sheet?" dialog
    try {
      old.Delete();
    } catch (err) {
      ws.Delete(); // leave no stray "Sheet5" behind: the workbook is as it was
      throw err;
    } finally {
      ctx.app.DisplayAlerts = alerts;
    }
  }
  ws.Name = name;
  if (active && activeName !== null && activeName.toUpperCase() !== name.toUpperCase()) {
    try {
      active.Activate(); // Add activated the new sheet; Excel's adapter leaves the user where they were
    } catch {
      // cannot go back (hidden meanwhile): WPS shows the new sheet
    }
  }
  return { ws, replaced: old !== null };
}

function addChart(ws: EtWorksheet, chart: ChartSpec, source: string): void {
  const from = ws.Range(chart.from);
  const to = ws.Range(chart.to);
  const left = from.Left;
  const top = from.Top;
  const right = to.Left !== undefined && to.Width !== undefined ? to.Left + to.Width : undefined;
  const bottom = to.Top !== undefined && to.Height !== undefined ? to.Top + to.Height : undefined;
  const width = left !== undefined && right !== undefined ? right - left : undefined;
  const height = top !== undefined && bottom !== undefined ? bottom - top : undefined;
  const type = chart.direction === 'bar' ? XL_BAR_CLUSTERED : XL_COLUMN_CLUSTERED;
  const c = ws.Shapes.AddChart(type, left, top, width, height).Chart;
  c.SetSourceData(ws.Range(source), XL_COLUMNS);
  c.HasTitle = true;
  c.ChartTitle.Text = chart.title;
}

function pageSetup(ws: EtWorksheet, print: PrintSetup): void {
  const ps = ws.PageSetup;
  ps.PaperSize = XL_PAPER_A4;
  ps.Orientation = print.orientation === 'landscape' ? XL_LANDSCAPE : XL_PORTRAIT;
  if (print.fitToWidth) {
    ps.Zoom = false; // FitToPages* apply only with Zoom off
    ps.FitToPagesWide = 1;
    ps.FitToPagesTall = false; // as many pages down as it takes
  }
  if (print.titleRows > 0) ps.PrintTitleRows = `$1:$${print.titleRows}`;
}

export async function writeWpsSheet(ctx: WpsContext, spec: SheetSpec): Promise<WriteSheetResult> {
  try {
    return writeSheet(ctx, spec);
  } catch (err) {
    throw toHostError(err); // ET's own exceptions carry no code the pane knows
  }
}

function writeSheet(ctx: WpsContext, spec: SheetSpec): WriteSheetResult {
  const book = ctx.workbook();
  const table = sheetValues(spec);
  const { ws, replaced } = replaceSheet(ctx, book, spec.name);
  ctx.ownWrite(spec.name, table.address);
  ws.Range(table.address).Value2 = table.values;
  for (const run of formatRuns(spec)) ws.Range(run.range).NumberFormat = run.format;
  try {
    spec.columnWidths.forEach((w, i) => {
      ws.Range(`${columnName(i)}1`).ColumnWidth = w; // a cell's ColumnWidth is its column's
    });
  } catch {
    // widths are cosmetic: the table stands without them
  }
  for (const c of spec.cells) {
    if (c.link) ws.Hyperlinks.Add(ws.Range(c.cell), '', `${quoteSheet(c.link.sheet)}!${c.link.cell}`, undefined, c.value.text);
  }
  let chartSkipped = false;
  const source = chartSource(spec);
  if (spec.chart && source) {
    try {
      addChart(ws, spec.chart, source);
    } catch {
      chartSkipped = true;
    }
  }
  let printSkipped = false;
  if (spec.print) {
    try {
      pageSetup(ws, spec.print);
    } catch {
      printSkipped = true;
    }
  }
  return { replaced, chartSkipped, ...(printSkipped ? { printSkipped } : {}) };
}
