/// <reference types="@testing-library/jest-dom" />
/**
 * Set-up for the task pane's component tests (jsdom): jest-dom matchers and the browser APIs
 * jsdom lacks that Fluent UI uses. Runs for every test file; does nothing under the node
 * environment (the core and CLI tests), so they pay nothing for it.
 */
if (typeof window !== 'undefined' && typeof document !== 'undefined') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('@testing-library/jest-dom');

  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  const w = window as unknown as Record<string, unknown>;
  if (!w.ResizeObserver) w.ResizeObserver = ResizeObserverStub;
  if (!w.matchMedia) {
    w.matchMedia = (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener() {},
      removeListener() {},
      addEventListener() {},
      removeEventListener() {},
      dispatchEvent: () => false,
    });
  }
  // Fluent's Dialog scrolls the focused element into view; jsdom has no layout.
  if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = function scrollIntoView() {};
}
