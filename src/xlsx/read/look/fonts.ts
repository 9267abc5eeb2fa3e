/**
 * styles.xml `<fonts>`: bold, italic, size and colour of each font, by fontId. `<b val="0"/>` is
 * not bold (ExcelJS reads any `<b>` as bold; Excel does not).
 */
import type { TagScanner } from '../../xml';
import { rgbOf } from './color';
import { isOn, readItems } from './items';
import type { FontLook } from './types';

function fontChild(s: TagScanner, font: FontLook): void {
  if (s.is('b')) {
    if (isOn(s.rawAttr('val'))) font.bold = true;
  } else if (s.is('i')) {
    if (isOn(s.rawAttr('val'))) font.italic = true;
  } else if (s.is('sz')) {
    const size = Number(s.rawAttr('val'));
    if (size > 0) font.size = size;
  } else if (s.is('color')) {
    const color = rgbOf(s);
    if (color) font.color = color;
  }
}

/** With the scanner on `<fonts>`. */
export function readFonts(s: TagScanner): FontLook[] {
  return readItems<FontLook>(s, 'fonts', 'font', () => ({}), fontChild);
}
