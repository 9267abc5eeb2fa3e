/**
 * The refusals of a command that writes a copy of its input (`recalc -o`, `review -o`, `check --issues-sheet`),
 * before it writes anything: the copy is never the input itself nor a folder, and its extension
 * says what Excel will find in it (a workbook with macros only as .xlsm, one without only as .xlsx).
 * Each gives the sentence to print, or null.
 */
import * as path from 'path';
import type JSZip from 'jszip';
import { hasMacros } from '../xlsx/xlsxPatch';
import { isDirectory, sameFile } from './paths';
import { Lang, t } from './text';

export async function destinationRefusal(file: string, output: string, lang: Lang, command: 'recalc' | 'check' | 'review'): Promise<string | null> {
  if (await sameFile(file, output)) return t(lang, 'sameFile', { output, command });
  if (await isDirectory(output)) return t(lang, 'outputIsDir', { output });
  return null;
}

/** `zip`: the input's package. */
export function macroRefusal(file: string, output: string, zip: JSZip, lang: Lang): string | null {
  const ext = path.extname(output).toLowerCase();
  const macros = hasMacros(zip);
  if (macros && ext === '.xlsx') return t(lang, 'macroToXlsx', { file });
  if (!macros && ext === '.xlsm') return t(lang, 'plainToXlsm', { file });
  return null;
}
