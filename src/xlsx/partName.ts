/**
 * Zip part names are always `/`-separated and relative to the package root, whatever the host:
 * the few path operations the package needs, without Node's `path` (not in the browser).
 */

/** The folder of a part: `xl/workbook.xml` → `xl`; a part at the root → `''`. */
export function partDir(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? '' : part.slice(0, i);
}

/** The last segment of a part name: `xl/workbook.xml` → `workbook.xml`. */
export function partBase(part: string): string {
  return part.slice(part.lastIndexOf('/') + 1);
}

/** `a/./b//../c` → `a/c`: empty and `.` segments dropped, `..` taken back where it can be. */
export function normalisePart(name: string): string {
  const out: string[] = [];
  for (const seg of name.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}

/** Segments joined with `/` and normalised (empty segments are skipped). */
export function joinPart(...segments: string[]): string {
  return normalisePart(segments.filter((s) => s !== '').join('/'));
}
