/**
 * The pane's side of the ribbon↔pane contract (src/bridge/requests.ts): a 一键重算 request left
 * before the pane opened, requests made while it is open, and the ribbon's own recalculation done.
 */
import { defaultStore, KeyValueStore, onPendingAction, onRibbonDone, PendingAction, StorageEventSource, takePendingAction } from '../bridge/requests';

export interface RibbonLinkOptions {
  /** Where the ribbon leaves its 一键重算 request (window.localStorage by default). */
  storage?: KeyValueStore;
  /** Where `storage` events of the ribbon arrive while the pane is open (window by default). */
  storageEvents?: StorageEventSource;
}

export interface RibbonLink {
  /** Takes (and clears) a request left before the pane listened; undefined when none is fresh. */
  takePending(): PendingAction | undefined;
  stop(): void;
}

/** Listens to the ribbon: `onRequest` for a request made while open, `onDone` after its own recalculation. */
export function linkRibbon(options: RibbonLinkOptions, onRequest: () => void, onDone: () => void): RibbonLink {
  const store = options.storage ?? defaultStore();
  const stopRequests = onPendingAction(onRequest, options.storageEvents, store);
  const stopDone = onRibbonDone(onDone, options.storageEvents);
  return {
    takePending: () => takePendingAction(store),
    stop: () => {
      stopRequests();
      stopDone();
    },
  };
}
