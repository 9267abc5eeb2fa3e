/**
 * A forward-only tag scanner for reading SpreadsheetML parts (src/xlsx/read): indexOf/charCodeAt
 * over the XML text, no DOM and no SAX objects. Elements are matched by local name, so any namespace prefix
 * (`<x:row>`, `<x:c>`) reads like none. Text comes back the way an XML parser reports it: line
 * ends normalised to `\n`, entities and CDATA sections decoded.
 */
import { decodeAttr, decodeText } from './decode';

const GT = 62; // >
const SLASH = 47; // /
const COLON = 58; // :
const EQ = 61; // =
const QUOT = 34; // "
const APOS = 39; // '
const BANG = 33; // !
const QUEST = 63; // ?

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

export class TagScanner {
  /** Where the next search starts. */
  pos: number;
  /** The current tag: `</name>` or `<name …>`. */
  closing = false;
  selfClosing = false;
  /** Offsets in the text: the local name (after any prefix), the attributes, the end (after `>`). */
  localStart = 0;
  nameEnd = 0;
  tagStart = 0;
  tagEnd = 0;

  constructor(
    readonly xml: string,
    from = 0,
    readonly to = xml.length,
  ) {
    this.pos = from;
  }

  /** Moves to the next start or end tag (comments, CDATA, PIs and doctype skipped); false at the end. */
  next(): boolean {
    const xml = this.xml;
    for (;;) {
      const lt = xml.indexOf('<', this.pos);
      if (lt < 0 || lt >= this.to) {
        this.pos = this.to;
        return false;
      }
      let c = xml.charCodeAt(lt + 1);
      if (c === BANG || c === QUEST) {
        this.pos = skipMarkup(xml, lt);
        continue;
      }
      this.tagStart = lt;
      this.closing = c === SLASH;
      let i = this.closing ? lt + 2 : lt + 1;
      let local = i;
      for (;;) {
        c = xml.charCodeAt(i);
        if (c === COLON) local = i + 1;
        else if (c === GT || c === SLASH || isSpace(c) || Number.isNaN(c)) break;
        i++;
      }
      this.localStart = local;
      this.nameEnd = i;
      // The end of the tag: `>` outside quoted attribute values.
      for (;;) {
        c = xml.charCodeAt(i);
        if (c === GT) break;
        if (c === QUOT || c === APOS) {
          const q = xml.indexOf(c === QUOT ? '"' : "'", i + 1);
          if (q < 0) throw new Error('unterminated attribute value');
          i = q;
        } else if (Number.isNaN(c)) throw new Error('unterminated tag');
        i++;
      }
      this.selfClosing = !this.closing && xml.charCodeAt(i - 1) === SLASH;
      this.tagEnd = i + 1;
      this.pos = i + 1;
      return true;
    }
  }

  /** Is the current tag's local name `name`? */
  is(name: string): boolean {
    return this.nameEnd - this.localStart === name.length && this.xml.startsWith(name, this.localStart);
  }

  /** The raw (undecoded) value of attribute `name` on the current start tag (exact qualified name). */
  rawAttr(name: string): string | undefined {
    const xml = this.xml;
    const end = this.selfClosing ? this.tagEnd - 2 : this.tagEnd - 1;
    let i = this.nameEnd;
    while (i < end) {
      let c = xml.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      const nameStart = i;
      while (i < end && (c = xml.charCodeAt(i)) !== EQ && !isSpace(c)) i++;
      const nameLen = i - nameStart;
      while (i < end && xml.charCodeAt(i) !== QUOT && xml.charCodeAt(i) !== APOS) i++;
      if (i >= end) return undefined;
      const q = xml.charCodeAt(i);
      const close = xml.indexOf(q === QUOT ? '"' : "'", i + 1);
      if (close < 0) return undefined;
      if (nameLen === name.length && xml.startsWith(name, nameStart)) return xml.slice(i + 1, close);
      i = close + 1;
    }
    return undefined;
  }

  /** The decoded value of attribute `name`. */
  attr(name: string): string | undefined {
    const raw = this.rawAttr(name);
    return raw === undefined ? undefined : decodeAttr(raw);
  }

  /**
   * The text content of the current start tag's element (empty when self-closing), decoded; moves
   * past its end tag. Text of nested elements, if any, is included.
   */
  text(): string {
    if (this.selfClosing) return '';
    const xml = this.xml;
    const lt = xml.indexOf('<', this.pos);
    if (lt >= 0 && xml.charCodeAt(lt + 1) === SLASH) {
      // The common case: plain text then the end tag.
      const raw = xml.slice(this.pos, lt);
      const gt = xml.indexOf('>', lt);
      if (gt < 0) throw new Error('unterminated end tag');
      this.pos = gt + 1;
      return decodeText(raw);
    }
    let out = '';
    let depth = 0;
    for (;;) {
      const at = xml.indexOf('<', this.pos);
      if (at < 0) throw new Error('element not closed');
      out += decodeText(xml.slice(this.pos, at));
      if (xml.startsWith('<![CDATA[', at)) {
        const end = xml.indexOf(']]>', at + 9);
        if (end < 0) throw new Error('unterminated CDATA section');
        out += xml.slice(at + 9, end).replace(/\r\n?/g, '\n');
        this.pos = end + 3;
        continue;
      }
      const c = xml.charCodeAt(at + 1);
      if (c === BANG || c === QUEST) {
        this.pos = skipMarkup(xml, at);
        continue;
      }
      this.pos = at;
      if (!this.next()) throw new Error('element not closed');
      if (this.closing) {
        if (depth === 0) return out;
        depth--;
      } else if (!this.selfClosing) depth++;
    }
  }

  /** Moves past the end of the current start tag's element (nested elements included). */
  skip(): void {
    if (this.selfClosing || this.closing) return;
    let depth = 0;
    while (this.next()) {
      if (this.closing) {
        if (depth === 0) return;
        depth--;
      } else if (!this.selfClosing) depth++;
    }
    throw new Error('element not closed');
  }
}

/** Past a comment, CDATA section, processing instruction or doctype starting at `lt`. */
function skipMarkup(xml: string, lt: number): number {
  let end: number;
  if (xml.startsWith('<!--', lt)) end = xml.indexOf('-->', lt + 4) + 3;
  else if (xml.startsWith('<![CDATA[', lt)) end = xml.indexOf(']]>', lt + 9) + 3;
  else if (xml.charCodeAt(lt + 1) === QUEST) end = xml.indexOf('?>', lt + 2) + 2;
  else end = xml.indexOf('>', lt + 2) + 1;
  if (end <= lt) throw new Error('unterminated markup');
  return end;
}
