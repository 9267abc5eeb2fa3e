/**
 * The text of a shared-formula clone (`<f t="shared" si="0"/>`): the master's formula moved by the
 * clone's offset, relative references only. Same algorithm as ExcelJS (utils/shared-formula.js),
 * so both readers give a clone the same formula text.
 */

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

import { columnIndex, columnName } from '../../core/a1';

// 1-based column numbers here, as in the formula text; the core's helpers are 0-based.
const letters = (col: number): string => columnName(col - 1);
const columnNumber = (name: string): number => columnIndex(name) + 1;

/** 1-based positions of the master and the clone. */
export function slideFormula(formula: string, fromRow: number, fromCol: number, toRow: number, toCol: number): string {
  return formula.replace(CANDIDATE, (whole: string, sheet: string | undefined, _name: string, ref: string, paren: string | undefined) => {
    if (paren) return whole; // a function name
    const m = CELL_REF.exec(ref);
    if (!m) return whole;
    const [, colDollar, colText, rowDollar, rowText] = m;
    const colName = colText.toUpperCase();
    if (colName.length > 3 || (colName.length === 3 && colName > 'XFD')) return whole; // a defined name
    let col = columnNumber(colName);
    let row = parseInt(rowText, 10);
    if (!colDollar) col += toCol - fromCol;
    if (!rowDollar) row += toRow - fromRow;
    if (col < 1 || col > 16384) return whole; // ExcelJS would throw here; keep the reference as written
    return (sheet || '') + (colDollar || '') + letters(col) + (rowDollar || '') + row;
  });
}
