/// <reference types="office-js" />
/**
 * The three things the adapter needs from Office: `Excel.run`, requirement-set checks and the
 * document's settings. Injected, so that tests run the real adapter code against
 * office-addin-mock objects; `officeHost()` is the real one over the Office.js globals.
 */
import { HostError, toHostError } from './errors';

export interface OfficeHost {
  /** `Excel.run(batch)`. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** `Excel.run(context, batch)`: reuses an earlier request context (event handlers are removed there). */
  runIn<T>(context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** `Office.context.requirements.isSetSupported(name, version)`; false outside Office. */
  isSetSupported(name: string, version: string): boolean;
  /** `Office.context.document.settings` (the common API's property bag), or undefined outside Office. */
  documentSettings(): Office.Settings | undefined;
}

function excelAvailable(): boolean {
  return typeof Excel !== 'undefined' && typeof Excel.run === 'function';
}

function notInExcel(): HostError {
  return new HostError('notInExcel', 'Office.js (Excel) is not available: the page does not run inside Excel.');
}

/** The host over the Office.js globals (`Excel`, `Office`). */
export function officeHost(): OfficeHost {
  return {
    run(batch) {
      if (!excelAvailable()) return Promise.reject(notInExcel());
      return Excel.run(batch);
    },
    runIn(context, batch) {
      if (!excelAvailable()) return Promise.reject(notInExcel());
      return Excel.run(context, batch);
    },
    isSetSupported(name, version) {
      try {
        return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported(name, version) === true;
      } catch {
        return false;
      }
    },
    documentSettings() {
      try {
        return typeof Office !== 'undefined' ? Office.context?.document?.settings ?? undefined : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

/** `Excel.run` with every failure turned into a HostError. */
export async function runBatch<T>(host: OfficeHost, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await host.run(batch);
  } catch (err) {
    throw toHostError(err);
  }
}

/** Strips the sheet part of an Office address: `'My Sheet'!B2:J30` → `B2:J30` (and drops `$`). */
export function bareAddress(address: string): string {
  const i = address.lastIndexOf('!');
  return (i >= 0 ? address.slice(i + 1) : address).replace(/\$/g, '');
}

/** The sheet part of an Office address: `'It''s'!A1` → `It's`; '' when there is none. */
export function sheetOfAddress(address: string): string {
  const i = address.lastIndexOf('!');
  if (i < 0) return '';
  const s = address.slice(0, i);
  return s.startsWith("'") && s.endsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
}

/**
 * The areas of a multi-area address (`RangeAreas.address`): `S!A1:B2, S!D4` → [`A1:B2`, `D4`].
 * Commas inside quoted sheet names (`'a,b'!A1`) do not split.
 */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted; // '' (an escaped quote) toggles twice
    if (ch === ',' && !quoted) {
      if (cur.trim()) out.push(bareAddress(cur.trim()));
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(bareAddress(cur.trim()));
  return out;
}
