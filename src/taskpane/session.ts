/**
 * The task pane's controller: pure TypeScript, no React, no Office. It holds the last evaluation
 * and the entries last written (for undo) and runs the actions against a WorkbookPort:
 *   read → evaluateWorkbook(grids, {profile, scoreByRule}) → port.apply(plan) → record written.
 * One action at a time; failures never escape: they land in `state.error` for the UI to explain.
 * The settings and the workbook tools (markers, 重新识别, binding the selection) are in ./tools.ts,
 * the bindings' lifecycle (hints from the user's bound ranges, re-binding after a check) in
 * ./bindings.ts, the inline check in ./inlineCheck.ts. React subscribes with
 * useSyncExternalStore (hooks/useSession.ts).
 */
import { ApplyResult, EvaluateOptions, evaluateWorkbook, Grid, HostCapabilities, markerPlan, parseLastWrite, PlanEntry, SETTING_KEYS, undoPlan, WorkbookPort, WritePlan } from '../core';
import { defaultStore, KeyValueStore, onPendingAction, onRibbonDone, StorageEventSource, takePendingAction } from '../bridge/requests';
import { BindingKeeper, ReconcileMode } from './bindings';
import { EditQueue } from './editQueue';
import type { ActionName } from './i18n/strings';
import { InlineCheck } from './inlineCheck';
import { initialState, RunResult, SessionState } from './sessionState';
import { loadSettings } from './settings';
import { Store } from './store';
import { SessionResults } from './results';
import { SessionTools } from './tools';
import { evaluateInSlices, patchGrids, scoreByRulePreview } from './workbook';

export type { SessionState, RunResult, Busy, Notice } from './sessionState';

export interface SessionOptions {
  /** Inline check: re-check this long after the last edit (≤ 1 s). */
  debounceMs?: number;
  /** Where the ribbon leaves its 一键重算 request (window.localStorage by default). */
  storage?: KeyValueStore;
  /** Where `storage` events of the ribbon arrive while the pane is open (window by default). */
  storageEvents?: StorageEventSource;
  /** Lets the UI paint between slices of a large workbook. */
  pause?: () => Promise<void>;
}

/** Actions after which 生成汇总's table no longer shows the workbook's figures. */
const FIGURE_ACTIONS: ActionName[] = ['check', 'recalcAll', 'scoreByRule', 'undo', 'redetect'];

const NO_CAPABILITIES: HostCapabilities = { mergedAreas: false, settings: false, bindings: false, markers: false, editEvents: false, sheets: false };

function capabilitiesOf(port: WorkbookPort): HostCapabilities {
  try {
    return { ...NO_CAPABILITIES, ...port.capabilities() };
  } catch {
    return NO_CAPABILITIES; // a host that cannot say what it supports gets the safe subset
  }
}

export class TaskpaneSession extends Store<SessionState> {
  /** Grids of the last read, kept in step with writes and inline re-checks. */
  lastGrids: Grid[] | null = null;
  readonly inline: InlineCheck;
  /** Settings, markers, detection and bindings. */
  readonly tools: SessionTools;
  readonly results: SessionResults;
  /** The workbook's bindings: the user's bound ranges (hints) and the forms' automatic ones. */
  readonly bindings: BindingKeeper;
  private queuedRecalc = false;
  private stopPending: (() => void) | null = null;
  private readonly pause: () => Promise<void>;

  constructor(readonly port: WorkbookPort, private readonly options: SessionOptions = {}) {
    super(initialState(capabilitiesOf(port)));
    this.pause = options.pause ?? (() => new Promise((r) => setTimeout(r, 0)));
    this.inline = new InlineCheck(this, new EditQueue(options.debounceMs ?? 800, (edits) => this.inline.recheck(edits)));
    this.tools = new SessionTools(this);
    this.results = new SessionResults(this);
    this.bindings = new BindingKeeper(this);
  }

  /** The evaluation options of the current settings, with the ranges the user bound as hints. */
  evaluateOptions(scoreByRule = false): EvaluateOptions {
    const hints = this.bindings.hints();
    return hints ? { profile: this.getState().settings.profile, scoreByRule, hints } : { profile: this.getState().settings.profile, scoreByRule };
  }

