/**
 * The task pane's UI strings: one table per pane area (./chrome, ./overview, ./indicators, ./runResult,
 * ./findings, ./preview, ./settings, ./results, ./issues, ./review) plus the names of things (./names), each entry
 * [中文, English] side by side. Finding messages come from the core (formatFinding); host errors
 * and what to do about them are in ./hostErrors.ts.
 */
import type { Lang } from '../../core/messages';
import type { OutputKind } from '../../core/writePlan';
import type { HostKind, SkipReason } from '../../core/port';
import { CHROME } from './chrome';
import { FINDINGS } from './findings';
import { INDICATORS } from './indicators';
import { ISSUES } from './issues';
import { NAMED } from './names';
import { OVERVIEW } from './overview';
import { PREVIEW } from './preview';
import { RESULTS } from './results';
import { REVIEW } from './review';
import { RUN_RESULT } from './runResult';
import { SETTINGS } from './settings';
import { WPS_STRINGS } from './wps';

export type { HostKind, Lang };

// The areas share one namespace (a component may use the toolbar's words); a key is in one area only.
const TABLE = { ...CHROME, ...OVERVIEW, ...INDICATORS, ...RUN_RESULT, ...FINDINGS, ...PREVIEW, ...SETTINGS, ...RESULTS, ...ISSUES, ...REVIEW };

type Widen<T> = T extends string ? string : T;
type Table = typeof TABLE;
type NamedTable = typeof NAMED;
export type UiStrings = { [K in keyof Table]: Widen<Table[K][0]> } & {
  [G in keyof NamedTable]: { [K in keyof NamedTable[G]]: string };
};
export type ActionName = keyof NamedTable['action'];
export type { OutputKind, SkipReason };

// Checked here (not in ./wps, which would import this file back): same keys, same shapes.
type HostTable = { [K in keyof Table]?: readonly [Widen<Table[K][0]>, Widen<Table[K][1]>] };
const HOST_TABLES: Record<HostKind, HostTable> = { excel: {}, wps: WPS_STRINGS };

const cache = new Map<string, UiStrings>();

/** The strings of one language, worded for the host the pane runs in (Excel by default). */
export function uiStrings(lang: Lang, host: HostKind = 'excel'): UiStrings {
  const key = `${lang}|${host}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const i = lang === 'zh-CN' ? 0 : 1;
  const out: Record<string, unknown> = {};
  for (const [k, pair] of Object.entries({ ...TABLE, ...HOST_TABLES[host] })) out[k] = (pair as readonly unknown[])[i];
  for (const [group, names] of Object.entries(NAMED)) {
    out[group] = Object.fromEntries(Object.entries(names).map(([k, pair]) => [k, (pair as readonly string[])[i]]));
  }
  cache.set(key, out as UiStrings);
  return out as UiStrings;
}

/** Office.context.displayLanguage (or navigator.language) → UI language; Chinese by default. */
export function localeOf(displayLanguage: string | null | undefined): Lang {
  const l = (displayLanguage ?? '').toLowerCase();
  if (l.startsWith('en')) return 'en-US';
  return 'zh-CN';
}

export { hostErrorMessage, describeError } from './hostErrors';
export type { ErrorDescription } from './hostErrors';
