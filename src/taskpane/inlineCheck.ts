/**
 * 输入时检查: the user's edits (the port filters out the add-in's own writes) are debounced by
 * sheet, with the addresses edited. Then, per edited sheet:
 *
 *  - every edited cell inside the forms the last evaluation located there → ONE `readRange` of
 *    the smallest range covering the forms edited (one form, usually). That Grid alone is
 *    evaluated (with the user's bound ranges that reach into it as hints); when it holds the same
 *    forms at the same places, they replace the old ones in the pane's evaluation — the sheet's
 *    other forms keep theirs — the grid kept in memory is patched with the range, and the markers
 *    of those forms are refreshed;
 *  - otherwise (an edit outside every form: a form typed anew, rows inserted or deleted; or the
 *    re-read range no longer holds the same forms: a form moved or vanished) → `readSheet` and the
 *    whole sheet is evaluated again, as before.
 * An edit of 「复核记录」 lands in the second case (it holds no form): the record is read again and
 * the review redone over every form; every re-check redoes the review too (a form's 自评得分 may
 * have changed under its record row). Nothing is written to the cells.
 */
import { evaluateWorkbook, EvaluateOptions, markerPlan, Unsubscribe, WorkbookEvaluation } from '../core';
import type { EditQueue, SheetEdits } from './editQueue';
import type { GridsPort } from './sessionPorts';
import { formsToRead, freshFits, hintsWithin, patchGridRange, removeSheet, replaceForms, replaceGrid, replaceSheet, sheetWideOf } from './workbook';
import { isRecordGrid, withoutReview, withReview } from './reviewEvaluation';
import { withSummaryCheck } from './sheetEvaluations';

/** A sheet's every cell: the scope of markers when a sheet is re-read whole. */
const WHOLE_SHEET = 'A1:XFD1048576';

export class InlineCheck {
  private unsubscribe: Unsubscribe | null = null;
  private subscribing: Promise<void> | null = null;
  private disposed = false;

  constructor(
    private readonly session: GridsPort,
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
      const off = await this.session.port.onEdit((edit) => this.queue.push(edit.sheet, edit.address));
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
  async recheck(edits: SheetEdits[]): Promise<boolean> {
    const s = this.session;
    if (s.getState().busy) return false;
    s.set({ rechecking: edits.map((e) => e.sheet) });
    for (const e of edits) await this.recheckSheet(e);
    s.set({ rechecking: [] });
    return true;
  }

  private async recheckSheet({ sheet, addresses }: SheetEdits): Promise<void> {
    const s = this.session;
    try {
      if (addresses && (await this.recheckForms(sheet, addresses))) return;
      const grid = await s.port.readSheet(sheet);
      const fresh = withoutReview(evaluateWorkbook([grid], this.partOptions()));
      s.lastGrids = replaceGrid(s.lastGrids ?? [], grid);
      const before = s.getState().evaluation;
      s.set({ evaluation: this.crossChecked(replaceSheet(before, fresh), before) });
      // 「复核记录」 holds no form: typing a 复核得分 re-checks the review only (crossChecked), no marker to place
      if (s.getState().capabilities.markers && !isRecordGrid(grid)) await s.port.markers.apply(markerPlan(fresh.forms, [{ sheet, range: WHOLE_SHEET }]));
    } catch (error) {
      const code = error && typeof error === 'object' ? (error as { code?: unknown }).code : undefined;
      if (code === 'sheetDeleted' || code === 'itemNotFound') {
        // The edited sheet is gone (deleted or renamed): drop it quietly.
        s.lastGrids = (s.lastGrids ?? []).filter((g) => g.sheet !== sheet);
        const before = s.getState().evaluation;
        const left = removeSheet(before, sheet);
        s.set({ evaluation: left && this.crossChecked(left, before) });
        return;
      }
      s.set({ error: { action: 'recheck', error } });
    }
  }

  /**
   * The edited forms only: one readRange, evaluated alone. False when the sheet has to be read
   * whole (the edits are not all inside known forms, or the range no longer holds those forms).
   */
  private async recheckForms(sheet: string, addresses: string[]): Promise<boolean> {
    const s = this.session;
    const known = s.lastGrids?.find((g) => g.sheet === sheet);
    const ev = s.getState().evaluation;
    if (!known || !ev) return false;
    const read = formsToRead(ev.sheets.find((x) => x.sheet === sheet), addresses);
    if (!read) return false;
    const part = await s.port.readRange(sheet, read.range);
    const { hints: all, ...options } = this.partOptions();
    const hints = hintsWithin(all?.[sheet], read.range);
    const rangeOptions: EvaluateOptions = hints ? { ...options, hints: { [sheet]: hints } } : options;
    const fresh = evaluateWorkbook([part], rangeOptions);
    if (!freshFits(read, fresh)) return false; // moved, vanished, or something else there now
    const base = s.lastGrids?.find((g) => g.sheet === sheet) ?? known;
    const grid = patchGridRange(base, part);
    s.lastGrids = replaceGrid(s.lastGrids ?? [], grid);
    // a protected sheet: how many cells it leaves unwritten is a sheet-wide count (from memory)
    const wide = grid.protected ? sheetWideOf(evaluateWorkbook([grid], this.partOptions()), sheet) : undefined;
    const current = s.getState().evaluation;
    if (current) s.set({ evaluation: this.crossChecked(replaceForms(current, read, fresh, wide), current) });
    if (s.getState().capabilities.markers) await s.port.markers.apply(markerPlan(fresh.forms, [{ sheet, range: read.range }]));
    return true;
  }

  /** A sheet or a form evaluated alone: no cross-check of summary tables (it needs the whole workbook). */
  private partOptions(): EvaluateOptions {
    return { ...this.session.evaluateOptions(), summaryCheck: false };
  }

  /** The 项目支出汇总表 cross-check and the review again over every sheet, the edited one included. */
  private crossChecked(ev: WorkbookEvaluation, before: WorkbookEvaluation | null): WorkbookEvaluation {
    const s = this.session;
    const grids = s.lastGrids ?? [];
    return withReview(withSummaryCheck(ev, grids, s.evaluateOptions(), before), grids, s.evaluateOptions(), before);
  }
}
