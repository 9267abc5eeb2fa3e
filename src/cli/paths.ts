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
 * Folder arguments → their .xlsx/.xlsm files, sorted by name (code point order, so the same on
 * every machine), not recursive; `skip` leaves a file out of a folder (summary: its own output, so
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
    let names: string[];
    try {
      names = (await fs.readdir(arg)).filter(isWorkbookName).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    } catch (err) {
      inputs.push({ file: arg, error: fileProblemOf(err) });
      continue;
    }
    let found = 0;
    for (const name of names) {
      const file = path.join(arg, name);
      const s = await fs.stat(file).catch(() => null);
      if (s?.isDirectory() || (await skip(file))) continue;
      inputs.push({ file });
      found++;
    }
    if (found === 0) empty.push(arg);
  }
  return { inputs, empty };
}
