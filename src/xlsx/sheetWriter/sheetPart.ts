/**
 * A SheetSpec as a worksheet part: inline strings (text is never a formula), numbers from their
 * exact decimal text, styled blanks, column widths, the frozen header rows, internal hyperlinks,
 * the page setup (A4, orientation, fit to one page wide: `<sheetPr><pageSetUpPr fitToPage>` and
 * `<pageSetup>`; the print titles are a defined name of workbook.xml, ./definedNames.ts) and the
 * chart's `<drawing>`.
 */
import { parseA1, toA1 } from '../../core/a1';
import type { PrintSetup, SheetSpec, SpecCell } from '../../core/sheetSpec';
import { escapeAttr, escapeText } from '../xml';
import { NS_MAIN, NS_REL, XML_HEAD } from './opc';

const NUMBER = /^-?\d+(\.\d+)?$/;

/** A sheet name as written in a formula or link: always quoted, `'` doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** `B4`, `$b$4` → `B4`; throws on anything that is not a single cell. */
export function normaliseCell(address: string): string {
  if (address.includes('!') || address.includes(':')) throw new Error(`not a single cell address: ${address}`);
  const { row, col } = parseA1(address.replace(/\$/g, '').toUpperCase());
  return toA1(row, col);
}

/** A link target: a cell or a range (`A1`, `$A$1:$H$20` → `A1:H20`). */
export function normaliseRef(address: string): string {
  const ends = address.split(':');
  if (ends.length > 2) throw new Error(`not a cell or range address: ${address}`);
  return ends.map(normaliseCell).join(':');
}

export interface PlacedCell extends SpecCell {
  row: number;
  col: number;
}

/** The spec's cells by position (a cell given twice: the last one wins), in row then column order. */
export function placeCells(spec: SheetSpec): PlacedCell[] {
  const byCell = new Map<string, PlacedCell>();
  for (const c of spec.cells) {
    const cell = normaliseCell(c.cell);
    if (c.value.type === 'number' && !NUMBER.test(c.value.text)) throw new Error(`${spec.name}!${cell}: not a decimal number: ${c.value.text}`);
    byCell.set(cell, { ...c, cell, ...parseA1(cell) });
  }
  return [...byCell.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

/**
 * Excel's stored width for a width in characters (ECMA-376 §18.3.1.13, maximum digit width 7 px,
 * 5 px padding): what Excel itself writes when a user types that width.
 */
export function storedWidth(chars: number): number {
  return Math.trunc(((chars * 7 + 5) / 7) * 256) / 256;
}

function cellXml(c: PlacedCell, style: number): string {
  const s = style ? ` s="${style}"` : '';
  if (c.value.type === 'number') return `<c r="${c.cell}"${s}><v>${c.value.text}</v></c>`;
  if (c.value.type === 'blank') return style ? `<c r="${c.cell}"${s}/>` : '';
  const text = c.value.text;
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${c.cell}"${s} t="inlineStr"><is><t${space}>${escapeText(text)}</t></is></c>`;
}

function colsXml(widths: readonly number[]): string {
  const cols = widths
    .map((w, i) => (Number.isFinite(w) && w > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${storedWidth(w)}" customWidth="1"/>` : ''))
    .join('');
  return cols ? `<cols>${cols}</cols>` : '';
}

function viewXml(frozenRows: number): string {
  const n = Math.max(0, Math.floor(frozenRows));
  if (n === 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const top = `A${n + 1}`;
  return (
    '<sheetViews><sheetView workbookViewId="0">' +
    `<pane ySplit="${n}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/>` +
    '</sheetView></sheetViews>'
  );
}

/** ECMA-376 §18.18.57 ST_PaperSize. */
const PAPER_SIZE: Record<PrintSetup['paper'], number> = { A4: 9 };

/** `<pageSetup>` (after `<pageMargins>`); fitting to the page also needs `sheetPrXml`'s fitToPage. */
function pageSetupXml(print: PrintSetup | undefined): string {
  if (!print) return '';
  const fit = print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '';
  return `<pageSetup paperSize="${PAPER_SIZE[print.paper]}" orientation="${print.orientation}"${fit}/>`;
}

/** `<sheetPr>`, the worksheet's first child: only to scale the printout to fit (fitToPage). */
function sheetPrXml(print: PrintSetup | undefined): string {
  return print?.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '';
}

/**
 * The worksheet XML. `styleOf` gives a cell's cellXfs index; `drawingRid` the relationship id of
 * the chart's drawing (null: no chart).
 */
export function worksheetXml(spec: SheetSpec, cells: readonly PlacedCell[], styleOf: (c: SpecCell) => number, drawingRid: string | null): string {
  const written = cells.map((c) => ({ c, xml: cellXml(c, styleOf(c)) })).filter((x) => x.xml !== '');
  let dimension = 'A1';
  if (written.length) {
    const rows = written.map((x) => x.c.row);
    const cols = written.map((x) => x.c.col);
    const a = toA1(Math.min(...rows), Math.min(...cols));
    const b = toA1(Math.max(...rows), Math.max(...cols));
    dimension = a === b ? a : `${a}:${b}`;
  }
  let data = '';
  for (let i = 0; i < written.length; ) {
    const row = written[i].c.row;
    let cellsXml = '';
    for (; i < written.length && written[i].c.row === row; i++) cellsXml += written[i].xml;
    data += `<row r="${row + 1}">${cellsXml}</row>`;
  }
  const links = written
    .filter((x) => x.c.link)
    .map(({ c }) => {
      const link = c.link as NonNullable<SpecCell['link']>;
      const display = c.value.type === 'blank' ? '' : ` display="${escapeAttr(c.value.text)}"`;
      return `<hyperlink ref="${c.cell}" location="${escapeAttr(`${quoteSheet(link.sheet)}!${normaliseRef(link.cell)}`)}"${display}/>`;
    })
    .join('');
  return (
    `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    sheetPrXml(spec.print) +
    `<dimension ref="${dimension}"/>` +
    viewXml(spec.frozenRows) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    colsXml(spec.columnWidths) +
    (data ? `<sheetData>${data}</sheetData>` : '<sheetData/>') +
    (links ? `<hyperlinks>${links}</hyperlinks>` : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    pageSetupXml(spec.print) +
    (drawingRid ? `<drawing r:id="${drawingRid}"/>` : '') +
    '</worksheet>'
  );
}
