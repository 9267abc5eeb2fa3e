/**
 * The one XML layer of src/xlsx. Here: just enough for surgical edits of SpreadsheetML parts
 * (start tags by local name, any namespace prefix; attributes; escaping), everything not touched
 * kept byte for byte. For reading, a forward-only tag scanner (xml/tagScanner.ts) and the
 * decoding of text and attributes (xml/decode.ts), re-exported here.
 */
import { unescapeXml } from './xml/decode';

export { decodeAttr, decodeExcelEscapes, decodeText, unescapeXml } from './xml/decode';
export { TagScanner } from './xml/tagScanner';

/** The attribute text of a start tag; quoted values may contain `>` or `/`. */
const ATTRS = `(?:[^>"']|"[^"]*"|'[^']*')*?`;
const PREFIX = `((?:[A-Za-z_][\\w.-]*:)?)`;

/** `<prefix:name attrs>` or `<prefix:name attrs/>`: groups 1 prefix, 2 attributes, 3 `/` if empty. */
export function startTagRe(localName: string, flags = 'g'): RegExp {
  return new RegExp(`<${PREFIX}${localName}(?=[\\s/>])(${ATTRS})(/?)>`, flags);
}

export interface Element {
  prefix: string;
  attrs: string;
  /** Offsets in the searched text: the whole element, and its content (start = end if empty). */
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  selfClosing: boolean;
}

/**
 * Consecutive elements `localName` in text[from, to), skipping what lies between them. Assumes
 * they do not nest (true of row, c, col, sheet, Relationship).
 */
export function elements(text: string, localName: string, from = 0, to = text.length): Element[] {
  const re = startTagRe(localName);
  re.lastIndex = from;
  const out: Element[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    const [whole, prefix, attrs, slash] = m;
    const innerStart = m.index + whole.length;
    if (slash === '/') {
      out.push({ prefix, attrs, start: m.index, end: innerStart, innerStart, innerEnd: innerStart, selfClosing: true });
      continue;
    }
    const close = `</${prefix}${localName}>`;
    const innerEnd = text.indexOf(close, innerStart);
    if (innerEnd < 0) throw new Error(`<${prefix}${localName}> is not closed`);
    out.push({ prefix, attrs, start: m.index, end: innerEnd + close.length, innerStart, innerEnd, selfClosing: false });
    re.lastIndex = innerEnd + close.length;
  }
  return out;
}

/** The first element `localName` at or after `from`, or null. */
export function firstElement(text: string, localName: string, from = 0): Element | null {
  const re = startTagRe(localName);
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m) return null;
  return elements(text, localName, m.index, m.index + 1)[0] ?? null;
}

export interface Attr {
  name: string;
  value: string;
  /** The attribute as written (`name="value"`), kept verbatim when passed through. */
  raw: string;
}

export function parseAttrs(attrs: string): Attr[] {
  const out: Attr[] = [];
  const re = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(attrs))) out.push({ name: m[1], value: unescapeXml(m[3] ?? m[4] ?? ''), raw: m[0] });
  return out;
}

export function getAttr(attrs: string, name: string): string | undefined {
  return parseAttrs(attrs).find((a) => a.name === name)?.value;
}

/** The attribute text with `name` set to `value` (replaced in place, or appended). */
export function setAttr(attrs: string, name: string, value: string): string {
  const list = parseAttrs(attrs);
  const raw = `${name}="${escapeAttr(value)}"`;
  if (!list.some((a) => a.name === name)) return `${attrs.replace(/\s+$/, '')} ${raw}`;
  return ' ' + list.map((a) => (a.name === name ? raw : a.raw)).join(' ');
}

export function removeAttr(attrs: string, name: string): string {
  const list = parseAttrs(attrs);
  if (!list.some((a) => a.name === name)) return attrs;
  const kept = list.filter((a) => a.name !== name).map((a) => a.raw);
  return kept.length ? ' ' + kept.join(' ') : '';
}

/** Characters XML 1.0 cannot carry at all. */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeText(s: string): string {
  return s.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}
