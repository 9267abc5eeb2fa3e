/**
 * F6 / Shift+F6 between the pane's regions (elements marked data-landmark), as Office moves
 * between its panes: focus goes to the region's first focusable element, or the region itself.
 */
import type { KeyboardEvent } from 'react';

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function landmarkKeys(e: KeyboardEvent<HTMLElement>): void {
  if (e.key !== 'F6') return;
  const regions = [...e.currentTarget.querySelectorAll<HTMLElement>('[data-landmark]')];
  if (!regions.length) return;
  e.preventDefault();
  const now = regions.findIndex((r) => r.contains(document.activeElement));
  const step = e.shiftKey ? -1 : 1;
  const next = regions[(now + step + regions.length) % regions.length] ?? regions[0];
  const target = next.querySelector<HTMLElement>(FOCUSABLE) ?? next;
  target.focus();
}
