/**
 * One zip entry's bytes, within the limits (issue 10). Every bound is decided from the zip's
 * directory before anything is inflated — a part's declared size against maxPartBytes, its
 * declared ratio against maxRatio, the package's declared total in package.ts — and inflating
 * then stops as soon as the output passes the declared size (a lying directory is a damaged
 * file). So no part ever inflates beyond bounds that were checked first, and a zip bomb costs
 * what its first slice costs. At the end the size and the CRC-32 must be the directory's.
 */
import { Inflate } from 'fflate';
import { crc32 } from './crc32';
import type { ReadLimits } from './limits';
import { refuse } from './refusal';
import { compressedData, ZipEntry } from './zipDirectory';

/**
 * A strategy for the two costly steps: `inflate` raw deflate data → its bytes, or null as soon
 * as they would pass `size` bytes (throws for invalid data); `crc32` of the bytes. fflate's
 * streaming Inflate and crc32.ts by default (any host); the CLI passes Node's zlib, 2–3× faster
 * on big parts (README, dependencies).
 */
export interface Inflater {
  inflate(raw: Uint8Array, size: number): Uint8Array | null;
  crc32(bytes: Uint8Array): number;
}

/** Compressed bytes per push: deflate expands at most ~1032:1, so one push yields ≤ ~16.5 MB. */
const SLICE = 16 * 1024;

function join(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) out.set(c, at), (at += c.length);
  return out;
}

/** fflate, pushed in slices: stops after the first slice whose output passes `size`. */
function fflateInflate(raw: Uint8Array, size: number): Uint8Array | null {
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
    inflater.push(slice, consumed >= raw.length);
    if (total > size) return null;
  } while (consumed < raw.length);
  return join(chunks, total);
}

export const fflateInflater: Inflater = { inflate: fflateInflate, crc32 };

function tooLarge(part: string, kind: 'part' | 'ratio', value: number): never {
  return refuse('tooLarge', { part, limit: { kind, value } });
}

/** The entry's uncompressed bytes. Throws a ReadRefusal for a bound passed or bad data. */
export function entryBytes(zip: Uint8Array, e: ZipEntry, limits: ReadLimits, codec: Inflater = fflateInflater): Uint8Array {
  if (e.size > limits.maxPartBytes) tooLarge(e.name, 'part', limits.maxPartBytes);
  if (e.size > limits.ratioFloorBytes && e.size / Math.max(e.compressedSize, 1) > limits.maxRatio) tooLarge(e.name, 'ratio', limits.maxRatio);
  const raw = compressedData(zip, e);
  let out: Uint8Array | null;
  if (e.method === 0) out = raw;
  else if (e.method === 8) {
    try {
      out = codec.inflate(raw, e.size);
    } catch (err) {
      return refuse('corruptZip', { part: e.name, detail: `invalid deflate data (${err instanceof Error ? err.message : String(err)})` });
    }
  } else return refuse('unsupportedCompression', { part: e.name, detail: `method ${e.method}` });
  if (out === null || out.length !== e.size) refuse('corruptZip', { part: e.name, detail: `inflated size differs from the declared ${e.size}` });
  if (codec.crc32(out) >>> 0 !== e.crc) refuse('badCrc', { part: e.name });
  return out;
}
