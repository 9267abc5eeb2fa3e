/**
 * The fuzzer's own zip writer: parts in, package bytes out, with the entries' data either
 * deflated here or given already packed (an inflated bomb is packed once and reused, and a packed
 * entry may lie about its size or CRC on purpose). fflate's zipSync cannot take packed data.
 */
import { deflateSync, unzipSync } from 'fflate';
import { crc32 } from '../../src/xlsx/read/crc32';

/** An entry's bytes as they sit in the zip, and what the directory says about them. */
export interface Packed {
  method: number;
  bytes: Uint8Array;
  crc: number;
  size: number;
}

export interface Part {
  name: string;
  /** Uncompressed content (ignored when `packed` is set). */
  data: Uint8Array;
  packed?: Packed;
}

const utf8 = new TextEncoder();
const textOf = new TextDecoder('utf-8');

export const text = (p: Part): string => textOf.decode(p.data);
export const withText = (p: Part, xml: string): Part => ({ name: p.name, data: utf8.encode(xml) });

/** Parts of a well-formed package, in archive order. */
export function unzipParts(zip: Uint8Array): Part[] {
  return Object.entries(unzipSync(zip)).map(([name, data]) => ({ name, data }));
}

/** Deflated (level 1: fast, and the fuzzer's packages are small) with its true CRC and size. */
export function pack(data: Uint8Array, level: 0 | 1 | 6 | 9 = 1): Packed {
  const bytes = level === 0 ? data : deflateSync(data, { level });
  return { method: level === 0 ? 0 : 8, bytes, crc: crc32(data), size: data.length };
}

/** The base packages' parts are shared by every case: each is deflated once, not once per case. */
const packedOf = new WeakMap<Part, Packed>();
function packedPart(p: Part): Packed {
  if (p.packed) return p.packed;
  let packed = packedOf.get(p);
  if (!packed) packedOf.set(p, (packed = pack(p.data)));
  return packed;
}

class Out {
  private chunks: Uint8Array[] = [];
  length = 0;
  bytes(b: Uint8Array): void {
    this.chunks.push(b);
    this.length += b.length;
  }
  /** Little-endian fields of 2 or 4 bytes. */
  fields(...f: [number, 2 | 4][]): void {
    const b = new Uint8Array(f.reduce((n, [, w]) => n + w, 0));
    let at = 0;
    for (const [v, w] of f) for (let i = 0; i < w; i++) b[at++] = Math.floor(v / 256 ** i) & 0xff;
    this.bytes(b);
  }
  join(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) out.set(c, at), (at += c.length);
    return out;
  }
}

const DOS_DATE = 0x21; // 1980-01-01: a fixed date keeps the cases reproducible byte for byte

/** A zip of the parts in order (UTF-8 names, no data descriptors, no zip64). */
export function zipParts(parts: readonly Part[]): Uint8Array {
  const out = new Out();
  const central = new Out();
  for (const p of parts) {
    const name = utf8.encode(p.name);
    const e = packedPart(p);
    const offset = out.length;
    out.fields([0x04034b50, 4], [20, 2], [0x800, 2], [e.method, 2], [0, 2], [DOS_DATE, 2], [e.crc, 4], [e.bytes.length, 4], [e.size, 4], [name.length, 2], [0, 2]);
    out.bytes(name);
    out.bytes(e.bytes);
    central.fields([0x02014b50, 4], [20, 2], [20, 2], [0x800, 2], [e.method, 2], [0, 2], [DOS_DATE, 2], [e.crc, 4], [e.bytes.length, 4], [e.size, 4]);
    central.fields([name.length, 2], [0, 2], [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]);
    central.bytes(name);
  }
  const cdOffset = out.length;
  const cd = central.join();
  out.bytes(cd);
  out.fields([0x06054b50, 4], [0, 2], [0, 2], [parts.length, 2], [parts.length, 2], [cd.length, 4], [cdOffset, 4], [0, 2]);
  return out.join();
}
