/**
 * The user's edits, for the task pane's inline re-check, from one
 * `ApiEvent.AddApiEventListener('SheetChange', (sheet, target) => …)` (2 calls to subscribe:
 * ApiEvent, AddApiEventListener; per event `sheet.Name` and `target.Address(false, false)`).
 *
 *  - SheetChange reports the add-in's own writes too. Every write is recorded first
 *    (`ownWrite(sheet, address)`, the WpsContext's); an event whose cells all lie inside a range
 *    recorded on its sheet is dropped. The event may come synchronously during the write or later:
 *    a record is forgotten when an event covering it whole came, or after OWN_WRITE_TTL_MS. A user
 *    edit inside a range the add-in has just written, within those seconds, is missed (the next
 *    edit or recalculation sees it). Events of the add-in's own sheet (STORE_SHEET) are never
 *    the user's.
 *  - A user edit is delivered as an EditEvent and marks the sheet's snapshot (`changedMeanwhile`).
 *  - One listener is shared: the first onEdit adds it, the last unsubscribe removes it.
 */
import { parseRange, RangeRef } from '../core/a1';
import { HostError } from '../core/hostError';
import type { EditEvent, Unsubscribe } from '../core/port';
import { STORE_SHEET } from './context';
import { WpsEnv } from './state';

export const OWN_WRITE_TTL_MS = 5000;
const MAX_RECORDS = 10_000;

const inside = (r: RangeRef, a: RangeRef) => r.top >= a.top && r.bottom <= a.bottom && r.left >= a.left && r.right <= a.right;
const same = (r: RangeRef, a: RangeRef) => r.top === a.top && r.bottom === a.bottom && r.left === a.left && r.right === a.right;

/** The areas of an A1 address (`G14`, `G14:H15`, `A1:B2,D4`), or null when it is none. */
function areasOf(address: string): RangeRef[] | null {
  try {
    const parts = address.replace(/\$/g, '').split(',').map((a) => a.trim()).filter(Boolean);
    return parts.length ? parts.map((a) => parseRange(a)) : null;
  } catch {
    return null;
  }
}

/** The ranges the add-in is writing or has just written, per sheet. */
export class OwnWrites {
  private records: { sheet: string; area: RangeRef; until: number }[] = [];

  constructor(private readonly ttlMs = OWN_WRITE_TTL_MS, private readonly now: () => number = Date.now) {}

  add(sheet: string, address: string): void {
    const t = this.now();
    this.records = this.records.filter((r) => r.until >= t);
    for (const area of areasOf(address) ?? []) this.records.push({ sheet, area, until: t + this.ttlMs });
    if (this.records.length > MAX_RECORDS) this.records = this.records.slice(-MAX_RECORDS);
  }

  /** True when this change is the add-in's own (every cell inside a recorded range); see the file comment. */
  consume(sheet: string, address: string): boolean {
    const t = this.now();
    this.records = this.records.filter((r) => r.until >= t);
    const areas = areasOf(address);
    if (!areas) return false;
    const mine = this.records.filter((r) => r.sheet === sheet);
    if (!areas.every((a) => mine.some((r) => inside(a, r.area)))) return false;
    this.records = this.records.filter((r) => !(r.sheet === sheet && areas.some((a) => same(a, r.area) || inside(r.area, a))));
    return true;
  }
}

export class EditEvents {
  private readonly handlers = new Set<(edit: EditEvent) => void>();
  private listener: ((...args: unknown[]) => void) | null = null;

  constructor(private readonly env: WpsEnv, readonly own: OwnWrites) {}

  subscribe(handler: (edit: EditEvent) => void): Unsubscribe {
    this.handlers.add(handler);
    if (!this.listener) {
      const listener = (...args: unknown[]) => this.changed(args[0], args[1]);
      try {
        this.env.ctx.app.ApiEvent.AddApiEventListener('SheetChange', listener);
      } catch (err) {
        this.handlers.delete(handler);
        throw new HostError('requirementMissing', 'This WPS 表格 does not report sheet changes.', { cause: err });
      }
      this.listener = listener;
    }
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      this.handlers.delete(handler);
      if (this.handlers.size === 0) this.remove();
    };
  }

  private remove(): void {
    const listener = this.listener;
    this.listener = null;
    if (!listener) return;
    try {
      this.env.ctx.app.ApiEvent.RemoveApiEventListener('SheetChange', listener);
    } catch (err) {
      // The pane may be closing; a listener left behind dies with the page.
      console.warn('[绩效自评助手] could not remove the SheetChange listener', err);
    }
  }

  /** What WPS calls for every change: (sheet, target). */
  private changed(sheetArg: unknown, targetArg: unknown): void {
    let sheet: string;
    let address: string;
    try {
      sheet = String((sheetArg as { Name: unknown }).Name);
      address = String((targetArg as { Address(a: boolean, b: boolean): unknown }).Address(false, false));
    } catch {
      return; // the sheet went away while WPS reported its change
    }
    if (sheet === STORE_SHEET || this.own.consume(sheet, address)) return;
    this.env.state.markEdited(sheet, address);
    const edit: EditEvent = { sheet, address };
    for (const h of [...this.handlers]) {
      try {
        h(edit);
      } catch (err) {
        console.error('[绩效自评助手] edit handler failed', err);
      }
    }
  }
}
