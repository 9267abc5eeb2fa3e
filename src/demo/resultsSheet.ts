/**
 * A SheetSpec (「绩效自评结果」) as the demo holds it after the add-in's writeSheet: its Grid (values,
 * text as text, figures as the double Excel stores, number formats) and its look (bold, borders,
 * fills, column widths, links to the forms), made directly from the spec, as the Excel adapter
 * formats the sheet (src/excel). The chart is kept beside it; the grid view draws it.
 */
import { CellStyle, Grid, parseA1, SheetSpec, SpecCell } from '../core';
import { CellLookStyle, cellKey, emptyLook, SheetLook } from '../xlsx/read/look';
import { Cells, emptyCells, toGrid } from '../xlsx/read/sheetGrid';

const THIN = { style: 'thin' };
const BOX = { top: THIN, bottom: THIN, left: THIN, right: THIN };

const BY_STYLE: Record<CellStyle, Omit<CellLookStyle, 'numFmt'>> = {
  title: { font: { bold: true, size: 14 } },
  note: { font: { italic: true, color: '605E5C' } },
  header: { font: { bold: true }, align: { horizontal: 'center', vertical: 'middle', wrap: true }, border: BOX, fill: 'F2F2F2' },
  body: { border: BOX },
  count: { border: BOX },
  total: { font: { bold: true }, border: BOX },
};

function numFmtOf(c: SpecCell): string | null {
  if (c.value.type !== 'number') return null;
  return c.style === 'count' ? '0' : '0.00';
}

/** A link's target as a hyperlink's `location` is written: `'Sheet'!A1`. */
export function locationOf(link: { sheet: string; cell: string }): string {
  return `'${link.sheet.replace(/'/g, "''")}'!${link.cell}`;
}

export function resultsSheet(spec: SheetSpec): { grid: Grid; look: SheetLook } {
  const look = emptyLook();
  const styleIndex = new Map<string, number>();
  const cells: Cells = emptyCells();
  for (const c of spec.cells) {
    const { row, col } = parseA1(c.cell);
    const numFmt = numFmtOf(c);
    const key = `${c.style}|${numFmt}`;
    let s = styleIndex.get(key);
    if (s === undefined) {
      styleIndex.set(key, (s = look.styles.length));
      look.styles.push({ ...BY_STYLE[c.style], numFmt });
    }
    look.cellStyles.set(cellKey(row, col), s);
    if (c.link) look.links.set(cellKey(row, col), locationOf(c.link));
    if (c.value.type === 'blank') continue; // styled, but no value
    cells.row.push(row);
    cells.col.push(col);
    cells.value.push(c.value.type === 'number' ? Number(c.value.text) : c.value.text); // the host stores a double, as Excel
    cells.formula.push(null);
    cells.format.push(numFmt);
  }
  spec.columnWidths.forEach((width, i) => look.colWidths.push({ first: i, last: i, width }));
  return { grid: toGrid(spec.name, cells, [], [], false), look };
}
