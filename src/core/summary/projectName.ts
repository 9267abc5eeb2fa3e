import { memoizeString } from '../memo';

/**
 * The key a summary row and a form are matched on: NFKC (full-width letters, digits and brackets
 * become half-width), no whitespace at all, every bracket style as (), no trailing punctuation.
 * Names are typed twice by hand (form and summary); these are the differences that never mean a
 * different project. Case and the words themselves are kept: anything else could.
 */
export function normalizeProjectName(name: string): string {
  return normalizeMemo(name);
}

const normalizeMemo = memoizeString((name: string): string =>
  name
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '')
    .replace(/[（【〔［[{｛]/g, '(')
    .replace(/[）】〕］\]}｝]/g, ')')
    .replace(/[。．.，,；;：:]+$/, ''),
);
