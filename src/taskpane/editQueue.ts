/**
 * Debounces edit events for the inline check: the sheets edited are collected and handed over
 * `delayMs` after the last edit. When the handler answers false (the pane is busy), the sheets
 * wait for another round.
 */
export class EditQueue {
  private readonly sheets = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly delayMs: number,
    private readonly flush: (sheets: string[]) => Promise<boolean>,
  ) {}

  push(sheet: string): void {
    this.sheets.add(sheet);
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

  private restart(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.fire(), this.delayMs);
  }

  private async fire(): Promise<void> {
    this.timer = null;
    const sheets = [...this.sheets];
    this.sheets.clear();
    if (sheets.length === 0) return;
    const done = await this.flush(sheets);
    if (!done) {
      for (const s of sheets) this.sheets.add(s);
      this.restart();
    }
  }
}
