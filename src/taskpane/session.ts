/**
 * The task pane's controller: pure TypeScript, no React, no Office. It holds the last evaluation
 * and the entries last written (for undo) and runs the actions against a WorkbookPort:
 *   read → evaluateWorkbook(grids, {profile, scoreByRule}) → port.apply(plan) → record written.
 * One action at a time; failures never escape: they land in `state.error` for the UI to explain.
 * Helpers: settings and workbook tools ./tools.ts, 生成汇总 / 导出问题清单 / 复核记录 ./results.ts,
 * ./issuesExport.ts, ./review.ts, bindings ./bindings.ts, inline check ./inlineCheck.ts, writes
 * ./writes.ts, undo record ./undoRecord.ts, ribbon requests ./ribbonLink.ts. They see the session
 * through the narrow interfaces of ./sessionPorts.ts and never import this file. React subscribes
 * with useSyncExternalStore (hooks/useSession.ts).
 */
import { countBySeverity, EvaluateOptions, Grid, WorkbookPort } from '../core';
import { BindingKeeper, ReconcileMode } from './bindings';
import { EditQueue, INLINE_DEBOUNCE_MS } from './editQueue';
import type { ActionName } from './i18n/strings';
import { InlineCheck } from './inlineCheck';
import { SessionIssues } from './issuesExport';
import { SessionResults } from './results';
import { SessionReview } from './review';
import { readAndEvaluate } from './reading';
import { linkRibbon, RibbonLinkOptions } from './ribbonLink';
import { capabilitiesOf, initialState, SessionState } from './sessionState';
import { loadSettings } from './settings';
import { Store } from './store';
import { SessionTools } from './tools';
import { UndoRecord } from './undoRecord';
import { scoreByRulePreview } from './workbook';
import { runResult, SessionWriter } from './writes';

export type { SessionState, RunResult, Busy, Notice } from './sessionState';

/** `storage`, `storageEvents`: where the ribbon's requests arrive (window by default). */
export interface SessionOptions extends RibbonLinkOptions {
  /** Inline check: re-check this long after the last edit (editQueue.ts INLINE_DEBOUNCE_MS). */
  debounceMs?: number;
  /** Lets the UI paint between slices of a large workbook. */
  pause?: () => Promise<void>;
}

/** Actions after which 生成汇总's table no longer shows the workbook's figures. */
const FIGURE_ACTIONS: ActionName[] = ['check', 'recalcAll', 'scoreByRule', 'undo', 'redetect'];

export class TaskpaneSession extends Store<SessionState> {
  /** Grids of the last read, kept in step with writes and inline re-checks. */
  lastGrids: Grid[] | null = null;
  readonly inline: InlineCheck;
  /** Settings, markers, detection and bindings. */
  readonly tools: SessionTools;
  readonly results: SessionResults;
  /** 导出问题清单. */
  readonly issues: SessionIssues;
  readonly review: SessionReview; // 复核: 创建/刷新复核记录
  /** The workbook's bindings: the user's bound ranges (hints) and the forms' automatic ones. */
  readonly bindings: BindingKeeper;
  private readonly undoRecord: UndoRecord;
  private readonly writer: SessionWriter;
  private queuedRecalc = false;
  private stopPending: (() => void) | null = null;
  private readonly pause: () => Promise<void>;

  constructor(readonly port: WorkbookPort, private readonly options: SessionOptions = {}) {
    super(initialState(capabilitiesOf(port)));
    this.pause = options.pause ?? (() => new Promise((r) => setTimeout(r, 0)));
    this.inline = new InlineCheck(this, new EditQueue(options.debounceMs ?? INLINE_DEBOUNCE_MS, (edits) => this.inline.recheck(edits)));
    this.tools = new SessionTools(this);
    this.results = new SessionResults(this);
    this.issues = new SessionIssues(this);
    this.review = new SessionReview(this);
    this.bindings = new BindingKeeper(this);
    this.undoRecord = new UndoRecord(this);
    this.writer = new SessionWriter(this, this.undoRecord);
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
      await this.undoRecord.load();
    });
    this.set({ ready: true });
    if (this.disposed) return;
    const ribbon = linkRibbon(this.options, () => void this.requestRecalc(), () => void this.afterRibbon());
    this.stopPending = ribbon.stop;
    await this.inline.enable(this.getState().settings.inlineCheck);
    if (ribbon.takePending() === 'recalcAll') await this.recalcAll();
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

  /** read() and evaluate, with progress (./reading.ts); the grids are kept. */
  readAndEvaluate(action: ActionName, scoreByRule = false) {
    return readAndEvaluate(this, action, scoreByRule, this.pause);
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

  /** 检查: read and evaluate, write nothing; say that it ran, even when nothing changed. */
  check = (): Promise<boolean> =>
    this.run('check', async () => {
      const started = Date.now();
      const { ev } = await this.readAndEvaluate('check');
      this.set({ evaluation: ev });
      await this.reconcileBindings();
      // a notice the bindings set (forms bound again) is kept: it says more than 「检查完成」
      if (this.getState().notice) return;
      const at = Date.now();
      this.set({ notice: { type: 'checked', counts: countBySeverity(ev.findings), forms: ev.forms.length, at, ms: at - started } });
    });

  /** 一键重算: read, evaluate every form, write the plan, list what changed. */
  recalcAll = (): Promise<boolean> =>
    this.run('recalcAll', async () => {
      const { grids, ev } = await this.readAndEvaluate('recalcAll');
      const applied = ev.plan.entries.length ? await this.writer.write('recalcAll', ev.plan) : { written: [], skipped: [] };
      await this.writer.afterWrite(grids, runResult('recalcAll', applied, ev.forms, ev.plan.skippedSheets), true);
      await this.reconcileBindings(); // after the write, not part of it
    });

  /** 按规则评分, step 1: evaluate with scoreByRule and preview; nothing is written. */
  previewScoreByRule = (): Promise<boolean> =>
    this.run('scoreByRule', async () => {
      const { ev } = await this.readAndEvaluate('scoreByRule', true);
      this.set({ preview: scoreByRulePreview(ev) });
    });

  /** 按规则评分, step 2 (the user confirmed): those scores and their 总分/评分等级 only. */
  confirmScoreByRule = (): Promise<boolean> => this.run('scoreByRule', () => this.writer.confirmScores());

  cancelScoreByRule = (): void => this.set({ preview: null });

  /** 撤销上次重算: writes back what the last write replaced; clears the record once written. */
  undo = (): Promise<boolean> => this.run('undo', () => this.writer.undoLast());

  /** The ribbon's 一键重算 wrote into the workbook: read it again, and take over its undo record. */
  private async afterRibbon(): Promise<void> {
    await this.check();
    await this.undoRecord.load().catch(() => undefined);
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
