/** Why bytes are no readable .xlsx package, told before (magic bytes) and after opening the zip. */
import type { ReadError } from './types';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The directory-entry name of an encrypted OOXML package inside its OLE wrapper, UTF-16LE. */
const ENCRYPTED = [...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]);
/** How much of a non-zip file is looked at to tell text from binary. */
const TEXT_PROBE = 4096;

function contains(bytes: Uint8Array, pattern: number[]): boolean {
  const first = pattern[0];
  const last = bytes.length - pattern.length;
  for (let i = bytes.indexOf(first); i >= 0 && i <= last; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < pattern.length && bytes[i + j] === pattern[j]) j++;
    if (j === pattern.length) return true;
  }
  return false;
}

/** No NUL in the first few KB: text (a .csv in UTF-8 or GBK, an .html). Binary formats have NULs early. */
function looksLikeText(bytes: Uint8Array): boolean {
  return bytes.subarray(0, TEXT_PROBE).indexOf(0) < 0;
}

/**
 * Magic bytes first: an .xls, a WPS .et and a password-encrypted workbook are OLE compound files
 * (the last holding an EncryptedPackage stream), a .csv is text, an .xlsx a zip.
 */
export function sniffBytes(bytes: Uint8Array): ReadError | null {
  if (bytes.length === 0) return { code: 'empty' };
  if (bytes.length >= 8 && OLE_MAGIC.every((b, i) => bytes[i] === b)) return { code: contains(bytes, ENCRYPTED) ? 'encrypted' : 'legacyBinary' };
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b) return null;
  return { code: looksLikeText(bytes) ? 'textFile' : 'notZip' };
}

/** The zip's entry names only (cheap): is there an Excel workbook inside? */
export function packageKind(names: string[]): ReadError | null {
  const lower = names.map((n) => n.toLowerCase());
  if (lower.some((n) => /(^|\/)workbook\d*\.xml$/.test(n))) return null;
  if (lower.some((n) => /(^|\/)workbook\d*\.bin$/.test(n))) return { code: 'binaryWorkbook' };
  // Worksheets without a workbook part: an .xlsx that lost it (missingPart, told when it is looked for).
  if (lower.some((n) => /\/worksheets\/[^/]+\.xml$/.test(n))) return null;
  return { code: 'notWorkbook' };
}

/** An error's message as one short line (for ReadError.detail, never shown to a user). */
export function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  const line = msg.split('\n')[0].trim();
  return line.length > 200 ? line.slice(0, 197) + '...' : line;
}
