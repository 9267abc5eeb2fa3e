/**
 * One zip entry's bytes, inflated with fflate's streaming Inflate: the output arrives in chunks
 * (ondata), so a bound on a part's uncompressed size can stop inflating as soon as it is passed
 * (issue 10) instead of inflating everything first.
 */
import { Inflate } from 'fflate';
import { compressedData, ZipEntry, ZipFormatError } from './zipDirectory';

/** Compressed input is pushed in slices of this size: bounds the work done between two checks. */
const SLICE = 256 * 1024;

function join(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) out.set(c, at), (at += c.length);
  return out;
}

/** The entry's uncompressed bytes. Throws ZipFormatError for an unknown method or bad data. */
export function entryBytes(zip: Uint8Array, e: ZipEntry): Uint8Array {
  const raw = compressedData(zip, e);
  if (e.method === 0) {
    if (raw.length !== e.size) throw new ZipFormatError(`${e.name}: stored size differs from the declared size`);
    return raw;
  }
  if (e.method !== 8) throw new ZipFormatError(`${e.name}: compression method ${e.method} is not supported`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    chunks.push(chunk);
    total += chunk.length;
  });
  try {
    for (let at = 0; at < raw.length; at += SLICE) inflater.push(raw.subarray(at, at + SLICE), at + SLICE >= raw.length);
    if (raw.length === 0) inflater.push(raw, true);
  } catch (err) {
    throw new ZipFormatError(`${e.name}: invalid deflate data (${err instanceof Error ? err.message : String(err)})`);
  }
  if (total !== e.size) throw new ZipFormatError(`${e.name}: inflated size ${total} differs from the declared ${e.size}`);
  return join(chunks, total);
}
