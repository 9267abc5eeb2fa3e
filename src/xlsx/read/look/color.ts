/** A `<color>`-like element's `rgb` (ARGB as Excel writes it, or plain RGB) → `RRGGBB`. */
import type { TagScanner } from '../../xml';
import type { Rgb } from './types';

export function rgbOf(s: TagScanner): Rgb | undefined {
  const v = s.rawAttr('rgb');
  if (!v) return undefined;
  if (/^[0-9a-f]{8}$/i.test(v)) return v.slice(2).toUpperCase();
  return /^[0-9a-f]{6}$/i.test(v) ? v.toUpperCase() : undefined;
}
