/**
 * 打开助手: one task pane per WPS session. Its ID lives in PluginStorage (shared by the pages of
 * one add-in, kept for the session) so that the next click finds the same pane and toggles it, as
 * the wpsjs templates do (et/js/ribbon.js, btnShowTaskPane), instead of stacking new panes.
 */
import type { EtApplication, EtTaskPane } from '../et';

export const TASKPANE_ID_KEY = 'jixiao.taskpaneId';
export const TASKPANE_TITLE = '绩效自评助手';

/** taskpane.html beside the page that runs this (the server's base, or the jsaddons folder). */
export function taskpaneUrl(pageUrl: string): string {
  return new URL('taskpane.html', pageUrl).href;
}

function rememberedPane(app: EtApplication): EtTaskPane | null {
  const stored = app.PluginStorage?.getItem(TASKPANE_ID_KEY);
  const id = stored === null || stored === undefined || stored === '' ? NaN : Number(stored);
  if (!Number.isFinite(id) || typeof app.GetTaskPane !== 'function') return null;
  try {
    return app.GetTaskPane(id) ?? null;
  } catch {
    return null; // closed with its workbook window, or another session's id
  }
}

/**
 * Shows the pane, or hides it when it is already visible. Returns whether it is visible now.
 * Throws when this WPS has no CreateTaskPane (not a JS add-in capable build).
 */
export function toggleTaskpane(app: EtApplication, pageUrl: string): boolean {
  const known = rememberedPane(app);
  if (known) {
    known.Visible = !known.Visible;
    return known.Visible;
  }
  if (typeof app.CreateTaskPane !== 'function') throw new Error('Application.CreateTaskPane is not available in this WPS');
  const pane = app.CreateTaskPane(taskpaneUrl(pageUrl), TASKPANE_TITLE);
  app.PluginStorage?.setItem(TASKPANE_ID_KEY, pane.ID);
  pane.Visible = true;
  return true;
}
