/** Small A1 range helpers of the pane's re-reads (./formReread.ts, ./gridPatch.ts). */
import { parseRange, RangeRef } from '../core';

/** `p` and `q` share a cell; `p` lies inside `area`. */
export const intersects = (p: RangeRef, q: RangeRef) => p.top <= q.bottom && q.top <= p.bottom && p.left <= q.right && q.left <= p.right;
export const within = (p: RangeRef, area: RangeRef) => p.top >= area.top && p.bottom <= area.bottom && p.left >= area.left && p.right <= area.right;

/** The range of an A1 address; null when it is not one. */
export function rangeOrNull(address: string): RangeRef | null {
  try {
    return parseRange(address);
  } catch {
    return null;
  }
}
