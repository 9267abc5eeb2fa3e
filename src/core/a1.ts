import { memoizeString } from './memo';

/** A1 addresses. Rows and columns are 0-based inside the code, 1-based only in A1 text. */

export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const columnNames: string[] = [];

export function columnName(col: number): string {
  return columnNames[col] ?? (columnNames[col] = computeColumnName(col));
}

function computeColumnName(col: number): string {
  let n = col + 1;
  let name = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

export function columnIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function toA1(row: number, col: number): string {
  if (row >= ADDRESS_CACHE_ROWS || col >= 64) return columnName(col) + String(row + 1);
  // Forms are laid out alike: the same addresses come back for every sheet; build each once.
  const cached = (addressCache[row] ??= [])[col];
  return cached ?? (addressCache[row][col] = columnName(col) + String(row + 1));
}

const ADDRESS_CACHE_ROWS = 100000;
const addressCache: string[][] = [];

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function parseA1(address: string): CellRef {
  const fast = parsePlainA1(address);
  if (fast) return fast;
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const m = CELL_RE.exec(bare.trim());
  if (!m) throw new Error(`not an A1 cell address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** `G14` without $, sheet or spaces: parsed by hand, as merges and origins always are. */
function parsePlainA1(address: string): CellRef | null {
  let i = 0;
  let col = 0;
  const n = address.length;
  while (i < n && i < 3) {
    const c = address.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
    i++;
  }
  if (i === 0 || i === n) return null;
  let row = 0;
  for (let j = i; j < n; j++) {
    const c = address.charCodeAt(j);
    if (c < 48 || c > 57) return null;
    row = row * 10 + (c - 48);
  }
  return row > 0 && n - i <= 7 ? { row: row - 1, col: col - 1 } : null;
}

/** Ranges repeat across sheets laid out alike (merges): parse each text once. Do not mutate. */
export function parseRange(address: string): RangeRef {
  return parseRangeMemo(address);
}

const parseRangeMemo = memoizeString(parseRangeText);

function parseRangeText(address: string): RangeRef {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b = a] = bare.split(':');
  const p = parseA1(a);
  const q = parseA1(b);
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function rangeToA1(r: RangeRef): string {
  const a = toA1(r.top, r.left);
  const b = toA1(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}