  /** Loads the workbook's settings, honours a pending ribbon request, else checks (read only). */
  async start(): Promise<void> {
    await this.run('start', async () => {
      if (this.getState().capabilities.settings) this.set({ settings: await loadSettings(this.port.settings) });
      await this.loadUndo();
    });
    this.set({ ready: true });
    if (this.disposed) return;
    const store = this.options.storage ?? defaultStore();
    const stopRequests = onPendingAction(() => void this.requestRecalc(), this.options.storageEvents, store);
    const stopDone = onRibbonDone(() => void this.afterRibbon(), this.options.storageEvents);
    this.stopPending = () => {
      stopRequests();
      stopDone();
    };
    await this.inline.enable(this.getState().settings.inlineCheck);
    if (takePendingAction(store) === 'recalcAll') await this.recalcAll();
    else await this.check();
  }

  override dispose(): void {
    super.dispose();
    this.inline.dispose();
    this.stopPending?.();
  }

  /** Runs one action at a time (false when busy); errors go to state.error. */
  async run(action: ActionName, work: () => Promise<void>): Promise<boolean> {
    if (this.getState().busy || this.disposed) return false;
    // the results shown are those of the sheet as generated: an action that changes the figures hides them
    const results = FIGURE_ACTIONS.includes(action) ? { results: null } : {};
    this.set({ busy: { action, phase: 'busy' }, error: null, notice: null, ...results });
    try {
      await work();
    } catch (error) {
      this.set({ error: { action, error } });
    } finally {
      this.bindings.endAction();
      this.set({ busy: null });
    }
    if (this.queuedRecalc) {
      this.queuedRecalc = false;
      await this.recalcAll();
    }
    return true;
  }

  /**
   * read() and evaluate, with progress for large workbooks. The first time, the workbook's
   * bindings are listed too: the ranges the user bound are the locator's hints.
   */
  async readAndEvaluate(action: ActionName, scoreByRule = false) {
    this.set({ busy: { action, phase: 'reading' } });
    const grids = await this.port.read();
    await this.bindings.ensureLoaded();
    const progress = (p: { sheetsRead: number; sheetsDone: number; formsFound: number }) => this.set({ busy: { action, phase: 'evaluating', progress: p } });
    progress({ sheetsRead: grids.length, sheetsDone: 0, formsFound: 0 });
    let ev = await evaluateInSlices(grids, this.evaluateOptions(scoreByRule), progress, this.pause);
    // a bound range that no longer fits may have moved since it was listed: list again, re-evaluate
    if (await this.bindings.refreshIfStale(ev)) ev = await evaluateInSlices(grids, this.evaluateOptions(scoreByRule), progress, this.pause);
    this.lastGrids = grids;
    return { grids, ev };
  }

  /** After a full evaluation: bind the forms whose bindings are missing or out of date (own round trips). */
  async reconcileBindings(mode: ReconcileMode = 'check'): Promise<void> {
    const ev = this.getState().evaluation;
    if (!ev) return;
    try {
      await this.bindings.reconcile(ev, mode);
    } catch (error) {
      this.set({ error: { action: 'bindings', error } }); // the figures stand; only the bindings are behind
    }
  }

  /** 检查: read and evaluate, write nothing. */
  check = (): Promise<boolean> =>
    this.run('check', async () => {
      const { ev } = await this.readAndEvaluate('check');
      this.set({ evaluation: ev });
      await this.reconcileBindings();
    });

  /** 一键重算: read, evaluate every form, write the plan, list what changed. */
  recalcAll = (): Promise<boolean> =>
    this.run('recalcAll', async () => {
      const { grids, ev } = await this.readAndEvaluate('recalcAll');
      const applied = ev.plan.entries.length ? await this.write('recalcAll', ev.plan) : { written: [], skipped: [] };
      await this.afterWrite(grids, result('recalcAll', applied, ev.forms, ev.plan.skippedSheets), true);
      await this.reconcileBindings(); // after the write, not part of it
    });

  /** 按规则评分, step 1: evaluate with scoreByRule and preview; nothing is written. */
  previewScoreByRule = (): Promise<boolean> =>
    this.run('scoreByRule', async () => {
      const { ev } = await this.readAndEvaluate('scoreByRule', true);
      this.set({ preview: scoreByRulePreview(ev) });
    });

  /** 按规则评分, step 2 (the user confirmed): those scores and their 总分/评分等级 only. */
  confirmScoreByRule = (): Promise<boolean> =>
    this.run('scoreByRule', async () => {
      const preview = this.getState().preview;
      this.set({ preview: null });
      const grids = this.lastGrids;
      const entries = preview ? [...preview.scores.map((s) => s.entry), ...preview.dependent] : [];
      if (!preview || !grids || entries.length === 0) return;
      const applied = await this.write('scoreByRule', { entries, skippedSheets: [] });
      await this.afterWrite(grids, result('scoreByRule', applied, preview.forms, []), false);
    });

