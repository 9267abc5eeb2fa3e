/**
 * Whether JSZip would write the package back with the entries the reader read. The reader finds
 * each part through the zip's central directory; JSZip takes an entry's name from its local
 * header and keeps one entry per name. Two entries of one name (in any case), or a local header
 * naming its entry otherwise than the directory, and the patched copy would lose or rename parts
 * nobody asked to change — the shared strings, a sheet (found by the fuzzer, test/fuzz/).
 */
import { readDirectory } from './read/zipDirectory';

const utf8 = new TextDecoder('utf-8');

/** The name in the local header at `at` (both decodings: its UTF-8 flag may differ from the directory's). */
function localNames(b: Uint8Array, at: number): string[] {
  if (at + 30 > b.length || b[at] !== 0x50 || b[at + 1] !== 0x4b || b[at + 2] !== 3 || b[at + 3] !== 4) return [];
  const length = b[at + 26] | (b[at + 27] << 8);
  const raw = b.subarray(at + 30, at + 30 + length);
  return [utf8.decode(raw), String.fromCharCode(...raw)];
}

/** Why the package cannot be patched as it is, or null. */
export function entryNameProblem(input: Uint8Array): string | null {
  const seen = new Set<string>();
  for (const e of readDirectory(input)) {
    const key = e.name.toLowerCase();
    if (seen.has(key)) return `the package holds two entries named ${e.name}`;
    seen.add(key);
    if (!localNames(input, e.headerOffset).includes(e.name)) return `the local header of ${e.name} names another entry`;
  }
  return null;
}
