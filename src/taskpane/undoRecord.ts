/**
 * The undo record (entries the last write replaced, with their old values), kept in the pane's
 * state and in the workbook as well (SETTING_KEYS.lastWrite): 撤销上次重算 then also undoes the
 * ribbon's 一键重算, which runs in another runtime, and survives reopening the pane.
 */
import { parseLastWrite, PlanEntry, SETTING_KEYS } from '../core';
import type { StatePort } from './sessionPorts';

export class UndoRecord {
  constructor(private readonly s: StatePort) {}

  /** Records `entries` (null: nothing to undo). A failure to store it leaves the record in the pane only. */
  async store(entries: PlanEntry[] | null): Promise<void> {
    this.s.set({ undo: entries });
    if (!this.s.getState().capabilities.settings) return;
    try {
      await this.s.port.settings.set(SETTING_KEYS.lastWrite, entries ? { at: Date.now(), entries } : null);
    } catch {
      // the pane still holds the record
    }
  }

  /** Takes over the record stored in the workbook (by an earlier pane or the ribbon). */
  async load(): Promise<void> {
    if (!this.s.getState().capabilities.settings) return;
    const last = parseLastWrite(await this.s.port.settings.get<unknown>(SETTING_KEYS.lastWrite));
    if (last?.entries.length) this.s.set({ undo: last.entries });
  }
}
