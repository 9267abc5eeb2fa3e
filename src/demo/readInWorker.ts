/**
 * Reads a workbook's Grids in a Web Worker (readWorker.ts), so that the page keeps painting and
 * answering input however large the file; where workers are unavailable, in the page. Only the
 * demo's entry imports this module (webpack makes the worker its own chunk).
 */
import type { Grid } from '../core/grid';
import { isReadError, openPackage, readGrids, ReadError } from '../xlsx/read';

export type WorkerReply = { grids: Grid[] } | { error: ReadError } | { failed: string };

async function inPage(bytes: Uint8Array): Promise<Grid[] | ReadError> {
  const pkg = await openPackage(bytes);
  return isReadError(pkg) ? pkg : readGrids(pkg);
}

export function gridsInWorker(bytes: Uint8Array): Promise<Grid[] | ReadError> {
  if (typeof Worker === 'undefined') return inPage(bytes);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./readWorker.ts', import.meta.url));
    const done = (): void => worker.terminate();
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      done();
      const r = e.data;
      if ('grids' in r) resolve(r.grids);
      else if ('error' in r) resolve(r.error);
      else reject(new Error(r.failed));
    };
    worker.onerror = (e) => {
      done();
      // The worker could not start (a blocked chunk): read in the page rather than not at all.
      e.preventDefault();
      inPage(bytes).then(resolve, reject);
    };
    const copy = bytes.slice(); // the page keeps its bytes (the download patches them); the copy moves
    worker.postMessage(copy, [copy.buffer]);
  });
}
