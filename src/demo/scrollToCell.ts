/**
 * Scrolls the grid to the cell the task pane selected as Excel does for a finding: the row to the
 * middle, and sideways only as far as needed — column A (the row's label) stays in view whenever
 * the cell fits beside it, so the row's 指标名称 is never lost.
 */
export function scrollToCell(cell: HTMLElement): void {
  const scroller = cell.closest<HTMLElement>('.grid-scroll');
  if (!scroller) return cell.scrollIntoView({ block: 'center', inline: 'nearest' });
  const box = scroller.getBoundingClientRect();
  const at = cell.getBoundingClientRect();
  const left = at.left - box.left + scroller.scrollLeft;
  const top = at.top - box.top + scroller.scrollTop;
  const right = left + at.width;
  const fits = right <= scroller.clientWidth;
  scroller.scrollLeft = fits ? 0 : right - scroller.clientWidth + 16;
  scroller.scrollTop = Math.max(0, top - (scroller.clientHeight - at.height) / 2);
}
