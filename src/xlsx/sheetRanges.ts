/** Ranges around the cells of a worksheet part: row spans, the dimension, array formulas. */
import { parseRange, RangeRef, toA1 } from '../core/a1';
import { firstElement, getAttr, removeAttr, setAttr } from './xml';

/** `spans="1:9"` is an optimisation hint: widen a single span, or drop it. */
export function fixSpans(attrs: string, cols: number[]): string {
  const spans = getAttr(attrs, 'spans');
  if (spans === undefined) return attrs;
  const ranges = spans.trim().split(/\s+/).map((s) => s.split(':').map(Number));
  const inside = (c: number) => ranges.some(([a, b]) => c + 1 >= a && c + 1 <= b);
  if (cols.every(inside)) return attrs;
  if (ranges.length !== 1 || ranges[0].some((n) => !Number.isInteger(n))) return removeAttr(attrs, 'spans');
  const lo = Math.min(ranges[0][0], ...cols.map((c) => c + 1));
  const hi = Math.max(ranges[0][1], ...cols.map((c) => c + 1));
  return setAttr(attrs, 'spans', `${lo}:${hi}`);
}

/** Widen `<dimension ref>` to cover every written cell. */
export function fixDimension(head: string, targets: { row: number; col: number }[]): string {
  const dim = firstElement(head, 'dimension');
  const ref = dim ? getAttr(dim.attrs, 'ref') : undefined;
  if (!dim || !ref || targets.length === 0) return head;
  let r;
  try {
    r = parseRange(ref);
  } catch {
    return head;
  }
  const top = Math.min(r.top, ...targets.map((t) => t.row));
  const left = Math.min(r.left, ...targets.map((t) => t.col));
  const bottom = Math.max(r.bottom, ...targets.map((t) => t.row));
  const right = Math.max(r.right, ...targets.map((t) => t.col));
  if (top === r.top && left === r.left && bottom === r.bottom && right === r.right) return head;
  const tag = `<${dim.prefix}dimension${setAttr(dim.attrs, 'ref', `${toA1(top, left)}:${toA1(bottom, right)}`)}${dim.selfClosing ? '/' : ''}>`;
  return head.slice(0, dim.start) + tag + head.slice(dim.innerStart);
}

/** Ranges of array formulas (`<f t="array" ref=…>`): every cell in them belongs to the formula. */
export function arrayRanges(content: string): RangeRef[] {
  const out: RangeRef[] = [];
  for (const m of content.matchAll(/<(?:[A-Za-z_][\w.-]*:)?f\s([^>]*)>/g)) {
    const ref = getAttr(m[1], 'ref');
    if (getAttr(m[1], 't') === 'array' && ref) {
      try {
        out.push(parseRange(ref));
      } catch {
        /* not a range: ignore */
      }
    }
  }
  return out;
}
