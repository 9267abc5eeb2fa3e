/**
 * xl/styles.xml → one CellLookStyle per `<cellXfs>` entry (a cell's `s` attribute indexes it): its
 * font, fill and border by id, its `<alignment>`, its number format (../styles.ts, as the Grid
 * has it). As ExcelJS resolves a style: an xf's font/fill/border apply whenever their id names
 * one, `applyFont` and the like are not consulted.
 */
import { TagScanner } from '../../xml';
import { parseStyles } from '../styles';
import { readBorders } from './borders';
import { readFills } from './fills';
import { readFonts } from './fonts';
import type { AlignLook, BordersLook, CellLookStyle, FontLook, Rgb } from './types';

interface Xf {
  font: number;
  fill: number;
  border: number;
  align?: AlignLook;
}

const id = (v: string | undefined) => (v === undefined ? -1 : parseInt(v, 10));

function readAlignment(s: TagScanner): AlignLook | undefined {
  const align: AlignLook = {};
  const h = s.rawAttr('horizontal');
  const v = s.rawAttr('vertical');
  const wrap = s.rawAttr('wrapText');
  if (h && h !== 'general') align.horizontal = h;
  if (v) align.vertical = v === 'center' ? 'middle' : v;
  if (wrap === '1' || wrap === 'true') align.wrap = true;
  return Object.keys(align).length ? align : undefined;
}

function readXf(s: TagScanner): Xf {
  const xf: Xf = { font: id(s.rawAttr('fontId')), fill: id(s.rawAttr('fillId')), border: id(s.rawAttr('borderId')) };
  if (s.selfClosing) return xf;
  while (s.next() && !(s.closing && s.is('xf'))) {
    if (s.closing) continue;
    if (s.is('alignment')) xf.align = readAlignment(s);
    s.skip();
  }
  return xf;
}

function readCellXfs(s: TagScanner): Xf[] {
  const out: Xf[] = [];
  if (s.selfClosing) return out;
  while (s.next() && !(s.closing && s.is('cellXfs'))) {
    if (s.closing) continue;
    if (s.is('xf')) out.push(readXf(s));
    else s.skip();
  }
  return out;
}

export function parseCellStyles(xml: string): CellLookStyle[] {
  let fonts: FontLook[] = [];
  let fills: (Rgb | undefined)[] = [];
  let borders: BordersLook[] = [];
  let xfs: Xf[] = [];
  const s = new TagScanner(xml);
  while (s.next()) {
    if (s.closing) continue;
    if (s.is('fonts')) fonts = readFonts(s);
    else if (s.is('fills')) fills = readFills(s);
    else if (s.is('borders')) borders = readBorders(s);
    else if (s.is('cellXfs')) xfs = readCellXfs(s);
    else if (s.is('cellStyleXfs') || s.is('dxfs') || s.is('numFmts') || s.is('extLst') || s.is('colors') || s.is('cellStyles') || s.is('tableStyles')) s.skip();
  }
  const { format } = parseStyles(xml);
  return xfs.map((xf, i) => {
    const style: CellLookStyle = { numFmt: format[i] ?? null };
    const font = fonts[xf.font];
    if (font && Object.keys(font).length) style.font = font;
    const fill = fills[xf.fill];
    if (fill) style.fill = fill;
    const border = borders[xf.border];
    if (border && Object.keys(border).length) style.border = border;
    if (xf.align) style.align = xf.align;
    return style;
  });
}
