/**
 * The list sections of styles.xml (`<fonts>`, `<fills>`, `<borders>`) read the same way: one item
 * per element, its attributes and its descendants handed to the concern's module. The position
 * in the list is the id a cell format refers to, so every item is kept, even an empty one.
 */
import type { TagScanner } from '../../xml';

/**
 * With the scanner on the section's start tag: `start` makes an item from each `<item>` start
 * tag, `child` sees every start tag inside it (nested ones too). Moves past the section's end.
 */
export function readItems<T>(s: TagScanner, section: string, item: string, start: () => T, child: (s: TagScanner, it: T) => void): T[] {
  const out: T[] = [];
  if (s.selfClosing) return out;
  let current: T | null = null;
  let depth = 0;
  while (s.next()) {
    if (s.closing) {
      if (current === null) {
        if (s.is(section)) return out;
      } else if (depth === 0) {
        out.push(current);
        current = null;
      } else depth--;
      continue;
    }
    if (current === null) {
      if (!s.is(item)) s.skip(); // extLst or the like between items
      else if (s.selfClosing) out.push(start());
      else (current = start()), (depth = 0);
    } else {
      child(s, current);
      if (!s.selfClosing) depth++;
    }
  }
  throw new Error(`${section} not closed`);
}

/** A boolean element's `val`: absent means on (`<b/>`), `0`/`false` off. */
export function isOn(v: string | undefined): boolean {
  return v === undefined || (v !== '0' && v !== 'false');
}
