/**
 * The left half of the demo: name box and formula bar, the grid of the active sheet, the sheet
 * tabs, and Excel's alert when an entry is refused. Keyboard as in Excel: arrows move, Enter/Tab
 * move after an entry, F2 or a double-click edits, typing replaces, Delete clears, Esc cancels.
 */
import { KeyboardEvent, useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { columnName, parseA1, toA1 } from '../../core';
import type { DemoPort } from '../port';
import { MAX_ROWS, sheetLayout } from '../sheetLayout';
import { editText } from '../typed';
import type { CellPos } from '../view';
import { SheetChart } from './SheetChart';
import { SheetGrid } from './SheetGrid';
import { SheetTabs } from './SheetTabs';
import { demoText } from '../strings';

export function Spreadsheet({ port }: { port: DemoPort }) {
  const { workbook, view } = port;
  const state = useSyncExternalStore(view.subscribe, view.get);
  const version = useSyncExternalStore(
    useCallback((l: () => void) => workbook.subscribe(l), [workbook]),
    () => workbook.version,
  );
  const scroller = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<{ cell: string; text: string; where: 'cell' | 'bar' } | null>(null);
  const sheet = state.activeSheet;
  const look = workbook.look(sheet);
  const grid = workbook.grid(sheet);
  const chart = workbook.chartOf(sheet);
  const reach = useMemo(() => (chart ? parseA1(chart.to) : undefined), [chart]);
  const layout = useMemo(() => (look && grid ? sheetLayout(look, grid, reach) : null), [look, grid, reach]);
  const [table, setTable] = useState<HTMLTableElement | null>(null);
  const markersVersion = port.markersStore.version;
  const marks = useMemo(
    () => port.markersStore.activeMarks(sheet, (c) => workbook.valueAt(sheet, c)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- recomputed on every workbook or marker change
    [sheet, version, markersVersion],
  );
  const validations = useCallback((cell: string) => port.markersStore.validationAt(sheet, cell)?.max, [port, sheet]);
  if (!layout) return null;

  const active = toA1(state.anchor.row, state.anchor.col);
  const clamp = (p: CellPos): CellPos => ({ row: Math.max(0, Math.min(layout.rows - 1, p.row)), col: Math.max(0, Math.min(layout.cols - 1, p.col)) });
  const move = (dr: number, dc: number) => view.selectCell(clamp({ row: state.anchor.row + dr, col: state.anchor.col + dc }));
  const startEdit = (pos: CellPos, text?: string) => {
    view.selectCell(pos);
    const a1 = toA1(pos.row, pos.col);
    setEditing({ cell: a1, text: text ?? editText(workbook.valueAt(sheet, a1), workbook.formulaAt(sheet, a1)), where: 'cell' });
  };
  // After an entry the keyboard goes back to the grid, as in Excel.
  const backToGrid = () => requestAnimationFrame(() => scroller.current?.focus({ preventScroll: true }));
  const commit = (cell: string, text: string): boolean => {
    const result = port.typeInto(sheet, cell, text);
    setEditing(null);
    backToGrid();
    if (!result.ok) view.alert(result.reason === 'validation' ? demoText.refusedValidation(result.max ?? '') : demoText.refusedProtected);
    return result.ok;
  };

  const onEditKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!editing) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      setEditing(null);
      backToGrid();
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      if (commit(editing.cell, editing.text)) move(e.key === 'Enter' ? (e.shiftKey ? -1 : 1) : 0, e.key === 'Tab' ? (e.shiftKey ? -1 : 1) : 0);
    }
  };

  const onGridKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editing || state.alert) return;
    const arrows: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Enter: [1, 0], Tab: [0, 1] };
    if (arrows[e.key]) {
      e.preventDefault();
      const [dr, dc] = arrows[e.key];
      if (e.shiftKey && e.key.startsWith('Arrow')) view.selectCell(clamp({ row: state.focus.row + dr, col: state.focus.col + dc }), true);
      else move(e.shiftKey ? -dr : dr, e.shiftKey ? -dc : dc);
    } else if (e.key === 'F2') {
      e.preventDefault();
      startEdit(state.anchor);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      commit(active, '');
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      startEdit(state.anchor, e.key);
    }
  };

  const barText = editing?.cell === active ? editing.text : editText(workbook.valueAt(sheet, active), workbook.formulaAt(sheet, active));
  return (
    <div className="sheet-area">
      <div className="formula-bar">
        <span className="name-box" data-testid="name-box">
          {active}
        </span>
        <span className="fx">fx</span>
        <input
          aria-label={demoText.formulaBar}
          data-testid="formula-bar"
          value={barText}
          onFocus={() => editing?.cell !== active && setEditing({ cell: active, text: barText, where: 'bar' })}
          onChange={(e) => setEditing({ cell: active, text: e.target.value, where: 'bar' })}
          onKeyDown={onEditKey}
        />
      </div>
      <div className="grid-scroll" ref={scroller} tabIndex={0} data-testid="grid-scroll" onKeyDown={onGridKey} aria-label={`${sheet} ${columnName(state.anchor.col)}${state.anchor.row + 1}`}>
        <SheetGrid
          sheet={sheet}
          layout={layout}
          anchor={state.anchor}
          focus={state.focus}
          highlight={state.highlight?.sheet === sheet ? state.highlight.cell : null}
          highlightSeq={state.highlight?.seq ?? 0}
          marks={marks}
          validations={validations}
          editing={editing?.where === 'cell' ? editing : null}
          onPointer={(pos, extend) => {
            if (editing) commit(editing.cell, editing.text);
            view.selectCell(pos, extend);
          }}
          onEditStart={(pos) => startEdit(pos)}
          onEditChange={(text) => setEditing((e) => (e ? { ...e, text } : e))}
          onEditKey={onEditKey}
          onFollowLink={(link) => {
            const p = parseA1(link.cell);
            if (workbook.hasSheet(link.sheet)) view.reveal(link.sheet, p.row, p.col, link.cell);
          }}
          tableRef={setTable}
        />
        {chart && <SheetChart key={`${sheet}:${version}`} chart={chart} valueAt={(c) => workbook.valueAt(sheet, c)} table={table} />}
        {layout.hiddenRows > 0 && <p className="note">{demoText.rowsNotShown(MAX_ROWS, layout.hiddenRows)}</p>}
        {grid?.cut && (
          <p className="note" data-testid="sheet-cut">
            {grid.cut.reason === 'noForm' ? demoText.sheetNotRead(grid.cut.cells) : demoText.sheetCut(grid.cut.fromRow)}
          </p>
        )}
      </div>
      <SheetTabs sheets={workbook.tabNames()} active={sheet} onPick={(s) => view.showSheet(s)} />
      {state.alert && (
        <div className="alert-backdrop">
          <div className="alert" role="alertdialog" aria-label="Microsoft Excel" data-testid="excel-alert">
            <p>{state.alert}</p>
            <button
              type="button"
              autoFocus
              onClick={() => {
                view.alert(null);
                backToGrid();
              }}
            >
              {demoText.ok}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
