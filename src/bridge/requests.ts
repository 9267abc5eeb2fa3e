/**
 * The contract between the ribbon commands (commands.html, their own JavaScript runtime) and the
 * task pane (taskpane.html): a pending request in `localStorage`, shared by both pages because
 * they have the same origin.
 *
 *   ribbon 「一键重算」  → requestAction('recalcAll')      sets   jixiao.pendingAction   = 'recalcAll'
 *                                                           and  jixiao.pendingActionAt = Date.now()
 *   task pane, on start → takePendingAction()              reads and clears both keys; returns the
 *                                                           action if it is known and fresh
 *   task pane, while open → onPendingAction(handler)       a `storage` event from the other page
 *
 * The task pane runs the same whole-workbook recalculation as its own 一键重算 button. A request
 * older than PENDING_ACTION_MAX_AGE_MS is dropped, so that a click made while the pane could not be
 * opened does not recalculate some other workbook days later. See src/commands/README.md.
 *
 * Lives beside both sides (src/commands and src/taskpane import it; neither imports the other) and
 * is host-neutral: only the storage and event interfaces below, so another host (WPS) can reuse it.
 * No DOM types on purpose: this file compiles under the CLI's tsconfig too (tests import it).
 */

export const PENDING_ACTION_KEY = 'jixiao.pendingAction';
export const PENDING_ACTION_AT_KEY = 'jixiao.pendingActionAt';
export const PENDING_ACTION_MAX_AGE_MS = 5 * 60 * 1000;

export const PENDING_ACTIONS = ['recalcAll'] as const;
export type PendingAction = (typeof PENDING_ACTIONS)[number];

/** The part of the Web Storage API used here (window.localStorage). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The part of `window` used to hear requests made while the task pane is open. */
export interface StorageEventSource {
  addEventListener(type: 'storage', listener: (event: { key: string | null }) => void): void;
  removeEventListener(type: 'storage', listener: (event: { key: string | null }) => void): void;
}

const isPendingAction = (v: unknown): v is PendingAction =>
  typeof v === 'string' && (PENDING_ACTIONS as readonly string[]).includes(v);

/** window.localStorage, or undefined where there is none or it is blocked (it can throw). */
export function defaultStore(): KeyValueStore | undefined {
  try {
    return (globalThis as { localStorage?: KeyValueStore }).localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Leaves a request for the task pane. Throws when storage is unavailable. */
export function requestAction(action: PendingAction, store = defaultStore(), now = Date.now()): void {
  if (!store) throw new Error('localStorage is not available');
  store.setItem(PENDING_ACTION_AT_KEY, String(now));
  store.setItem(PENDING_ACTION_KEY, action); // last: the `storage` event on this key means "ready"
}

/** Reads and clears the pending request; undefined when there is none, it is unknown or stale. */
export function takePendingAction(store = defaultStore(), now = Date.now()): PendingAction | undefined {
  if (!store) return undefined;
  try {
    const action = store.getItem(PENDING_ACTION_KEY);
    const atText = store.getItem(PENDING_ACTION_AT_KEY);
    const at = atText ? Number(atText) : NaN; // Number(null) would be 0, a valid time
    store.removeItem(PENDING_ACTION_KEY);
    store.removeItem(PENDING_ACTION_AT_KEY);
    if (!isPendingAction(action)) return undefined;
    if (!Number.isFinite(at) || now - at > PENDING_ACTION_MAX_AGE_MS || at - now > 60 * 1000) return undefined;
    return action;
  } catch {
    return undefined;
  }
}

/**
 * Calls `handler` for each request the ribbon makes while the task pane is open (the `storage`
 * event fires in the other same-origin pages, not in the one that wrote). Returns the unsubscribe.
 */
export function onPendingAction(
  handler: (action: PendingAction) => void,
  source: StorageEventSource | undefined = globalThis as unknown as StorageEventSource,
  store = defaultStore(),
): () => void {
  if (!source || typeof source.addEventListener !== 'function') return () => undefined;
  const listener = (event: { key: string | null }) => {
    if (event.key !== PENDING_ACTION_KEY) return;
    const action = takePendingAction(store);
    if (action) handler(action);
  };
  source.addEventListener('storage', listener);
  return () => source.removeEventListener('storage', listener);
}

/**
 * The ribbon's own recalculation finished (it wrote into the workbook): an open task pane hears
 * it through the `storage` event and reads the workbook again, with the undo record the ribbon
 * left in the workbook's settings.
 */
export const RIBBON_DONE_KEY = 'jixiao.ribbonRecalcDoneAt';

export function announceRibbonDone(store = defaultStore(), now = Date.now()): void {
  try {
    store?.setItem(RIBBON_DONE_KEY, String(now));
  } catch {
    // no storage: the pane shows the new figures on its next check
  }
}

export function onRibbonDone(handler: () => void, source: StorageEventSource | undefined = globalThis as unknown as StorageEventSource): () => void {
  if (!source || typeof source.addEventListener !== 'function') return () => undefined;
  const listener = (event: { key: string | null }) => {
    if (event.key === RIBBON_DONE_KEY) handler();
  };
  source.addEventListener('storage', listener);
  return () => source.removeEventListener('storage', listener);
}
