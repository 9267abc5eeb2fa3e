/**
 * The few cell formats a SheetSpec needs, found in styles.xml or added to it: fonts, fills and
 * borders as the workbook's default font varied (bold, 14 pt, grey italic, link blue), builtin
 * number formats 1 (`0`) and 2 (`0.00`), and one `<xf>` per look. Entries already there
 * (compared canonically) are reused, so writing a sheet twice does not grow the part.
 */
import type { SpecCell } from '../../core/sheetSpec';
import { elements, firstElement, setAttr } from '../xml';
import { canonical } from './canonical';
import { NS_MAIN, XML_HEAD } from './opc';

/** What a cell holds, as far as its format goes: a figure with decimals, a whole number, text, nothing. */
export type ValueKind = 'text' | 'figure' | 'integer' | 'blank';

export function valueKind(c: SpecCell): ValueKind {
  if (c.value.type === 'blank') return 'blank';
  if (c.value.type === 'text') return 'text';
  return c.value.text.includes('.') ? 'figure' : 'integer';
}

/** The key of a cell's look: its style, what it holds and whether it is a link. */
export function styleKey(c: SpecCell): string {
  return `${c.style}|${valueKind(c)}|${c.link ? 'link' : ''}`;
}

interface Look {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  border?: boolean;
  numFmtId: number;
  horizontal?: 'left' | 'center';
  vertical?: 'center';
  wrap?: boolean;
}

const GREY_TEXT = 'FF808080';
const HEADER_FILL = 'FFD9D9D9';
const LINK_BLUE = 'FF0563C1';

function lookOf(key: string): Look {
  const [style, kind, link] = key.split('|') as [string, ValueKind, string];
  const numeric = kind === 'figure' || kind === 'integer';
  // Figures come as two-decimal text: `0.00`; whole-number text (a count in a totals row) and the
  // 'count' style: `0`.
  const numFmtId = !numeric ? 0 : style === 'count' || kind === 'integer' ? 1 : 2;
  const tableCell: Look = { border: true, numFmtId, vertical: 'center', horizontal: numeric ? undefined : 'left' };
  let look: Look;
  if (style === 'title') look = { bold: true, size: 14, numFmtId: 0 };
  else if (style === 'note') look = { italic: true, color: GREY_TEXT, numFmtId: 0 };
  else if (style === 'header') look = { bold: true, fill: HEADER_FILL, border: true, numFmtId: 0, horizontal: 'center', vertical: 'center', wrap: true };
  else if (style === 'total') look = { ...tableCell, bold: true };
  else look = tableCell; // 'body', 'count', and any style a later CellStyle may add
  return link ? { ...look, underline: true, color: LINK_BLUE } : look;
}

