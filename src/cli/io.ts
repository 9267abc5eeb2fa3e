import type { WriteFs } from './atomicWrite';

/** Where the CLI writes: stdout for results, stderr for errors and notes. Tests pass their own. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** stderr is a terminal: `summary` then redraws a progress line there. */
  errIsTTY?: boolean;
  /** The file system output files are written through (Node's when absent; tests pass a failing one). */
  fs?: WriteFs;
}

let epipeGuard = false;

/** The process's streams. A closed pipe (`jixiao check … | head`) is not an error. */
export function processIo(): Io {
  if (!epipeGuard) {
    epipeGuard = true;
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
    });
  }
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    errIsTTY: process.stderr.isTTY === true,
  };
}

/** Collects what the CLI writes (for tests and for callers embedding it). */
export function bufferIo(): Io & { stdout: () => string; stderr: () => string } {
  const o: string[] = [];
  const e: string[] = [];
  return { out: (s) => void o.push(s), err: (s) => void e.push(s), stdout: () => o.join(''), stderr: () => e.join('') };
}
