/** Building broken and bounded packages for the reader's tests: the fixture's parts, changed. */
import * as fs from 'fs';
import { strFromU8, strToU8, unzipSync, zipSync, Zippable } from 'fflate';
import { FIXTURE } from '../../cli/helpers';

export type Parts = Record<string, Uint8Array>;

export const fixtureBytes = (): Uint8Array => new Uint8Array(fs.readFileSync(FIXTURE));
export const fixtureParts = (): Parts => unzipSync(fixtureBytes());

/** The fixture with parts replaced (a string is UTF-8 text; null removes the part). */
export function withParts(changes: Record<string, string | Uint8Array | null>, base: Parts = fixtureParts()): Uint8Array {
  const out: Zippable = {};
  for (const [name, data] of Object.entries(base)) if (!(name in changes)) out[name] = data;
  for (const [name, data] of Object.entries(changes)) if (data !== null) out[name] = typeof data === 'string' ? strToU8(data) : data;
  return zipSync(out);
}

export const partText = (name: string, base: Parts = fixtureParts()): string => strFromU8(base[name]);

/** A worksheet part of `rows` rows whose cells are made by `cell(row, col)` (XML of one `<c>`). */
export function sheetXml(rows: number, cols: number, cell: (r: number, c: number) => string, extra = ''): string {
  const body: string[] = [];
  for (let r = 1; r <= rows; r++) {
    let row = `<row r="${r}">`;
    for (let c = 0; c < cols; c++) row += cell(r, c);
    body.push(row + '</row>');
  }
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body.join('')}</sheetData>${extra}</worksheet>`;
}

export const col = (c: number): string => (c < 26 ? String.fromCharCode(65 + c) : String.fromCharCode(64 + Math.floor(c / 26)) + String.fromCharCode(65 + (c % 26)));
export const num = (r: number, c: number): string => `<c r="${col(c)}${r}"><v>${r * 10 + c}</v></c>`;

/** Offsets of `name`'s central-directory record and local header in a zip. */
function records(zip: Uint8Array, name: string): { central: number; local: number } {
  const b = Buffer.from(zip.buffer, zip.byteOffset, zip.length);
  const n = Buffer.from(name);
  let central = -1;
  let local = -1;
  for (let i = 0; i + 4 <= b.length; i++) {
    if (b.readUInt32LE(i) === 0x02014b50 && b.subarray(i + 46, i + 46 + n.length).equals(n)) central = i;
    if (b.readUInt32LE(i) === 0x04034b50 && b.subarray(i + 30, i + 30 + n.length).equals(n)) local = i;
  }
  if (central < 0 || local < 0) throw new Error(`no entry ${name}`);
  return { central, local };
}

/** A copy of `zip` with a field of `name`'s entry overwritten (in the directory and the local header). */
export function patchEntry(zip: Uint8Array, name: string, field: 'crc' | 'size' | 'method', value: number): Uint8Array {
  const out = new Uint8Array(zip);
  const b = Buffer.from(out.buffer);
  const { central, local } = records(out, name);
  if (field === 'method') {
    b.writeUInt16LE(value, central + 10);
    b.writeUInt16LE(value, local + 8);
  } else {
    const [c, l] = field === 'crc' ? [16, 14] : [24, 22];
    b.writeUInt32LE(value >>> 0, central + c);
    b.writeUInt32LE(value >>> 0, local + l);
  }
  return out;
}

/** An OLE compound file header, optionally with an EncryptedPackage directory entry. */
export function oleFile(encrypted: boolean): Uint8Array {
  const name = Buffer.from(encrypted ? 'EncryptedPackage' : 'Workbook', 'utf16le');
  return new Uint8Array(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), name, Buffer.alloc(64)]));
}
