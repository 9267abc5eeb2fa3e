/**
 * A zip's central directory: where each entry's compressed data lies, read straight from the
 * bytes (no zip library object model). Inflating is inflate.ts's business, one entry at a time.
 * What cannot be read is refused: data past the end of the file as 'truncated' (a download cut
 * short), anything else that does not hold together as 'corruptZip'.
 */
import { refuse } from './refusal';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else cannot be read. */
  method: number;
  compressedSize: number;
  /** As the directory declares it (checked after inflating). */
  size: number;
  /** Offset of the entry's local header. */
  headerOffset: number;
  /** CRC-32 of the uncompressed data, as the directory declares it. */
  crc: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
}

/** A 64-bit field, as long as it fits a double exactly (no workbook comes near 2^53 bytes). */
function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x100000000;
}

function need(b: Uint8Array, at: number, length: number, what: string, part?: string): void {
  if (at < 0 || at + length > b.length) refuse('truncated', { part, detail: `${what} lies outside the file` });
}

function corrupt(detail: string, part?: string): never {
  return refuse('corruptZip', { part, detail });
}

/** The end-of-central-directory record: searched backwards, past a comment of up to 64 KiB. */
function findEnd(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - MAX16);
  for (let i = b.length - 22; i >= stop; i--) if (u32(b, i) === EOCD) return i;
  refuse('truncated', { detail: 'end of central directory not found' });
}

function directoryBounds(b: Uint8Array): { count: number; offset: number } {
  const end = findEnd(b);
  let count = u16(b, end + 10);
  let offset = u32(b, end + 16);
  if ((count === MAX16 || offset === MAX32) && end >= 20 && u32(b, end - 20) === ZIP64_LOCATOR) {
    const at = u64(b, end - 12);
    need(b, at, 56, 'zip64 end of central directory');
    if (u32(b, at) !== ZIP64_EOCD) corrupt('zip64 end of central directory signature missing');
    count = u64(b, at + 32);
    offset = u64(b, at + 48);
  }
  return { count, offset };
}

/** Sizes and offset that did not fit 32 bits, from the zip64 extra field (id 1). */
function zip64Extra(b: Uint8Array, from: number, to: number, e: ZipEntry): void {
  for (let i = from; i + 4 <= to; ) {
    const id = u16(b, i);
    const len = u16(b, i + 2);
    if (id === 1) {
      let at = i + 4;
      if (e.size === MAX32) (e.size = u64(b, at)), (at += 8);
      if (e.compressedSize === MAX32) (e.compressedSize = u64(b, at)), (at += 8);
      if (e.headerOffset === MAX32) e.headerOffset = u64(b, at);
      return;
    }
    i += 4 + len;
  }
}

const utf8 = new TextDecoder('utf-8');

/** Entry names as written: UTF-8 when flagged, otherwise bytes as Latin-1 (OPC names are ASCII). */
function entryName(b: Uint8Array, at: number, length: number, isUtf8: boolean): string {
  const raw = b.subarray(at, at + length);
  return isUtf8 ? utf8.decode(raw) : String.fromCharCode(...raw);
}

/** Every file entry of the zip (folders left out), in directory order. Throws a ReadRefusal. */
export function readDirectory(b: Uint8Array): ZipEntry[] {
  const { count, offset } = directoryBounds(b);
  const out: ZipEntry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    need(b, at, 46, 'central directory');
    if (u32(b, at) !== CENTRAL) corrupt('central directory entry signature missing');
    const nameLen = u16(b, at + 28);
    const extraLen = u16(b, at + 30);
    const commentLen = u16(b, at + 32);
    need(b, at + 46, nameLen + extraLen, 'central directory');
    const e: ZipEntry = {
      name: entryName(b, at + 46, nameLen, (u16(b, at + 8) & 0x800) !== 0),
      method: u16(b, at + 10),
      compressedSize: u32(b, at + 20),
      size: u32(b, at + 24),
      headerOffset: u32(b, at + 42),
      crc: u32(b, at + 16),
    };
    zip64Extra(b, at + 46 + nameLen, at + 46 + nameLen + extraLen, e);
    if (!e.name.endsWith('/')) out.push(e);
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** The entry's compressed bytes (a view into the zip, not a copy). */
export function compressedData(b: Uint8Array, e: ZipEntry): Uint8Array {
  need(b, e.headerOffset, 30, 'local header', e.name);
  if (u32(b, e.headerOffset) !== LOCAL) corrupt('local header signature missing', e.name);
  const start = e.headerOffset + 30 + u16(b, e.headerOffset + 26) + u16(b, e.headerOffset + 28);
  need(b, start, e.compressedSize, 'compressed data', e.name);
  return b.subarray(start, start + e.compressedSize);
}
