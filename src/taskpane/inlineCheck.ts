/**
 * 输入时检查: the user's edits (the port filters out the add-in's own writes) are debounced by
 * sheet; then each edited sheet is read alone, evaluated, its forms replace the old ones in the
 * pane's evaluation and its markers are refreshed. Nothing is written to the cells.
 */
import { evaluateWorkbook, markerPlan, Unsubscribe } from '../core';
import type { EditQueue } from './editQueue';
import type { TaskpaneSession } from './session';
import { removeSheet, replaceGrid, replaceSheet } from './workbook';

export class InlineCheck {
  private unsubscribe: Unsubscribe | null = null;
  private subscribing: Promise<void> | null = null;
  private disposed = false;

  constructor(
    private readonly session: TaskpaneSession,
    private readonly queue: EditQueue,
  ) {}

  /** Subscribes to edits (when the host reports them) or unsubscribes. */
  async enable(on: boolean): Promise<void> {
    if (this.subscribing) await this.subscribing;
    if (!on || this.disposed) {
      this.stop();
      return;
    }
    if (this.unsubscribe || !this.session.getState().capabilities.editEvents) return;
    this.subscribing = this.subscribe();
    await this.subscribing;
    this.subscribing = null;
  }

  private async subscribe(): Promise<void> {
    try {
      const off = await this.session.port.onEdit((edit) => this.queue.push(edit.sheet));
      if (this.disposed) off();
      else this.unsubscribe = off;
    } catch (error) {
      this.session.set({ error: { action: 'recheck', error } });
    }
  }

  private stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.queue.cancel();
  }

  dispose(): void {
    this.disposed = true;
    this.stop();
  }

  /** The debounced work; false (try again later) while another action runs. */
  async recheck(sheets: string[]): Promise<boolean> {
    const s = this.session;
    if (s.getState().busy) return false;
    s.set({ rechecking: sheets });
    for (const sheet of sheets) await this.recheckSheet(sheet);
    s.set({ rechecking: [] });
    return true;
  }

  private async recheckSheet(sheet: string): Promise<void> {
    const s = this.session;
    try {
      const grid = await s.port.readSheet(sheet);
      const fresh = evaluateWorkbook([grid], s.evaluateOptions());
      s.lastGrids = replaceGrid(s.lastGrids ?? [], grid);
      s.set({ evaluation: replaceSheet(s.getState().evaluation, fresh) });
      if (s.getState().capabilities.markers && fresh.forms.length) await s.port.markers.apply(markerPlan(fresh.forms));
    } catch (error) {
      const code = error && typeof error === 'object' ? (error as { code?: unknown }).code : undefined;
      if (code === 'sheetDeleted' || code === 'itemNotFound') {
        // The edited sheet is gone (deleted or renamed): drop it quietly.
        s.lastGrids = (s.lastGrids ?? []).filter((g) => g.sheet !== sheet);
        s.set({ evaluation: removeSheet(s.getState().evaluation, sheet) });
        return;
      }
      s.set({ error: { action: 'recheck', error } });
    }
  }
}
