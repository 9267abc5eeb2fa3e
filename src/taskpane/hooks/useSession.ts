import { useEffect, useState, useSyncExternalStore } from 'react';
import type { WorkbookPort } from '../../core';
import { SessionOptions, SessionState, TaskpaneSession } from '../session';

/**
 * One controller per port: created when the port arrives, started (settings, pending ribbon
 * request, first check) and disposed when the port goes away or the pane unmounts. Null until
 * the first effect ran. Safe under React.StrictMode (a disposed controller never starts work).
 */
export function useTaskpaneSession(port: WorkbookPort, options?: SessionOptions): TaskpaneSession | null {
  const [session, setSession] = useState<TaskpaneSession | null>(null);
  useEffect(() => {
    const s = new TaskpaneSession(port, options);
    setSession(s);
    void s.start();
    return () => s.dispose();
    // the options are read once per port on purpose
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [port]);
  return session && session.port === port ? session : null;
}

/** The controller's state; the component re-renders on every change. */
export function useSessionState(session: TaskpaneSession): SessionState {
  return useSyncExternalStore(session.subscribe, session.getState, session.getState);
}
