/**
 * Debounces edit events for the inline check: the edits are collected by sheet, with the addresses
 * edited, and handed over `delayMs` after the last edit. When the handler answers false (the pane
 * is busy), they wait for another round.
 */

/** The edits of one sheet since the last round: the addresses edited, or null (read the whole sheet). */
export interface SheetEdits {
  sheet: string;
  addresses: string[] | null;
}

/**
 * 100 ms: Excel reports an edit once it is committed (Enter), not per keystroke, so the wait only
 * gathers a burst (a paste, a fill) into one re-check; the warning shows ≤ 250 ms after Enter
 * (bench part 5; it was 800 ms before issue 11).
 */
export const INLINE_DEBOUNCE_MS = 100;

/** More distinct addresses than this in one round: the sheet is read whole anyway. */
export const MAX_ADDRESSES = 200;

export class EditQueue {
  private readonly sheets = new Map<string, Set<string> | null>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly delayMs: number,
    private readonly flush: (edits: SheetEdits[]) => Promise<boolean>,
  ) {}

  /** An edit of `address` on `sheet` (no address: somewhere on the sheet). */
  push(sheet: string, address?: string): void {
    this.add(sheet, address === undefined ? null : [address]);
    this.restart();
  }

  get pending(): number {
    return this.sheets.size;
  }

  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.sheets.clear();
  }

  private add(sheet: string, addresses: string[] | null): void {
    const known = this.sheets.get(sheet);
    if (known === null) return; // already the whole sheet
    if (addresses === null) {
      this.sheets.set(sheet, null);
      return;
    }
    const set = known ?? new Set<string>();
    for (const a of addresses) set.add(a);
    this.sheets.set(sheet, set.size > MAX_ADDRESSES ? null : set);
  }

  private restart(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.fire(), this.delayMs);
  }

  private async fire(): Promise<void> {
    this.timer = null;
    const edits: SheetEdits[] = [...this.sheets].map(([sheet, set]) => ({ sheet, addresses: set ? [...set] : null }));
    this.sheets.clear();
    if (edits.length === 0) return;
    const done = await this.flush(edits);
    if (!done) {
      for (const e of edits) this.add(e.sheet, e.addresses);
      this.restart();
    }
  }
}
