/** Why bytes are no readable .xlsx package, told before (magic bytes) and after opening the zip. */
import type { ReadError } from './types';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Magic bytes first: an .xls or an encrypted workbook is an OLE compound file, not a zip. */
export function sniffBytes(bytes: Uint8Array): ReadError | null {
  if (bytes.length === 0) return { code: 'empty' };
  if (bytes.length >= 8 && OLE_MAGIC.every((b, i) => bytes[i] === b)) return { code: 'oleFile' };
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { code: 'notZip' };
  return null;
}

/** The zip's entry names only (cheap): is there an Excel workbook inside? */
export function packageKind(names: string[]): ReadError | null {
  const lower = names.map((n) => n.toLowerCase());
  if (lower.some((n) => /(^|\/)workbook\d*\.xml$/.test(n))) return null;
  if (lower.some((n) => /(^|\/)workbook\d*\.bin$/.test(n))) return { code: 'binaryWorkbook' };
  return { code: 'notWorkbook' };
}

/** An error's message as one short line (for ReadError.detail). */
export function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  const line = msg.split('\n')[0].trim();
  return line.length > 200 ? line.slice(0, 197) + '...' : line;
}
