/** styles.xml `<borders>`: the style and colour of each edge (diagonals left out), by borderId. */
import type { TagScanner } from '../../xml';
import { rgbOf } from './color';
import { readItems } from './items';
import type { BorderSide, BordersLook } from './types';

type Side = 'top' | 'bottom' | 'left' | 'right';
/** `start`/`end` are the names of left/right in strict (ISO) SpreadsheetML. */
const SIDES: Record<string, Side> = { top: 'top', bottom: 'bottom', left: 'left', right: 'right', start: 'left', end: 'right' };

/** The border being read, and the edge whose `<color>` may follow. */
interface Reading {
  border: BordersLook;
  edge: BorderSide | null;
}

function borderChild(s: TagScanner, r: Reading): void {
  if (s.is('color')) {
    const color = rgbOf(s);
    if (r.edge && color) r.edge.color = color;
    return;
  }
  r.edge = null;
  const name = s.xml.slice(s.localStart, s.nameEnd);
  const side = Object.prototype.hasOwnProperty.call(SIDES, name) ? SIDES[name] : undefined;
  const style = s.rawAttr('style');
  // An edge without a style (or `none`) draws nothing, whatever its colour.
  if (side && style && style !== 'none') r.border[side] = r.edge = { style };
}

/** With the scanner on `<borders>`. */
export function readBorders(s: TagScanner): BordersLook[] {
  return readItems<Reading>(s, 'borders', 'border', () => ({ border: {}, edge: null }), borderChild).map((r) => r.border);
}
