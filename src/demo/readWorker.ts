/**
 * The demo's read worker: bytes in, the sheets' Grids (or the reader's ReadError) out, off the
 * page's thread — a million-row sheet or a huge part then costs the page nothing while it is
 * read (issue 10). The same reader and bounds as everywhere (src/xlsx/read).
 */
import { isReadError, openPackage, readGrids } from '../xlsx/read';
import type { WorkerReply } from './readInWorker';

const scope = self as unknown as { onmessage: ((e: MessageEvent<Uint8Array>) => void) | null; postMessage(reply: WorkerReply): void };

scope.onmessage = async (e) => {
  try {
    const pkg = await openPackage(e.data);
    const grids = isReadError(pkg) ? pkg : await readGrids(pkg);
    scope.postMessage(isReadError(grids) ? { error: grids } : { grids });
  } catch (err) {
    scope.postMessage({ failed: err instanceof Error ? err.message : String(err) });
  }
};
