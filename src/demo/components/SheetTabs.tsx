/** Excel's sheet tabs under the grid; the active one is raised. */
export interface SheetTabsProps {
  sheets: string[];
  active: string;
  onPick: (sheet: string) => void;
}

export function SheetTabs({ sheets, active, onPick }: SheetTabsProps) {
  return (
    <div className="tabs" role="tablist" aria-label="工作表 / Sheets">
      {sheets.map((s) => (
        <button
          key={s}
          type="button"
          role="tab"
          aria-selected={s === active}
          data-testid="sheet-tab"
          data-sheet={s}
          className={s === active ? 'tab on' : 'tab'}
          onClick={() => onPick(s)}
          title={s}
        >
          {s}
        </button>
      ))}
    </div>
  );
}
