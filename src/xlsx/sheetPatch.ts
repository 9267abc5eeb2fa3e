/**
 * Writes values into single `<c>` elements of a worksheet part, leaving every other byte alone.
 * Numbers go in as `<v>`, words as inline strings (so `=…` can never become a formula).
 */
import { columnName, parseA1 } from '../core/a1';
import type { PlanValue } from '../core/writePlan';
import { arrayRanges, fixDimension, fixSpans } from './sheetRanges';
import { malformation } from './wellFormed';
import { Element, elements, escapeText, firstElement, getAttr, parseAttrs } from './xml';

export interface CellWrite {
  cell: string;
  value: PlanValue;
}

export type SheetRefusal = { cell: string; reason: 'formula' | 'badValue' };

export interface SheetPatch {
  xml: string;
  written: string[];
  refused: SheetRefusal[];
}

interface Target {
  row: number;
  col: number;
  cell: string;
  value: PlanValue;
}

interface Ctx {
  colStyles: { min: number; max: number; style: string }[];
  written: string[];
  refused: SheetRefusal[];
}

const NUMBER = /^-?\d+(\.\d+)?$/;
const FORMULA = /<([A-Za-z_][\w.-]*:)?f[\s/>]/;

/** The new `<c>`: keeps the old element's attributes (style above all) except r/t/cm/vm. */
function cellXml(prefix: string, t: Target, oldAttrs: string | null, style: string | null, oldInner: string): string {
  const kept = oldAttrs === null ? [] : parseAttrs(oldAttrs).filter((a) => !['r', 't', 'cm', 'vm'].includes(a.name)).map((a) => a.raw);
  if (oldAttrs === null && style !== null && style !== '0') kept.push(`s="${style}"`);
  const ext = /<([A-Za-z_][\w.-]*:)?extLst[\s>][\s\S]*<\/\1extLst>/.exec(oldInner)?.[0] ?? '';
  const attrs = [`r="${t.cell}"`, ...kept];
  if (t.value.type === 'number') return `<${prefix}c ${attrs.join(' ')}><${prefix}v>${t.value.text}</${prefix}v>${ext}</${prefix}c>`;
  if (t.value.type === 'blank') return `<${prefix}c ${attrs.join(' ')}>${ext}</${prefix}c>`; // emptied, style kept
  const text = t.value.text;
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  attrs.push('t="inlineStr"');
  return `<${prefix}c ${attrs.join(' ')}><${prefix}is><${prefix}t${space}>${escapeText(text)}</${prefix}t></${prefix}is>${ext}</${prefix}c>`;
}

/** Style a new cell inherits, as Excel does: the row's (customFormat) or else the column's. */
function inheritedStyle(ctx: Ctx, rowAttrs: string | null, col: number): string | null {
  if (rowAttrs !== null && ['1', 'true'].includes(getAttr(rowAttrs, 'customFormat') ?? '')) {
    const s = getAttr(rowAttrs, 's');
    if (s) return s;
  }
  return ctx.colStyles.find((c) => col + 1 >= c.min && col + 1 <= c.max)?.style ?? null;
}

/**
 * Where the reader (read/cellXml.ts) places a cell and a row, so that a write lands where the
 * reader reads: a cell's column from the letters of its `r` (its digits are the row's business),
 * a row from `r`'s leading digits; null (the next position) when there are none or no number > 0.
 */
function columnOfRef(r: string | undefined): number | null {
  let col = 0;
  for (const ch of r ?? '') {
    const c = ch.charCodeAt(0) | 0x20;
    if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (ch !== '$') break;
  }
  return col > 0 ? col - 1 : null;
}

function rowOfRef(r: string | undefined): number | null {
  const n = parseInt(r ?? '', 10);
  return n > 0 ? n - 1 : null;
}

