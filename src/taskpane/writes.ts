/**
 * The controller's writes: port.apply with the undo record kept when a write fails half-way, and
 * what follows a write — the grids patched in memory, re-evaluated (no read again), the undo
 * record stored, the markers refreshed — and the bodies of the two writes that need no read
 * (按规则评分 confirmed, 撤销). The session runs them as its actions.
 */
import { ApplyResult, evaluateWorkbook, Grid, markerPlan, PlanEntry, undoPlan, WritePlan } from '../core';
import type { ActionName } from './i18n/strings';
import type { GridsPort } from './sessionPorts';
import type { RunResult } from './sessionState';
import type { UndoRecord } from './undoRecord';
import { patchGrids } from './workbook';

export class SessionWriter {
  constructor(
    private readonly s: GridsPort,
    private readonly undo: UndoRecord,
  ) {}

  /**
   * port.apply. When a write fails half-way the host may name the entries of the failed batch
   * (HostError.attempted): they become the undo record, since some may have been written.
   */
  async write(action: ActionName, plan: WritePlan): Promise<ApplyResult> {
    this.s.set({ busy: { action, phase: 'writing', cells: plan.entries.length } });
    try {
      return await this.s.port.apply(plan);
    } catch (error) {
      const attempted = error && typeof error === 'object' ? (error as { attempted?: unknown }).attempted : undefined;
      if (Array.isArray(attempted) && attempted.length) await this.undo.store(attempted as PlanEntry[]);
      throw error;
    }
  }

  /** 按规则评分, step 2 (the user confirmed the preview): those scores and their 总分/评分等级 only. */
  async confirmScores(): Promise<void> {
    const preview = this.s.getState().preview;
    this.s.set({ preview: null });
    const grids = this.s.lastGrids;
    const entries = preview ? [...preview.scores.map((x) => x.entry), ...preview.dependent] : [];
    if (!preview || !grids || entries.length === 0) return;
    const applied = await this.write('scoreByRule', { entries, skippedSheets: [] });
    await this.afterWrite(grids, runResult('scoreByRule', applied, preview.forms, []), false);
  }

  /** 撤销上次重算: writes back what the last write replaced; clears the record once written. */
  async undoLast(): Promise<void> {
    const last = this.s.getState().undo;
    if (!last?.length) return;
    const plan = undoPlan(last);
    this.s.set({ busy: { action: 'undo', phase: 'writing', cells: plan.entries.length } });
    const applied = await this.s.port.apply(plan);
    await this.undo.store(null);
    await this.afterWrite(this.s.lastGrids ?? [], runResult('undo', applied, [], []), false);
  }

  /** After a write: patch the grids in memory, re-evaluate, record undo, refresh markers. */
  async afterWrite(grids: Grid[], r: RunResult, markers: boolean): Promise<void> {
    const s = this.s;
    s.lastGrids = patchGrids(grids, r.written);
    const ev = evaluateWorkbook(s.lastGrids, s.evaluateOptions());
    r.remaining = { error: 0, warning: 0, info: 0 };
    for (const f of ev.findings) r.remaining[f.severity]++;
    if (r.action !== 'undo' && r.written.length) await this.undo.store(r.written);
    s.set({ evaluation: ev, result: r });
    if (!markers || !s.getState().capabilities.markers || ev.forms.length === 0) return;
    s.set({ busy: { action: r.action, phase: 'markers' } });
    try {
      r.markers = await s.port.markers.apply(markerPlan(ev.forms));
    } catch (err) {
      r.markersError = err; // the figures are written; only the markers are missing
    }
    s.set({ result: { ...r } });
  }
}

/** A RunResult of what `apply` did, before the re-evaluation fills in what remains. */
export function runResult(action: RunResult['action'], applied: ApplyResult, sources: RunResult['sources'], skippedSheets: string[]): RunResult {
  return { action, written: applied.written, skipped: applied.skipped, skippedSheets, sources, remaining: null, markers: null, markersError: null };
}
