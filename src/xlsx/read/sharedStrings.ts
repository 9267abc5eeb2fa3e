/** xl/sharedStrings.xml and inline strings: the text of `<si>`/`<is>` items, phonetic runs left out. */
import { decodeExcelEscapes, TagScanner } from '../xml';

/**
 * The text of the string item whose start tag the scanner is on (`<si>` or `<is>`): plain `<t>`
 * and rich-text runs `<r><t>` concatenated, `<rPh>` (phonetic guide) runs excluded. Moves past the
 * item's end tag. `null` when the item holds neither a `<t>` nor a run (ExcelJS reads such an item
 * as an empty value that still occupies its cell).
 */
export function readStringItem(s: TagScanner): { text: string | null; rich: boolean } {
  if (s.selfClosing) return { text: null, rich: false };
  let text: string | null = null;
  let rich = false;
  let depth = 0;
  while (s.next()) {
    if (s.closing) {
      if (depth === 0) return { text, rich };
      depth--;
      continue;
    }
    if (s.is('t')) {
      text = (text ?? '') + decodeExcelEscapes(s.text());
    } else if (s.is('rPh') || s.is('rPr') || s.is('phoneticPr') || s.is('extLst')) {
      s.skip();
    } else if (s.is('r')) {
      rich = true;
      if (text === null) text = '';
      if (!s.selfClosing) depth++;
    } else if (!s.selfClosing) depth++;
  }
  throw new Error('string item not closed');
}

/** The shared string table, by index. */
export function parseSharedStrings(xml: string): (string | null)[] {
  const out: (string | null)[] = [];
  const s = new TagScanner(xml);
  while (s.next()) {
    if (!s.closing && s.is('si')) out.push(readStringItem(s).text);
  }
  return out;
}
