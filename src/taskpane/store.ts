/** A minimal external store for useSyncExternalStore: immutable state, listeners, disposal. */
export class Store<S extends object> {
  private readonly listeners = new Set<() => void>();
  protected disposed = false;

  constructor(private state: S) {}

  getState = (): S => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Merges a patch into the state and notifies; ignored once disposed. */
  set(patch: Partial<S>): void {
    if (this.disposed) return;
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  dispose(): void {
    this.disposed = true;
    this.listeners.clear();
  }
}
