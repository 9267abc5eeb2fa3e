/** File-system questions the commands ask before they read or write anything. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { fileProblemOf, ReadError } from './load';

/** The same file, by path or by identity (a link, another spelling of the path). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [x, y] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

export async function isDirectory(p: string): Promise<boolean> {
  return fs.stat(p).then((s) => s.isDirectory(), () => false);
}

/** One input after folders are expanded; `error` when a folder cannot even be listed. */
export interface Input {
  file: string;
  error?: ReadError;
}

const WORKBOOK_NAME = /\.(xlsx|xlsm)$/i;

/** A file in a folder that is a workbook: not Excel's `~$` lock file, not hidden (our own temp files). */
function isWorkbookName(name: string): boolean {
  return WORKBOOK_NAME.test(name) && !name.startsWith('~$') && !name.startsWith('.');
}

/**
 * Folder arguments → the .xlsx/.xlsm files in them and in their subfolders, sorted by path inside
 * the folder (code point order, so the same on every machine); hidden folders and folders reached
 * through a link are not entered (no loops). `skip` leaves a file out (summary: its own output, so
 * summarising into the folder again works). Anything else is kept as given: loadWorkbook says what
 * is wrong with it. `empty`: the folders in which nothing was found, for the command to judge.
 */
export async function expandFolders(
  args: readonly string[],
  skip: (file: string) => Promise<boolean> = async () => false,
): Promise<{ inputs: Input[]; empty: string[] }> {
  const inputs: Input[] = [];
  const empty: string[] = [];
  for (const arg of args) {
    const stat = await fs.stat(arg).catch(() => null);
    if (!stat?.isDirectory()) {
      inputs.push({ file: arg });
      continue;
    }
    let files: string[];
    try {
      files = await workbooksUnder(arg);
    } catch (err) {
      inputs.push({ file: arg, error: fileProblemOf(err) });
      continue;
    }
    let found = 0;
    for (const file of files) {
      if (await skip(file)) continue;
      inputs.push({ file });
      found++;
    }
    if (found === 0) empty.push(arg);
  }
  return { inputs, empty };
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The workbooks of a folder tree, sorted by their path relative to `root` ('/' between parts). */
async function workbooksUnder(root: string): Promise<string[]> {
  const found: { rel: string; file: string }[] = [];
  const walk = async (dir: string, rel: string, top: boolean): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (err) {
      if (top) throw err; // the folder given cannot be listed: said as its problem
      return; // a subfolder that cannot be listed is left out, as Explorer would show it
    }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      const relName = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!e.name.startsWith('.')) await walk(full, relName, false);
      } else if (isWorkbookName(e.name) && (e.isFile() || (e.isSymbolicLink() && (await fs.stat(full).then((s) => s.isFile(), () => false))))) {
        found.push({ rel: relName, file: full });
      }
    }
  };
  await walk(root, '', true);
  return found.sort((a, b) => byCodePoint(a.rel, b.rel)).map((x) => x.file);
}
