/**
 * The workbook's bindings as the task pane keeps them (each located form's budget block and
 * indicator table is bound, the form map saved in the workbook):
 *
 *  - the first full evaluation lists them (`status()`, else `list()`; one host call per session,
 *    2 syncs in Excel). The ranges the user bound (绑定所选区域, `…:user<n>:…`) are the locator's
 *    hints, so odd layouts bound once are found again on reopening without detecting them anew;
 *  - after each check and 一键重算 the automatic bindings are reconciled with the forms located:
 *    same ranges → nothing is asked of the host; a binding lost, or a form whose range no longer
 *    matches (rows inserted, the file edited elsewhere) → that sheet is bound again and the pane
 *    says so; bindings of forms that no longer exist are removed. These calls come after the
 *    recalculation's write and are not part of it;
 *  - the list kept is checked against the host again only when it disagrees with what was located
 *    (Excel may simply have moved the bindings with inserted rows), or when a bound range looks
 *    stale (BINDING_MISMATCH, a bound form missing rows or columns), and then once per change.
 * A binding lost while the pane is open, its form unchanged, is noticed on the next open (or by
 * 重新识别): finding it sooner would cost a round trip per check.
 * What to bind and remove is worked out (pure) in ./bindingPlan.ts.
 */
import { FormBinding, LocateHints, WorkbookEvaluation } from '../core';
import { isUserBinding } from '../core/bindingIds';
import { mismatched, overlaps, reconcilePlan } from './bindingPlan';
import type { StatePort } from './sessionPorts';
import { bindingParts, hintsOf, plainRange } from './workbook';

/** How a reconciliation reports: after a check (notice when something was lost or moved), quietly, or all anew (重新识别). */
export type ReconcileMode = 'check' | 'quiet' | 'all';

export class BindingKeeper {
  /** The workbook's bindings as last listed or bound; null until listed. */
  private saved: FormBinding[] | null = null;
  /** Bindings the form map remembers but the host no longer has. */
  private lost: FormBinding[] = [];
  /** `saved` was listed during the current action: no need to ask the host again. */
  private fresh = false;
  /** What was last listed again for (a stale-looking bound range) or bound: not asked twice. */
  private lastSuspicion = '';
  private lastAttempt = '';

  constructor(private readonly s: StatePort) {}

  private get enabled(): boolean {
    return this.s.getState().capabilities.bindings;
  }

  /** The locator's hints: the ranges the user bound, by sheet. */
  hints(): Record<string, LocateHints> | undefined {
    return this.saved ? hintsOf(this.saved) : undefined;
  }

  /** Lists the workbook's bindings (1 host call). */
  async load(): Promise<void> {
    if (!this.enabled) return;
    const b = this.s.port.bindings;
    const status = b.status ? await b.status() : { bound: await b.list(), lost: [] };
    this.saved = status.bound;
    this.lost = status.lost;
    this.fresh = true;
  }

  /**
   * The first time: list the bindings. A failure is reported and the check goes on without hints
   * (`strict`: the failure is the action's).
   */
  async ensureLoaded(strict = false): Promise<void> {
    if (this.saved !== null || !this.enabled) return;
    try {
      await this.load();
    } catch (error) {
      if (strict) throw error;
      this.s.set({ error: { action: 'bindings', error } });
    }
  }

  /** The action is over: the next one cannot take the list for the workbook's. */
  endAction(): void {
    this.fresh = false;
  }

  /**
   * The user's bound ranges may have moved since they were listed (rows inserted): when the
   * evaluation says a bound range no longer fits, list again. True when the hints changed.
   */
  async refreshIfStale(ev: WorkbookEvaluation): Promise<boolean> {
    if (this.fresh || !this.saved?.some((b) => isUserBinding(b.id))) return false;
    const suspicion = JSON.stringify([
      mismatched(ev),
      ev.forms.filter((f) => f.form.hinted && f.form.missingColumns.length > 0).map((f) => [f.form.hinted, f.form.missingColumns]),
    ]);
    // nothing looks stale, or it looked the same when the list was last asked for (a bound table
    // that simply lacks a column must not cost a round trip per check)
    if (suspicion === '[[],[]]' || suspicion === this.lastSuspicion) return false;
    this.lastSuspicion = suspicion;
    const before = JSON.stringify(this.hints());
    try {
      await this.load();
    } catch (error) {
      this.s.set({ error: { action: 'bindings', error } });
      return false;
    }
    return JSON.stringify(this.hints()) !== before;
  }

