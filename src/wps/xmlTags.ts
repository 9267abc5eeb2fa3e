/**
 * A minimal, bounded scanner of XML start/end tags (no DOM: src/wps is type-checked without the
 * DOM libs, and DOMParser is not in every WPS build). Text content is not needed (values come from
 * Value2), so only tags and their attributes are returned. Comments, CDATA, processing
 * instructions and declarations are skipped; a truncated tag ends the scan; names lose their
 * namespace prefix (`ss:Index` and `Index` are the same attribute).
 */

export interface XmlTag {
  /** Local name (without prefix). */
  name: string;
  /** Attributes by local name, entity-decoded; the first of two same-named wins. */
  attrs: Map<string, string>;
  /** `</Name>`. */
  end: boolean;
  /** `<Name … />`. */
  selfClosing: boolean;
}

const ATTR = /([^\s=/>"']+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(#x[0-9a-f]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (whole, e: string) => {
    const lower = e.toLowerCase();
    if (lower in NAMED) return NAMED[lower];
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const localName = (qname: string) => qname.slice(qname.lastIndexOf(':') + 1);

/** Where the tag opened at `lt` ends (its `>`, outside quotes), or -1 when the text is cut off. */
function tagEnd(text: string, lt: number): number {
  let quote = '';
  for (let i = lt + 1; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i;
    else if (ch === '<') return -1; // a new tag before this one closed: malformed, stop here
  }
  return -1;
}

const SKIPS: [string, string][] = [
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
  ['<?', '?>'],
  ['<!', '>'],
];

/** The tags of `text`, at most `maxTags` of them. */
export function* scanTags(text: string, maxTags: number): Generator<XmlTag> {
  let pos = 0;
  let count = 0;
  while (count < maxTags) {
    const lt = text.indexOf('<', pos);
    if (lt < 0) return;
    const skip = SKIPS.find(([open]) => text.startsWith(open, lt));
    if (skip) {
      const close = text.indexOf(skip[1], lt + skip[0].length);
      if (close < 0) return;
      pos = close + skip[1].length;
      continue;
    }
    const gt = tagEnd(text, lt);
    if (gt < 0) return;
    pos = gt + 1;
    const end = text[lt + 1] === '/';
    let inner = text.slice(lt + (end ? 2 : 1), gt);
    const selfClosing = inner.endsWith('/');
    if (selfClosing) inner = inner.slice(0, -1);
    const nameMatch = /^\s*([^\s/>]+)/.exec(inner);
    if (!nameMatch) continue;
    const attrs = new Map<string, string>();
    if (!end) {
      ATTR.lastIndex = nameMatch[0].length;
      for (let m = ATTR.exec(inner); m; m = ATTR.exec(inner)) {
        const key = localName(m[1]);
        if (!attrs.has(key)) attrs.set(key, decodeEntities(m[2] ?? m[3] ?? ''));
      }
    }
    count++;
    yield { name: localName(nameMatch[1]), attrs, end, selfClosing };
  }
}
