/**
 * A1 → R1C1 formula text, as XML Spreadsheet 2003 writes ss:Formula (`=SUM(R[-3]C:R[-1]C)`),
 * relative to the formula's own cell. Enough for the forms' formulas: cell references and ranges,
 * skipping string literals, quoted sheet names and function names.
 */
import { columnIndex } from '../../../src/core';

const TOKEN = /"(?:[^"]|"")*"|'(?:[^']|'')*'|(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w(.])/g;

export function toR1C1(formula: string, row: number, col: number): string {
  return formula.replace(TOKEN, (m, colAbs: string | undefined, letters: string, rowAbs: string, digits: string, at: number) => {
    if (letters === undefined) return m; // a string literal or a quoted sheet name
    const before = at > 0 ? formula[at - 1] : '';
    if (/[\w.$]/.test(before)) return m; // part of a longer name
    const c = columnIndex(letters);
    const r = Number(digits) - 1;
    if (c > 16383 || r < 0) return m;
    return `R${rowAbs ? r + 1 : offset(r - row)}C${colAbs ? c + 1 : offset(c - col)}`;
  });
}

const offset = (d: number): string => (d === 0 ? '' : `[${d}]`);
