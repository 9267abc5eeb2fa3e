/**
 * The pane's settings. Those shared with the ribbon commands live in the core
 * (core/workbookSettings.ts); 复核 mode is the pane's own, so it is added here: stored in the
 * workbook under `jixiao.reviewMode` like the others, the ribbon never needs it.
 */
import { defaultSettings as coreDefaults, loadSettings as loadCore, PaneSettings as CoreSettings } from '../core/workbookSettings';
import type { SettingsStore, WorkbookEvaluation } from '../core';

export * from '../core/workbookSettings';

export const REVIEW_MODE_KEY = 'jixiao.reviewMode';

export interface PaneSettings extends CoreSettings {
  /** 复核 mode as stored; null: never chosen — on when the workbook holds a 「复核记录」 (a reviewer's file reopened). */
  reviewMode: boolean | null;
}

export function defaultSettings(): PaneSettings {
  return { ...coreDefaults(), reviewMode: null };
}

export async function loadSettings(store: SettingsStore): Promise<PaneSettings> {
  const [core, review] = await Promise.all([loadCore(store), store.get<unknown>(REVIEW_MODE_KEY)]);
  return { ...core, reviewMode: typeof review === 'boolean' ? review : null };
}

/** Whether the pane is in 复核 mode: the stored choice, else whether a 「复核记录」 is there. */
export function reviewModeOn(settings: PaneSettings, evaluation: WorkbookEvaluation | null): boolean {
  return settings.reviewMode ?? Boolean(evaluation?.review);
}