  cancelScoreByRule = (): void => this.set({ preview: null });

  /** 撤销上次重算: writes back what the last write replaced; clears the record once written. */
  undo = (): Promise<boolean> =>
    this.run('undo', async () => {
      const last = this.getState().undo;
      if (!last?.length) return;
      const plan = undoPlan(last);
      this.set({ busy: { action: 'undo', phase: 'writing', cells: plan.entries.length } });
      const applied = await this.port.apply(plan);
      await this.storeUndo(null);
      await this.afterWrite(this.lastGrids ?? [], result('undo', applied, [], []), false);
    });

  /**
   * port.apply. When a write fails half-way the host may name the entries of the failed batch
   * (HostError.attempted): they become the undo record, since some may have been written.
   */
  private async write(action: ActionName, plan: WritePlan): Promise<ApplyResult> {
    this.set({ busy: { action, phase: 'writing', cells: plan.entries.length } });
    try {
      return await this.port.apply(plan);
    } catch (error) {
      const attempted = error && typeof error === 'object' ? (error as { attempted?: unknown }).attempted : undefined;
      if (Array.isArray(attempted) && attempted.length) await this.storeUndo(attempted as PlanEntry[]);
      throw error;
    }
  }

  /** After a write: patch the grids in memory, re-evaluate, record undo, refresh markers. */
  private async afterWrite(grids: Grid[], r: RunResult, markers: boolean): Promise<void> {
    this.lastGrids = patchGrids(grids, r.written);
    const ev = evaluateWorkbook(this.lastGrids, this.evaluateOptions());
    r.remaining = { error: 0, warning: 0, info: 0 };
    for (const f of ev.findings) r.remaining[f.severity]++;
    if (r.action !== 'undo' && r.written.length) await this.storeUndo(r.written);
    this.set({ evaluation: ev, result: r });
    if (!markers || !this.getState().capabilities.markers || ev.forms.length === 0) return;
    this.set({ busy: { action: r.action, phase: 'markers' } });
    try {
      r.markers = await this.port.markers.apply(markerPlan(ev.forms));
    } catch (err) {
      r.markersError = err; // the figures are written; only the markers are missing
    }
    this.set({ result: { ...r } });
  }

  /**
   * The undo record is kept in the workbook as well (SETTING_KEYS.lastWrite): 撤销上次重算 then
   * also undoes the ribbon's 一键重算, which runs in another runtime, and survives reopening the
   * pane. A failure to store it leaves the record in the pane only.
   */
  private async storeUndo(entries: PlanEntry[] | null): Promise<void> {
    this.set({ undo: entries });
    if (!this.getState().capabilities.settings) return;
    try {
      await this.port.settings.set(SETTING_KEYS.lastWrite, entries ? { at: Date.now(), entries } : null);
    } catch {
      // the pane still holds the record
    }
  }

  private async loadUndo(): Promise<void> {
    if (!this.getState().capabilities.settings) return;
    const last = parseLastWrite(await this.port.settings.get<unknown>(SETTING_KEYS.lastWrite));
    if (last?.entries.length) this.set({ undo: last.entries });
  }

  /** The ribbon's 一键重算 wrote into the workbook: read it again, and take over its undo record. */
  private async afterRibbon(): Promise<void> {
    await this.check();
    await this.loadUndo().catch(() => undefined);
  }

  /** A click on a finding or a change: select the cell in the workbook. */
  select = async (sheet: string, cell: string): Promise<void> => {
    try {
      await this.port.select(sheet, cell);
    } catch (error) {
      this.set({ error: { action: 'select', error } });
    }
  };

  /** The ribbon's 一键重算 while the pane is open: now, or right after the running action. */
  requestRecalc(): Promise<boolean> {
    if (!this.getState().busy) return this.recalcAll();
    this.queuedRecalc = true;
    return Promise.resolve(false);
  }

  dismissError = (): void => this.set({ error: null });
  dismissResult = (): void => this.set({ result: null });
  dismissNotice = (): void => this.set({ notice: null });
}

function result(action: RunResult['action'], applied: ApplyResult, sources: RunResult['sources'], skippedSheets: string[]): RunResult {
  return { action, written: applied.written, skipped: applied.skipped, skippedSheets, sources, remaining: null, markers: null, markersError: null };
}
