/**
 * A worksheet's own data validation: `<dataValidations>` and, in its `<extLst>`, Excel 2010's
 * `<x14:dataValidations>` (lists from another sheet), whose `sqref` is an element, not an
 * attribute. A validation without a type (Excel's "any value", e.g. an input message only) does
 * not count, as Office.js reports it as type None.
 */
import type { TagScanner } from '../../xml';
import { parseMerge } from '../sheetGrid';
import type { CellRect } from './types';

function rects(sqref: string | undefined, out: CellRect[]): void {
  for (const ref of (sqref ?? '').split(/\s+/)) {
    const r = ref ? parseMerge(ref) : null;
    if (r) out.push(r);
  }
}

/** With the scanner on a `<dataValidations>`; adds the typed validations' cells to `out`. */
export function readValidations(s: TagScanner, out: CellRect[]): void {
  if (s.selfClosing) return;
  while (s.next()) {
    if (s.closing) {
      if (s.is('dataValidations')) return;
      continue;
    }
    if (!s.is('dataValidation')) {
      s.skip();
      continue;
    }
    const type = s.attr('type');
    let sqref = s.attr('sqref');
    if (!s.selfClosing) {
      let depth = 0;
      while (s.next()) {
        if (s.closing) {
          if (depth === 0) break;
          depth--;
        } else if (s.is('sqref')) sqref = s.text();
        else if (!s.selfClosing) s.skip();
      }
    }
    if (type && type !== 'none') rects(sqref, out);
  }
  throw new Error('dataValidations not closed');
}
