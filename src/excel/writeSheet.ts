/**
 * writeSheet(spec): 「绩效自评结果」 in ONE `context.sync`. The caller has read the workbook and checked
 * the sheet is the add-in's own (core/results/ownership.ts); here a sheet of that name is deleted
 * and added again at the same position — the simplest way to leave nothing of the old one (values,
 * formats, hyperlinks, charts) — then filled: all values in one `values` matrix (text Excel would not
 * keep as text gets the quote prefix, as in applyPlan), number formats in one matrix, the styles
 * per row segment, column widths, hyperlinks (ExcelApi 1.7), frozen header rows (1.7), a
 * clustered column or bar chart whose series are set range by range (1.7), every category label
 * shown (tickLabelSpacing 1) and, for bars across, the first category at the top (1.7), and the
 * print setup (./pageLayout.ts, 1.9).
 */
import { columnName, parseA1, parseRange, toA1 } from '../core/a1';
import type { WriteSheetResult } from '../core/port';
import { specBlock, type CellStyle, type SheetSpec, type SpecCell } from '../core/sheetSpec';
import { cellInput } from './applyPlan';
import { HostError, recode } from './errors';
import { runBatch } from './host';
import { queuePageLayout } from './pageLayout';
import { queueSheetList } from './sheetList';
import type { AdapterEnv } from './state';

/** Number format per style for a figure (counts are integers). */
function numberFormatOf(c: SpecCell): string {
  if (c.value.type !== 'number') return 'General';
  return c.style === 'count' ? '0' : '0.00';
}

const BORDERED: CellStyle[] = ['header', 'body', 'count', 'total'];

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const f = range.format;
  if (style === 'title') {
    f.font.bold = true;
    f.font.size = 14;
  } else if (style === 'note') {
    f.font.italic = true;
    f.font.color = '#605E5C';
  } else if (style === 'header') {
    f.font.bold = true;
    f.horizontalAlignment = 'Center';
    f.verticalAlignment = 'Center';
    f.wrapText = true;
    f.fill.color = '#F2F2F2';
  } else if (style === 'total') f.font.bold = true;
  if (BORDERED.includes(style)) {
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const) {
      range.format.borders.getItem(edge).style = 'Continuous';
    }
  }
}

/** Consecutive cells of a row with the same style, as A1 ranges. */
function styleSegments(cells: SpecCell[]): { range: string; style: CellStyle }[] {
  const sorted = [...cells].map((c) => ({ c, p: parseA1(c.cell) })).sort((a, b) => a.p.row - b.p.row || a.p.col - b.p.col);
  const out: { range: string; style: CellStyle }[] = [];
  let start: (typeof sorted)[number] | null = null;
  let prev: (typeof sorted)[number] | null = null;
  const flush = () => {
    if (start && prev) out.push({ range: start.p.row === prev.p.row && start.p.col === prev.p.col ? start.c.cell : `${start.c.cell}:${prev.c.cell}`, style: start.c.style });
  };
  for (const x of sorted) {
    if (!(prev && start && x.p.row === prev.p.row && x.p.col === prev.p.col + 1 && x.c.style === start.c.style)) {
      flush();
      start = x;
    }
    prev = x;
  }
  flush();
  return out;
}

function matrices(spec: SheetSpec): { address: string; values: (string | number)[][]; formats: string[][] } {
  const { address, values } = specBlock<string | number>(spec, (c) => cellInput(c.value), '');
  return { address, values, formats: specBlock(spec, numberFormatOf, 'General').values };
}

const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

/** Every cell of an A1 range (the values block: the spec's cells and the blanks between them). */
function cellsIn(address: string): string[] {
  const r = parseRange(address);
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(toA1(row, col));
  return out;
}

export async function writeSheet(env: AdapterEnv, spec: SheetSpec): Promise<WriteSheetResult> {
  const known = env.state.sheetNames ?? [];
  // Excel's sheet names are unique regardless of case (as core/results/ownership.ts compares them)
  const position = known.findIndex((n) => n.toUpperCase() === spec.name.toUpperCase());
  const chartable = env.caps.sheets;
  const m = matrices(spec);
  // Before the sync, as apply() does: Excel reports the write as one change of the whole block
  // (blanks included), and before ExcelApi 1.14 only these cells tell it from a user's edit.
  env.state.recentWrites.add(spec.name, cellsIn(m.address));
  try {
    await runBatch(env.host, async (context) => {
      const sheets = context.workbook.worksheets;
      if (position >= 0) sheets.getItem(known[position]).delete();
      const ws = sheets.add(spec.name);
      if (position >= 0) ws.position = position;
      const block = ws.getRange(m.address);
      block.numberFormat = m.formats;
      block.values = m.values;
      for (const seg of styleSegments(spec.cells)) applyStyle(ws.getRange(seg.range), seg.style);
      spec.columnWidths.forEach((w, i) => {
        ws.getRange(`${columnName(i)}:${columnName(i)}`).format.columnWidth = Math.round((w * 7 + 5) * 0.75);
      });
      if (env.caps.sheets) {
        for (const c of spec.cells) {
          if (c.link) ws.getRange(c.cell).hyperlink = { documentReference: `${quoted(c.link.sheet)}!${c.link.cell}`, textToDisplay: c.value.text };
        }
        if (spec.frozenRows > 0) ws.freezePanes.freezeRows(spec.frozenRows);
        if (spec.chart) addChart(ws, spec);
      }
      if (spec.print && env.caps.pageLayout) queuePageLayout(ws, spec.print);
      const list = queueSheetList(context);
      await context.sync();
      env.state.setSheets(list());
    });
  } catch (err) {
    if (err instanceof HostError && err.code === 'itemNotFound') throw recode(err, 'sheetDeleted');
    throw err;
  }
  env.state.snapshots.delete(spec.name);
  return { replaced: position >= 0, chartSkipped: spec.chart !== null && !chartable, ...(spec.print && !env.caps.pageLayout ? { printSkipped: true } : {}) };
}

function addChart(ws: Excel.Worksheet, spec: SheetSpec): void {
  const c = spec.chart;
  if (!c || c.series.length === 0) return;
  const [first, ...rest] = c.series;
  const across = c.direction === 'bar';
  const chart = ws.charts.add(across ? 'BarClustered' : 'ColumnClustered', ws.getRange(first.values), 'Columns');
  chart.title.text = c.title;
  chart.legend.position = 'Bottom';
  chart.setPosition(c.from, c.to);
  const s0 = chart.series.getItemAt(0);
  s0.name = first.name;
  s0.setXAxisValues(ws.getRange(c.categories));
  for (const s of rest) {
    const series = chart.series.add(s.name);
    series.setValues(ws.getRange(s.values));
    series.setXAxisValues(ws.getRange(c.categories));
  }
  const categoryAxis = chart.axes.categoryAxis;
  categoryAxis.tickLabelSpacing = 1;
  if (across) categoryAxis.reversePlotOrder = true;
}
