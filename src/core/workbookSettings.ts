/**
 * Settings stored in the workbook (through the port's SettingsStore), shared by the task pane and
 * the ribbon commands, so that the next person who opens the file gets the same profile (SPEC §5),
 * language and inline check, and so that 撤销上次重算 can undo a recalculation run from the ribbon.
 */
import { Lang } from './messages';
import { Profile, PROFILES, resolveProfile } from './profile';
import { FormBinding, SettingsStore } from './port';
import { PlanEntry } from './writePlan';

export const SETTING_KEYS = {
  profile: 'jixiao.profile',
  lang: 'jixiao.lang',
  inlineCheck: 'jixiao.inlineCheck',
  /** The entries the last recalculation wrote (with their previous values), for 撤销上次重算. */
  lastWrite: 'jixiao.lastWrite',
  /** Worksheet names as last read, so a fresh runtime (the ribbon) reads in one round trip. */
  sheets: 'jixiao.sheets',
  /** The form map of the bindings (src/excel/bindings.ts keeps it; ranges as of binding time). */
  bindings: 'jixiao.bindings',
} as const;

/** Every key a host stores in a workbook starts so (SETTING_KEYS have it already; others get it). */
export const SETTINGS_PREFIX = 'jixiao.';

export function settingsKey(key: string): string {
  return key.startsWith(SETTINGS_PREFIX) ? key : SETTINGS_PREFIX + key;
}

/** What the last write changed, as stored in the workbook. */
export interface LastWrite {
  at: number;
  entries: PlanEntry[];
}

export function parseLastWrite(stored: unknown): LastWrite | null {
  if (!stored || typeof stored !== 'object') return null;
  const s = stored as Partial<LastWrite>;
  if (typeof s.at !== 'number' || !Array.isArray(s.entries)) return null;
  const ok = s.entries.every((e) => e && typeof e.sheet === 'string' && typeof e.cell === 'string' && e.after && typeof e.after.type === 'string');
  return ok ? { at: s.at, entries: s.entries } : null;
}

export function parseSheetNames(stored: unknown): string[] | null {
  return Array.isArray(stored) && stored.every((x) => typeof x === 'string') ? stored : null;
}

export interface PaneSettings {
  /** The profile in use: a named profile with the user's overrides (plain data). */
  profile: Profile;
  /** The language chosen in settings; null = follow Office's display language. */
  lang: Lang | null;
  inlineCheck: boolean;
}

export function defaultSettings(): PaneSettings {
  return { profile: { ...PROFILES.standard }, lang: null, inlineCheck: true };
}

const PROFILE_FIELDS = ['reverseFormula', 'rateRounding', 'lowExecutionReasonBelow', 'overAchievementRatio', 'gradeBands'] as const;

/** A stored profile: its name (older files) or the whole Profile; unknown names fall back to standard. */
export function parseProfile(stored: unknown): Profile | undefined {
  if (typeof stored === 'string') return resolveProfile(stored);
  if (!stored || typeof stored !== 'object') return undefined;
  const s = stored as Partial<Profile>;
  const overrides: Partial<Profile> = {};
  if (s.reverseFormula === 'ratio' || s.reverseFormula === 'linear') overrides.reverseFormula = s.reverseFormula;
  if (s.rateRounding === 'two-step' || s.rateRounding === 'single-step') overrides.rateRounding = s.rateRounding;
  for (const k of ['lowExecutionReasonBelow', 'overAchievementRatio'] as const) {
    const v = s[k];
    if (v === null || (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)))) overrides[k] = v;
  }
  if (Array.isArray(s.gradeBands) && s.gradeBands.every((b) => b && typeof b.min === 'string' && typeof b.grade === 'string')) {
    overrides.gradeBands = s.gradeBands;
  }
  return resolveProfile(typeof s.name === 'string' && PROFILES[s.name] ? s.name : 'standard', overrides);
}

export function parseLang(stored: unknown): Lang | null {
  return stored === 'zh-CN' || stored === 'en-US' ? stored : null;
}

/** Reads the three settings; a missing or malformed value keeps its default. */
export async function loadSettings(store: SettingsStore): Promise<PaneSettings> {
  const d = defaultSettings();
  const [profile, lang, inline] = await Promise.all([
    store.get<unknown>(SETTING_KEYS.profile),
    store.get<unknown>(SETTING_KEYS.lang),
    store.get<unknown>(SETTING_KEYS.inlineCheck),
  ]);
  return {
    profile: parseProfile(profile) ?? d.profile,
    lang: parseLang(lang),
    inlineCheck: typeof inline === 'boolean' ? inline : d.inlineCheck,
  };
}

/** A profile as stored: plain data only. */
export function storedProfile(p: Profile): Profile {
  const out = { name: p.name } as Profile;
  for (const k of PROFILE_FIELDS) (out as unknown as Record<string, unknown>)[k] = p[k];
  return out;
}

/** The saved form map, as far as it is well-formed (the ribbon takes the user's ranges from it). */
export function parseFormMap(stored: unknown): FormBinding[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter(
    (b): b is FormBinding =>
      !!b && typeof b.id === 'string' && typeof b.sheet === 'string' && typeof b.range === 'string' && (b.part === 'budget' || b.part === 'indicators'),
  );
}
