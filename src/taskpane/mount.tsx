/**
 * mountTaskpane(element, port, options): renders the task pane into an element. Used by
 * index.tsx (Excel), the demo host (its own in-memory WorkbookPort) and tests. Render first; give
 * the port later with `update` when it arrives (e.g. after Office.onReady).
 */
import { createRoot } from 'react-dom/client';
import type { WorkbookPort } from '../core';
import { App, AppProps } from './App';

export type MountOptions = Omit<AppProps, 'port'>;

export interface TaskpaneHandle {
  /** Re-renders with another port and/or options (merged with the earlier options). */
  update(port: WorkbookPort | null, options?: MountOptions): void;
  unmount(): void;
}

export function mountTaskpane(element: HTMLElement, port: WorkbookPort | null, options: MountOptions = {}): TaskpaneHandle {
  const root = createRoot(element);
  let current: AppProps = { ...options, port };
  const render = () => root.render(<App {...current} />);
  render();
  return {
    update(nextPort, nextOptions = {}) {
      current = { ...current, ...nextOptions, port: nextPort };
      render();
    },
    unmount() {
      root.unmount();
    },
  };
}
