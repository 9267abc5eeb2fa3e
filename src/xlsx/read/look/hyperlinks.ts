/**
 * A worksheet's `<hyperlinks>` that lead to a place in the workbook: a `location`, or a
 * relationship whose target is `#Sheet!A1` (some writers do that), for each cell of `ref`. Links
 * to web pages or files are left out: the demo follows only links inside the workbook.
 */
import type { TagScanner } from '../../xml';
import { parseMerge } from '../sheetGrid';
import { cellKey } from './types';

/** A range link names every cell of it; a whole-column link is not worth a cell each. */
const MAX_CELLS = 10000;

/** The value of the `…:id` attribute (the relationships namespace, whatever its prefix). */
function relId(s: TagScanner): string | undefined {
  const m = /\s[A-Za-z_][\w.-]*:id\s*=\s*("([^"]*)"|'([^']*)')/.exec(s.xml.slice(s.nameEnd, s.tagEnd));
  return m ? (m[2] ?? m[3]) : undefined;
}

function placeOf(s: TagScanner, rels: Map<string, string>): string | undefined {
  // ExcelJS writes the place with a leading `#` (as in a URL); Excel without
  const location = s.attr('location');
  if (location) return location.startsWith('#') ? location.slice(1) : location;
  const id = relId(s);
  const target = id === undefined ? undefined : rels.get(id);
  return target?.startsWith('#') ? target.slice(1) : undefined;
}

/** With the scanner on `<hyperlinks>`; `rels`: the sheet's relationship id → target. */
export function readHyperlinks(s: TagScanner, rels: Map<string, string>, out: Map<number, string>): void {
  if (s.selfClosing) return;
  while (s.next()) {
    if (s.closing) {
      if (s.is('hyperlinks')) return;
      continue;
    }
    if (s.is('hyperlink')) {
      const place = placeOf(s, rels);
      const r = parseMerge(s.attr('ref') ?? '');
      if (place && r && (r.bottom - r.top + 1) * (r.right - r.left + 1) <= MAX_CELLS) {
        for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.set(cellKey(row, col), place);
      }
    }
    if (!s.selfClosing) s.skip();
  }
  throw new Error('hyperlinks not closed');
}
