/**
 * xl/styles.xml reduced to what a Grid needs: the number format of each cell style (`<cellXfs>`
 * index), and whether ExcelJS would read numbers in that format as dates.
 */
import { TagScanner } from '../xml';

/** Excel's built-in number formats, as ExcelJS knows them (lib/xlsx/defaultnumformats.js). */
const BUILT_IN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** ExcelJS's test (utils.isDateFmt): a date/time token outside `[…]` and `"…"`. */
export function isDateFormat(fmt: string | null): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]/.test(bare);
}

export interface StyleTable {
  /** Number format of cell style `s` (null: none, as for style 0 or a General-less style). */
  format: (string | null)[];
  date: boolean[];
}

export const NO_STYLES: StyleTable = { format: [], date: [] };

export function parseStyles(xml: string): StyleTable {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  const s = new TagScanner(xml);
  while (s.next()) {
    if (s.closing) continue;
    if (s.is('numFmts')) {
      if (s.selfClosing) continue;
      while (s.next() && !(s.closing && s.is('numFmts'))) {
        if (s.closing || !s.is('numFmt')) continue;
        const id = parseInt(s.attr('numFmtId') ?? '', 10);
        const code = s.attr('formatCode');
        // ExcelJS drops the backslash of escaped characters (`0.00\%` reads as `0.00%`).
        if (code !== undefined) custom.set(id, code.replace(/\\(.)/g, '$1'));
        s.skip();
      }
    } else if (s.is('cellXfs')) {
      if (s.selfClosing) continue;
      while (s.next() && !(s.closing && s.is('cellXfs'))) {
        if (s.closing || !s.is('xf')) continue;
        xfFormats.push(parseInt(s.attr('numFmtId') ?? '', 10));
        s.skip();
      }
    } else if (s.is('cellStyleXfs') || s.is('dxfs') || s.is('fonts') || s.is('fills') || s.is('borders') || s.is('extLst')) {
      s.skip();
    }
  }
  const format: (string | null)[] = [];
  const date: boolean[] = [];
  for (const id of xfFormats) {
    // As ExcelJS: numFmtId 0 (or none) gives no format at all, not "General".
    const fmt = id ? custom.get(id) || BUILT_IN[id] || null : null;
    format.push(fmt);
    date.push(isDateFormat(fmt));
  }
  return { format, date };
}
