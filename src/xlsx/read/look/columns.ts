/** A worksheet's `<cols>`: the width of each `<col min max width>` range that sets one. */
import type { TagScanner } from '../../xml';
import type { ColumnWidth } from './types';

/** With the scanner on `<cols>`; moves past its end. */
export function readColumns(s: TagScanner): ColumnWidth[] {
  const out: ColumnWidth[] = [];
  if (s.selfClosing) return out;
  while (s.next()) {
    if (s.closing) {
      if (s.is('cols')) return out;
      continue;
    }
    if (s.is('col')) {
      const min = parseInt(s.rawAttr('min') ?? '', 10);
      const max = parseInt(s.rawAttr('max') ?? '', 10);
      const raw = s.rawAttr('width');
      const width = raw === undefined ? NaN : Number(raw);
      if (min >= 1 && max >= min && Number.isFinite(width)) out.push({ first: min - 1, last: max - 1, width });
    }
    if (!s.selfClosing) s.skip();
  }
  throw new Error('cols not closed');
}
