/**
 * One zip entry's bytes, inflated with fflate's streaming Inflate and checked while they arrive
 * (issue 10): the compressed data goes in small slices, so that no slice can yield more than
 * ~16 MB, and after each one the part's size, the package's total and the compression ratio are
 * held against the limits. A zip bomb is stopped within its first slices, never inflated first
 * and measured after. At the end the size and the CRC-32 must be the directory's.
 */
import { Inflate } from 'fflate';
import { crc32 } from './crc32';
import type { ReadLimits } from './limits';
import { refuse } from './refusal';
import { compressedData, ZipEntry } from './zipDirectory';

/** Compressed bytes per push: deflate expands at most ~1032:1, so one push yields ≤ ~16.5 MB. */
const SLICE = 16 * 1024;

/** What a package has spent so far (the sum of the parts inflated), against its limits. */
export class Budget {
  inflated = 0;
  constructor(readonly limits: ReadLimits) {}

  spend(bytes: number): void {
    this.inflated += bytes;
    if (this.inflated > this.limits.maxPackageBytes) refuse('tooLarge', { limit: { kind: 'package', value: this.limits.maxPackageBytes } });
  }
}

function join(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) out.set(c, at), (at += c.length);
  return out;
}

function tooLarge(part: string, kind: 'part' | 'ratio', value: number): never {
  return refuse('tooLarge', { part, limit: { kind, value } });
}

/** The bounds a part is held to after `total` bytes came out of `consumed` compressed ones. */
function check(e: ZipEntry, total: number, consumed: number, limits: ReadLimits): void {
  const ratioExceeded = total / Math.max(consumed, 1) > limits.maxRatio;
  if (ratioExceeded && (total > limits.ratioFloorBytes || total > e.size)) tooLarge(e.name, 'ratio', limits.maxRatio);
  if (total > limits.maxPartBytes) tooLarge(e.name, 'part', limits.maxPartBytes);
  if (total > e.size) refuse('corruptZip', { part: e.name, detail: `inflates beyond its declared ${e.size} bytes` });
}

/** The entry's uncompressed bytes. Throws a ReadRefusal for a bound passed or bad data. */
export function entryBytes(zip: Uint8Array, e: ZipEntry, budget: Budget): Uint8Array {
  const { limits } = budget;
  if (e.size > limits.maxPartBytes) tooLarge(e.name, 'part', limits.maxPartBytes);
  const raw = compressedData(zip, e);
  let out: Uint8Array;
  if (e.method === 0) {
    if (raw.length !== e.size) refuse('corruptZip', { part: e.name, detail: 'stored size differs from the declared size' });
    budget.spend(raw.length);
    out = raw;
  } else if (e.method === 8) {
    out = inflateChecked(raw, e, budget);
  } else {
    return refuse('unsupportedCompression', { part: e.name, detail: `method ${e.method}` });
  }
  if (crc32(out) !== e.crc) refuse('badCrc', { part: e.name });
  return out;
}

function inflateChecked(raw: Uint8Array, e: ZipEntry, budget: Budget): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    chunks.push(chunk);
    total += chunk.length;
  });
  let consumed = 0;
  do {
    const slice = raw.subarray(consumed, consumed + SLICE);
    consumed += slice.length;
    const before = total;
    try {
      inflater.push(slice, consumed >= raw.length);
    } catch (err) {
      refuse('corruptZip', { part: e.name, detail: `invalid deflate data (${err instanceof Error ? err.message : String(err)})` });
    }
    budget.spend(total - before);
    check(e, total, consumed, budget.limits);
  } while (consumed < raw.length);
  if (total !== e.size) refuse('corruptZip', { part: e.name, detail: `inflated size ${total} differs from the declared ${e.size}` });
  return join(chunks, total);
}