  /** A range the user just bound; the same part bound before over the same cells (or gone stale) is dropped. */
  async addUser(binding: FormBinding, ev: WorkbookEvaluation | null): Promise<void> {
    const saved = (this.saved ??= []);
    const stale = new Set(mismatched(ev).map((b) => `${b.sheet}\u0000${b.part}\u0000${b.range}`));
    const superseded = saved.filter(
      (b) =>
        isUserBinding(b.id) &&
        b.id !== binding.id &&
        b.sheet === binding.sheet &&
        b.part === binding.part &&
        (overlaps(b.range, binding.range) || stale.has(`${b.sheet}\u0000${b.part}\u0000${plainRange(b.range)}`)),
    );
    this.saved = [...saved.filter((b) => b.id !== binding.id), binding];
    await this.remove(superseded.map((b) => b.id));
  }

  /** User bindings whose range no longer holds its table (重新识别 drops them). Removed; true when any. */
  async dropMismatched(ev: WorkbookEvaluation): Promise<boolean> {
    const wrong = new Set(mismatched(ev).map((m) => `${m.sheet}\u0000${m.part}\u0000${m.range}`));
    const ids = (this.saved ?? []).filter((b) => isUserBinding(b.id) && wrong.has(`${b.sheet}\u0000${b.part}\u0000${plainRange(b.range)}`)).map((b) => b.id);
    await this.remove(ids);
    return ids.length > 0;
  }

  private async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.s.port.bindings.remove(ids);
    const gone = new Set(ids);
    this.saved = (this.saved ?? []).filter((b) => !gone.has(b.id));
    this.lost = this.lost.filter((b) => !gone.has(b.id));
  }

  /**
   * Binds what the located forms call for. `check`: only where something changed, with a notice
   * when bindings were lost or no longer matched; `quiet`: the same without notice; `all`: every
   * form bound again, every stale binding removed (重新识别). Returns the forms re-bound for a
   * lost or changed binding.
   */
  async reconcile(ev: WorkbookEvaluation, mode: ReconcileMode): Promise<number> {
    if (!this.enabled || this.saved === null) return 0;
    let plan = reconcilePlan(ev, this.saved, this.lost, mode === 'all');
    if (!plan.needed) return 0;
    if (!this.fresh && mode !== 'all') {
      // Excel may have moved the bindings along with inserted rows: ask before binding again.
      await this.load();
      plan = reconcilePlan(ev, this.saved, this.lost, false);
      if (!plan.needed) return 0;
    }
    // the same binding asked for again after a check (the host keeps it otherwise, or refused it):
    // once per session is enough
    const attempt = JSON.stringify([bindingParts(ev.forms), plan.remove, [...plan.sheets]]);
    if (mode === 'check' && attempt === this.lastAttempt) return 0;
    this.lastAttempt = attempt;
    this.s.set({ busy: { action: this.s.getState().busy?.action ?? 'check', phase: 'bindings' } });
    const wanted = bindingParts(ev.forms).filter((w) => plan.sheets.has(w.sheet));
    const bound = wanted.length ? await this.s.port.bindings.bind(wanted.map(({ sheet, part, range }) => ({ sheet, part, range }))) : [];
    const replaced = (b: FormBinding) => plan.sheets.has(b.sheet) && !isUserBinding(b.id);
    this.saved = [...(this.saved ?? []).filter((b) => !replaced(b)), ...bound];
    this.lost = this.lost.filter((b) => !replaced(b));
    await this.remove(plan.remove);
    if (mode === 'check' && plan.rebound > 0) this.s.set({ notice: { type: 'rebound', forms: plan.rebound } });
    return plan.rebound;
  }
}
