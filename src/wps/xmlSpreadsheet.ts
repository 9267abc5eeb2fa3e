/**
 * What the adapter takes from `Range.Value(11)` (XML Spreadsheet 2003 text of a range): its merged
 * areas and each cell's number format, the two things COM has no other bulk read of. Values and
 * formulas come from Value2 / Formula, so `<Data>` is ignored.
 *
 * Tolerant (attribute order, `ss:` prefix or none, `ss:Index` on Row and Cell — 1-based within the
 * range —, cells covered by a merge omitted with or without an `ss:Index` after them, style
 * inheritance through `ss:Parent`, Excel's named formats) and bounded: text over MAX_TEXT, a
 * document without a `<Table>` or anything thrown gives null (the caller falls back to
 * NumberFormat). Positions outside the range's rows × columns are ignored.
 */
import type { RangeRef } from '../core/a1';
import { scanTags } from './xmlTags';

export interface XmlSheetInfo {
  /** Merged areas, rows/columns 0-based within the range (they may reach past its edge). */
  merges: RangeRef[];
  /** Number format per cell of the range, 0-based; null for General or none. */
  formats: (string | null)[][];
}

export const MAX_TEXT = 64 * 1024 * 1024;
const MAX_TAGS = 4_000_000;
const MAX_MERGES = 100_000;
/** Cells per range, and covered row spans remembered (beyond, later omitted cells need ss:Index). */
export const MAX_CELLS = 4_000_000;
const MAX_SPANS = 250_000;
const MAX_SPANS_PER_ROW = 64;
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** Excel's named number formats (what XML Spreadsheet writes for the built-in ones). */
const NAMED_FORMATS: Record<string, string | null> = {
  general: null,
  'general number': null,
  fixed: '0.00',
  standard: '#,##0.00',
  percent: '0.00%',
  scientific: '0.00E+00',
};

/** A number format as the Grid holds it: General (any spelling) → null, named → its code. */
export function normaliseFormat(format: unknown): string | null {
  if (typeof format !== 'string' || format === '') return null;
  const named = NAMED_FORMATS[format.trim().toLowerCase()];
  if (named !== undefined) return named;
  return format === 'G/通用格式' ? null : format;
}

/** A positive integer attribute (1-based index, span) or null. */
function intAttr(v: string | undefined, max: number): number | null {
  if (v === undefined || !/^\s*\d{1,8}\s*$/.test(v)) return null;
  const n = Number(v);
  return n <= max ? n : null;
}

interface Style {
  format?: string | null;
  parent?: string;
}

/** The format of a style, through its parents (bounded: a cycle ends the walk). */
function formatOfStyle(styles: Map<string, Style>, id: string | undefined): string | null {
  let cur = id === undefined ? undefined : styles.get(id);
  for (let depth = 0; cur && depth < 16; depth++) {
    if (cur.format !== undefined) return cur.format;
    cur = cur.parent === undefined ? undefined : styles.get(cur.parent);
  }
  return null;
}

/** The merged areas and number formats of a range of `rows` × `cols` cells, or null (see above). */
export function parseXmlSpreadsheet(text: unknown, rows: number, cols: number): XmlSheetInfo | null {
  if (typeof text !== 'string' || text.length > MAX_TEXT || rows * cols > MAX_CELLS) return null;
  try {
    return parse(text, rows, cols);
  } catch {
    return null;
  }
}

function parse(text: string, rows: number, cols: number): XmlSheetInfo | null {
  const styles = new Map<string, Style>();
  const cellStyles: { row: number; col: number; style: string | undefined }[] = [];
  const merges: RangeRef[] = [];
  /** Cells covered by a merge from a row above, per row: [left, right] spans. */
  const covered = new Map<number, [number, number][]>();
  let style: Style | null = null;
  let inTable = false;
  let sawTable = false;
  let row = -1;
  let col = -1;
  let rowStyle: string | undefined;
  let spanCount = 0;
  const isCovered = (r: number, c: number) => (covered.get(r) ?? []).some(([a, b]) => c >= a && c <= b);

  for (const tag of scanTags(text, MAX_TAGS)) {
    const { name, attrs } = tag;
    if (name === 'Style') {
      if (tag.end) style = null;
      else {
        const id = attrs.get('ID');
        style = {};
        const parent = attrs.get('Parent');
        if (parent !== undefined) style.parent = parent;
        if (id !== undefined && !styles.has(id)) styles.set(id, style);
        if (tag.selfClosing) style = null;
      }
    } else if (name === 'NumberFormat' && style && !tag.end) {
      style.format = normaliseFormat(attrs.get('Format') ?? 'General');
    } else if (name === 'Table') {
      if (tag.selfClosing && !sawTable) sawTable = true; // an empty range
      if (tag.selfClosing || (tag.end && sawTable)) break; // only the first table: the range itself
      if (!tag.end) inTable = sawTable = true;
    } else if (!inTable || tag.end) continue;
    else if (name === 'Row') {
      const index = intAttr(attrs.get('Index'), MAX_ROW);
      row = index !== null && index >= 1 ? index - 1 : row + 1;
      col = -1;
      rowStyle = attrs.get('StyleID');
    } else if (name === 'Cell' && row >= 0) {
      const index = intAttr(attrs.get('Index'), MAX_COL);
      if (index !== null && index >= 1) col = index - 1;
      else {
        col++;
        for (let guard = 0; isCovered(row, col) && guard < MAX_COL; guard++) col++;
      }
      if (row < rows && col < cols) cellStyles.push({ row, col, style: attrs.get('StyleID') ?? rowStyle });
      const across = intAttr(attrs.get('MergeAcross'), MAX_COL) ?? 0;
      const down = intAttr(attrs.get('MergeDown'), MAX_ROW) ?? 0;
      if ((across > 0 || down > 0) && merges.length < MAX_MERGES && row < rows && col < cols) {
        merges.push({ top: row, left: col, bottom: row + down, right: col + across });
        for (let r = row + 1; r <= Math.min(row + down, rows - 1) && spanCount < MAX_SPANS; r++, spanCount++) {
          const spans = covered.get(r) ?? [];
          if (spans.length < MAX_SPANS_PER_ROW) spans.push([col, col + across]);
          covered.set(r, spans);
        }
      }
      col += across;
    }
  }
  if (!sawTable) return null;
  const fallback = formatOfStyle(styles, 'Default');
  const formats: (string | null)[][] = Array.from({ length: rows }, () => new Array<string | null>(cols).fill(fallback));
  for (const c of cellStyles) formats[c.row][c.col] = c.style === undefined ? fallback : formatOfStyle(styles, c.style);
  return { merges, formats };
}
