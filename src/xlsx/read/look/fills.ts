/**
 * styles.xml `<fills>`: the colour of each solid fill, by fillId. Other patterns and gradients
 * give none (the grid view draws solid fills only, as before).
 */
import type { TagScanner } from '../../xml';
import { rgbOf } from './color';
import { readItems } from './items';
import type { Rgb } from './types';

interface Fill {
  solid: boolean;
  color?: Rgb;
}

function fillChild(s: TagScanner, fill: Fill): void {
  if (s.is('patternFill')) fill.solid = s.rawAttr('patternType') === 'solid';
  else if (s.is('fgColor') && fill.solid) fill.color = rgbOf(s);
  else if (s.is('gradientFill')) fill.solid = false;
}

/** With the scanner on `<fills>`. */
export function readFills(s: TagScanner): (Rgb | undefined)[] {
  return readItems<Fill>(s, 'fills', 'fill', () => ({ solid: false }), fillChild).map((f) => (f.solid ? f.color : undefined));
}