function patchRow(ctx: Ctx, row: Element | null, rowIndex: number, rowText: string, prefix: string, targets: Target[]): string {
  const rowAttrs = row ? row.attrs : null;
  const inner = row ? rowText.slice(row.innerStart - row.start, row.innerEnd - row.start) : '';
  const ext = inner.search(/<([A-Za-z_][\w.-]*:)?extLst[\s>]/);
  const limit = ext < 0 ? inner.length : ext;
  const cells = elements(inner, 'c', 0, limit);
  const cellPrefix = cells[0]?.prefix ?? prefix;
  let prev = -1;
  const cols = cells.map((c) => (prev = columnOfRef(getAttr(c.attrs, 'r')) ?? prev + 1));
  const edits: { start: number; end: number; col: number; text: string }[] = [];
  for (const t of targets) {
    if (t.value.type === 'number' && !NUMBER.test(t.value.text)) {
      ctx.refused.push({ cell: t.cell, reason: 'badValue' });
      continue;
    }
    // Two <c> of one column (hand-edited XML): the reader keeps the last, so that one is written.
    const i = cols.lastIndexOf(t.col);
    if (i >= 0) {
      const c = cells[i];
      const old = inner.slice(c.innerStart, c.innerEnd);
      if (FORMULA.test(old)) {
        ctx.refused.push({ cell: t.cell, reason: 'formula' });
        continue;
      }
      edits.push({ start: c.start, end: c.end, col: t.col, text: cellXml(c.prefix, t, c.attrs, null, old) });
    } else {
      const next = cols.findIndex((c) => c > t.col);
      const at = next >= 0 ? cells[next].start : cells.length ? cells[cells.length - 1].end : limit;
      edits.push({ start: at, end: at, col: t.col, text: cellXml(cellPrefix, t, null, inheritedStyle(ctx, rowAttrs, t.col), '') });
    }
    ctx.written.push(t.cell);
  }
  if (edits.length === 0) return rowText;
  edits.sort((a, b) => a.start - b.start || a.col - b.col);
  let out = '';
  let cursor = 0;
  for (const e of edits) {
    out += inner.slice(cursor, e.start) + e.text;
    cursor = e.end;
  }
  out += inner.slice(cursor);
  const inserted = edits.filter((e) => e.start === e.end).map((e) => e.col);
  const attrs = row ? fixSpans(row.attrs, inserted) : ` r="${rowIndex + 1}"`;
  return `<${prefix}row${attrs}>${out}</${prefix}row>`;
}

export function patchSheetXml(xml: string, writes: readonly CellWrite[]): SheetPatch {
  const bad = malformation(xml);
  if (bad) throw new Error(`the worksheet XML is malformed (${bad})`);
  const sd = firstElement(xml, 'sheetData');
  if (!sd) throw new Error('the worksheet has no <sheetData>');
  const head = xml.slice(0, sd.start);
  const ctx: Ctx = { colStyles: [], written: [], refused: [] };
  const colsEl = firstElement(head, 'cols');
  if (colsEl) {
    for (const c of elements(head, 'col', colsEl.innerStart, colsEl.innerEnd)) {
      const style = getAttr(c.attrs, 'style');
      if (style) ctx.colStyles.push({ min: Number(getAttr(c.attrs, 'min')), max: Number(getAttr(c.attrs, 'max')), style });
    }
  }
  const byCell = new Map<string, Target>();
  for (const w of writes) {
    const { row, col } = parseA1(w.cell);
    const cell = columnName(col) + String(row + 1);
    byCell.set(cell, { row, col, cell, value: w.value });
  }
  const byRow = new Map<number, Target[]>();
  for (const t of byCell.values()) byRow.set(t.row, [...(byRow.get(t.row) ?? []), t]);
  for (const list of byRow.values()) list.sort((a, b) => a.col - b.col);

  const content = xml.slice(sd.innerStart, sd.innerEnd);
  // A cell inside an array formula's range belongs to that formula even without its own <f>.
  for (const range of arrayRanges(content)) {
    for (const [cell, tg] of byCell) {
      if (tg.row >= range.top && tg.row <= range.bottom && tg.col >= range.left && tg.col <= range.right) {
        ctx.refused.push({ cell, reason: 'formula' });
        byCell.delete(cell);
        const left = (byRow.get(tg.row) ?? []).filter((x) => x !== tg);
        if (left.length) byRow.set(tg.row, left);
        else byRow.delete(tg.row);
      }
    }
  }
  const rows = elements(content, 'row');
  let prev = -1;
  const indices = rows.map((r) => (prev = rowOfRef(getAttr(r.attrs, 'r')) ?? prev + 1));
  const missing = [...byRow.keys()].filter((i) => !indices.includes(i)).sort((a, b) => a - b);
  const p = sd.prefix;
  let out = '';
  let cursor = 0;
  const newRows = (upTo: number) => {
    while (missing.length && missing[0] < upTo) {
      const i = missing.shift() as number;
      out += patchRow(ctx, null, i, '', p, byRow.get(i) as Target[]);
    }
  };
  rows.forEach((row, k) => {
    out += content.slice(cursor, row.start);
    cursor = row.start;
    newRows(indices[k]);
    const targets = byRow.get(indices[k]);
    if (!targets) return;
    out += patchRow(ctx, row, indices[k], content.slice(row.start, row.end), row.prefix, targets);
    cursor = row.end;
  });
  out += content.slice(cursor);
  newRows(Infinity);

  const written = new Set(ctx.written);
  const newHead = fixDimension(head, [...byCell.values()].filter((t) => written.has(t.cell)));
  const open = sd.selfClosing ? `<${p}sheetData${sd.attrs}>` : xml.slice(sd.start, sd.innerStart);
  const close = sd.selfClosing ? `</${p}sheetData>` : xml.slice(sd.innerEnd, sd.end);
  if (ctx.written.length === 0) return { xml, written: [], refused: ctx.refused };
  return { xml: newHead + open + out + close + xml.slice(sd.end), written: ctx.written, refused: ctx.refused };
}
