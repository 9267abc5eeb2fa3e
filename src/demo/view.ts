/**
 * What the demo's spreadsheet shows besides the cells: the active sheet, the selection (a cell or
 * a dragged range, used by 绑定所选区域), the cell the task pane asked to select (highlighted until
 * the next selection), and a refusal message (a protected sheet, a value the 得分 validation
 * rejects) — as Excel would show them. A tiny observable store; the grid view subscribes.
 */
import { rangeToA1 } from '../core';

export interface CellPos {
  row: number; // 0-based
  col: number;
}

export interface ViewState {
  activeSheet: string;
  anchor: CellPos;
  focus: CellPos;
  /** Set by the task pane's select(): this cell is outlined and scrolled into view. */
  highlight: { sheet: string; cell: string; seq: number } | null;
  /** A refused edit, shown as Excel's alert would be. */
  alert: string | null;
}

export class DemoView {
  private state: ViewState;
  private readonly listeners = new Set<() => void>();
  private seq = 0;

  constructor(firstSheet: string) {
    this.state = { activeSheet: firstSheet, anchor: { row: 0, col: 0 }, focus: { row: 0, col: 0 }, highlight: null, alert: null };
  }

  get = (): ViewState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<ViewState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of [...this.listeners]) l();
  }

  showSheet(sheet: string): void {
    if (sheet !== this.state.activeSheet) this.set({ activeSheet: sheet, anchor: { row: 0, col: 0 }, focus: { row: 0, col: 0 }, highlight: null });
  }

  /** The user clicks a cell (extend: shift-click or drag). */
  selectCell(pos: CellPos, extend = false): void {
    this.set(extend ? { focus: pos } : { anchor: pos, focus: pos, highlight: null });
  }

  /** The task pane selects a cell: switch sheet, select it, highlight it. */
  reveal(sheet: string, row: number, col: number, cell: string): void {
    const pos = { row, col };
    this.set({ activeSheet: sheet, anchor: pos, focus: pos, highlight: { sheet, cell, seq: ++this.seq } });
  }

  alert(message: string | null): void {
    this.set({ alert: message });
  }

  /** The selection as an A1 range on the active sheet. */
  selectionRange(): { sheet: string; range: string } {
    const { anchor: a, focus: f, activeSheet } = this.state;
    const range = rangeToA1({ top: Math.min(a.row, f.row), left: Math.min(a.col, f.col), bottom: Math.max(a.row, f.row), right: Math.max(a.col, f.col) });
    return { sheet: activeSheet, range };
  }
}