/** CT_Stylesheet's children in schema order. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

const DEFAULTS: Record<string, [string, string[]]> = {
  fonts: ['font', ['<font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font>']],
  fills: ['fill', ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']],
  borders: ['border', ['<border><left/><right/><top/><bottom/><diagonal/></border>']],
  cellStyleXfs: ['xf', ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>']],
  cellXfs: ['xf', ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']],
};

/** A new package's styles.xml: the defaults Excel needs (one font, the two reserved fills, …). */
export const DEFAULT_STYLES_XML =
  `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
  ['fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs'].map((l) => `<${l} count="${DEFAULTS[l][1].length}">${DEFAULTS[l][1].join('')}</${l}>`).join('') +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0"/></styleSheet>';

/** Prefixes every element of a fragment written without one. */
function prefixed(p: string, fragment: string): string {
  return p ? fragment.replace(/<(\/?)(?=[A-Za-z])/g, `<$1${p}`) : fragment;
}

/** The list `name` exists and holds at least its defaults (a styles part may omit some). */
function ensureList(xml: string, name: string): string {
  const root = firstElement(xml, 'styleSheet');
  if (!root || root.selfClosing) throw new Error('styles.xml has no <styleSheet> element');
  const p = root.prefix;
  const [item, defaults] = DEFAULTS[name];
  const el = firstElement(xml, name);
  if (el && !el.selfClosing && elements(xml, item, el.innerStart, el.innerEnd).length > 0) return xml;
  const body = prefixed(p, defaults.join(''));
  if (el) return xml.slice(0, el.start) + `<${p}${name}${setAttr(el.attrs, 'count', String(defaults.length))}>${body}</${p}${name}>` + xml.slice(el.end);
  const later = ORDER.slice(ORDER.indexOf(name) + 1)
    .map((n) => firstElement(xml, n, root.innerStart))
    .filter((e): e is NonNullable<typeof e> => e !== null && e.start < root.innerEnd);
  const at = later.length ? Math.min(...later.map((e) => e.start)) : root.innerEnd;
  return xml.slice(0, at) + `<${p}${name} count="${defaults.length}">${body}</${p}${name}>` + xml.slice(at);
}

/** The index of `fragment` in list `name`, appended if no canonically equal entry is there. */
function ensureItem(xml: string, name: string, fragment: string, unordered = false): { xml: string; index: number } {
  const el = firstElement(xml, name) as NonNullable<ReturnType<typeof firstElement>>;
  const item = DEFAULTS[name][0];
  const items = elements(xml, item, el.innerStart, el.innerEnd);
  const want = canonical(fragment, unordered);
  const found = items.findIndex((i) => canonical(xml.slice(i.start, i.end), unordered) === want);
  if (found >= 0) return { xml, index: found };
  const open = `<${el.prefix}${name}${setAttr(el.attrs, 'count', String(items.length + 1))}>`;
  const out = xml.slice(0, el.start) + open + xml.slice(el.innerStart, el.innerEnd) + prefixed(el.prefix, fragment) + xml.slice(el.innerEnd);
  return { xml: out, index: items.length };
}

/** The default font's face (name, family, charset, scheme) and colour, as written in font 0. */
function baseFont(xml: string): { size: string; color: string; face: string } {
  const fonts = firstElement(xml, 'fonts') as NonNullable<ReturnType<typeof firstElement>>;
  const font = elements(xml, 'font', fonts.innerStart, fonts.innerEnd)[0];
  const raw = (n: string) => {
    const e = firstElement(xml.slice(0, font.innerEnd), n, font.innerStart);
    return e ? xml.slice(e.start, e.end).replace(/<(\/?)[A-Za-z_][\w.-]*:/g, '<$1') : '';
  };
  const size = /val="([^"]*)"/.exec(raw('sz'))?.[1] ?? '11';
  return { size, color: raw('color'), face: ['name', 'family', 'charset', 'scheme'].map(raw).join('') };
}

function fontXml(base: ReturnType<typeof baseFont>, look: Look): string {
  const flags = `${look.bold ? '<b/>' : ''}${look.italic ? '<i/>' : ''}${look.underline ? '<u/>' : ''}`;
  const color = look.color ? `<color rgb="${look.color}"/>` : base.color;
  return `<font>${flags}<sz val="${look.size ?? base.size}"/>${color}${base.face}</font>`;
}

function xfXml(look: Look, fontId: number, fillId: number, borderId: number): string {
  const align = [look.horizontal && `horizontal="${look.horizontal}"`, look.vertical && `vertical="${look.vertical}"`, look.wrap && 'wrapText="1"'].filter(Boolean);
  const apply = [
    look.numFmtId ? ' applyNumberFormat="1"' : '',
    fontId ? ' applyFont="1"' : '',
    fillId ? ' applyFill="1"' : '',
    borderId ? ' applyBorder="1"' : '',
    align.length ? ' applyAlignment="1"' : '',
  ].join('');
  const attrs = `numFmtId="${look.numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${apply}`;
  return align.length ? `<xf ${attrs}><alignment ${align.join(' ')}/></xf>` : `<xf ${attrs}/>`;
}

/** styles.xml with every look of `keys` (see styleKey) present, and each key's cellXfs index. */
export function ensureStyles(stylesXml: string, keys: Iterable<string>): { xml: string; ids: Map<string, number> } {
  let xml = stylesXml;
  for (const list of ['fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs']) xml = ensureList(xml, list);
  const base = baseFont(xml);
  const ids = new Map<string, number>();
  for (const key of [...new Set(keys)].sort()) {
    const look = lookOf(key);
    const plainFont = !look.bold && !look.italic && !look.underline && !look.size && !look.color;
    let fontId = 0;
    let fillId = 0;
    let borderId = 0;
    if (!plainFont) ({ xml, index: fontId } = ensureItem(xml, 'fonts', fontXml(base, look), true));
    if (look.fill) ({ xml, index: fillId } = ensureItem(xml, 'fills', `<fill><patternFill patternType="solid"><fgColor rgb="${look.fill}"/><bgColor indexed="64"/></patternFill></fill>`));
    if (look.border) ({ xml, index: borderId } = ensureItem(xml, 'borders', '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>'));
    const xf = ensureItem(xml, 'cellXfs', xfXml(look, fontId, fillId, borderId));
    xml = xf.xml;
    ids.set(key, xf.index);
  }
  return { xml, ids };
}
