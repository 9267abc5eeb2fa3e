/**
 * The spreadsheet itself: column letters, row numbers, cells with their shown text and look,
 * merged areas, the selection, the cell the task pane selected (highlighted and scrolled into
 * view), the add-in's conditional marks (the fills Excel would show) and an in-cell editor.
 * Pure view: everything arrives as props, every action leaves through a callback.
 */
import { memo, useEffect, useRef } from 'react';
import { columnName, ConditionalMark, MARK_FILL, toA1 } from '../../core';
import type { SheetLayout } from '../sheetLayout';
import type { CellPos } from '../view';
import { scrollToCell } from '../scrollToCell';

export interface SheetGridProps {
  sheet: string;
  layout: SheetLayout;
  anchor: CellPos;
  focus: CellPos;
  highlight: string | null;
  highlightSeq: number;
  marks: Map<string, ConditionalMark['kind']>;
  validations: (cell: string) => string | undefined;
  editing: { cell: string; text: string } | null;
  onPointer: (pos: CellPos, extend: boolean) => void;
  onEditStart: (pos: CellPos) => void;
  onEditChange: (text: string) => void;
  onEditKey: (e: React.KeyboardEvent<HTMLInputElement>) => void;
  onFollowLink: (link: { sheet: string; cell: string }) => void;
  /** The table element, for what is drawn over it (a chart). */
  tableRef?: (el: HTMLTableElement | null) => void;
}

function inSelection(r: number, c: number, a: CellPos, f: CellPos): boolean {
  return r >= Math.min(a.row, f.row) && r <= Math.max(a.row, f.row) && c >= Math.min(a.col, f.col) && c <= Math.max(a.col, f.col);
}

export const SheetGrid = memo(function SheetGrid(props: SheetGridProps) {
  const { sheet, layout, anchor, focus, highlight, highlightSeq, marks, editing } = props;
  const highlighted = useRef<HTMLTableCellElement | null>(null);
  const dragging = useRef(false);

  useEffect(() => {
    if (highlighted.current) scrollToCell(highlighted.current);
  }, [highlight, highlightSeq, sheet]);

  useEffect(() => {
    const up = () => (dragging.current = false);
    window.addEventListener('mouseup', up);
    return () => window.removeEventListener('mouseup', up);
  }, []);

  const width = layout.colWidths.reduce((a, b) => a + b, 40);
  return (
    <table className="grid" ref={props.tableRef} data-testid="sheet-grid" data-sheet={sheet} style={{ width }}>
      <colgroup>
        <col style={{ width: 40 }} />
        {layout.colWidths.map((w, c) => (
          <col key={c} style={{ width: w }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th className="corner" />
          {layout.colWidths.map((_, c) => (
            <th key={c} className={c >= Math.min(anchor.col, focus.col) && c <= Math.max(anchor.col, focus.col) ? 'hdr on' : 'hdr'}>
              {columnName(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {layout.cells.map((row, r) => (
          <tr key={r} style={layout.rowHeights[r] ? { height: layout.rowHeights[r] as number } : undefined}>
            <th className={r >= Math.min(anchor.row, focus.row) && r <= Math.max(anchor.row, focus.row) ? 'rowhdr on' : 'rowhdr'}>{r + 1}</th>
            {row.map((look, c) => {
              if (!look) return null;
              const a1 = toA1(r, c);
              const mark = marks.get(a1);
              const isHighlight = highlight === a1;
              const max = props.validations(a1);
              const classes = ['cell'];
              if (inSelection(r, c, anchor, focus)) classes.push('sel');
              if (r === anchor.row && c === anchor.col) classes.push('active');
              if (isHighlight) classes.push('highlight');
              const style = mark ? { ...look.style, backgroundColor: MARK_FILL[mark] } : look.style;
              const isEditing = editing?.cell === a1;
              return (
                <td
                  key={c}
                  ref={isHighlight ? highlighted : undefined}
                  data-cell={a1}
                  data-marker={mark}
                  data-highlight={isHighlight ? 'true' : undefined}
                  data-selected={r === anchor.row && c === anchor.col ? 'true' : undefined}
                  title={max !== undefined ? `数据验证：0 – ${max}（分值）` : undefined}
                  rowSpan={look.rowSpan > 1 ? look.rowSpan : undefined}
                  colSpan={look.colSpan > 1 ? look.colSpan : undefined}
                  className={classes.join(' ')}
                  style={style}
                  onMouseDown={(e) => {
                    if (isEditing) return;
                    dragging.current = true;
                    props.onPointer({ row: r, col: c }, e.shiftKey);
                  }}
                  onMouseEnter={() => dragging.current && props.onPointer({ row: r, col: c }, true)}
                  onDoubleClick={() => props.onEditStart({ row: r, col: c })}
                >
                  {isEditing ? (
                    <input
                      className="editor"
                      data-testid="cell-editor"
                      autoFocus
                      value={editing.text}
                      onChange={(e) => props.onEditChange(e.target.value)}
                      onKeyDown={props.onEditKey}
                    />
                  ) : look.link ? (
                    <a
                      className="link"
                      href={`#${look.link.sheet}!${look.link.cell}`}
                      data-link={`${look.link.sheet}!${look.link.cell}`}
                      onClick={(e) => {
                        e.preventDefault();
                        if (look.link) props.onFollowLink(look.link);
                      }}
                    >
                      {look.text}
                    </a>
                  ) : (
                    look.text
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
});
