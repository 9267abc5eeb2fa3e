/**
 * Write a file so that readers see either the old file or the complete new one, never half —
 * also when the process is killed (`kill -9`) or the disk is full or read-only.
 *
 * The bytes go to a temp file `.NAME.tmp.PID.HEX` in the target's folder (same file system), are
 * fsynced, then renamed over the target; the folder is fsynced after the rename where the
 * platform allows it. On any failure the temp file is removed and the target is untouched; the
 * error is an AtomicWriteError naming the step that failed and the system's code.
 */
import { randomBytes } from 'crypto';
import { promises as nodeFs } from 'fs';
import * as path from 'path';

/** What a write does with an open file (Node's FileHandle has these). */
export interface WriteHandle {
  writeFile(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file-system calls a write makes: tests pass one whose calls fail as a full or read-only disk does. */
export interface WriteFs {
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  open(file: string, flags: string, mode?: number): Promise<WriteHandle>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string, options: { force: true }): Promise<void>;
  readdir(dir: string): Promise<string[]>;
  /** A process of this id is running (a temp file of a dead one is stale). */
  isAlive(pid: number): boolean;
}

/** Only a definite "no such process" counts as dead: EPERM means alive under another user. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

export const nodeWriteFs: WriteFs = {
  mkdir: (dir, options) => nodeFs.mkdir(dir, options),
  open: (file, flags, mode) => nodeFs.open(file, flags, mode),
  rename: (from, to) => nodeFs.rename(from, to),
  rm: (file, options) => nodeFs.rm(file, options),
  readdir: (dir) => nodeFs.readdir(dir),
  isAlive,
};

/** The step of the write that failed. */
export type WriteStage = 'mkdir' | 'open' | 'write' | 'sync' | 'close' | 'rename';

/** A failed write: the step and the system's error code (ENOSPC, EROFS…); the target is untouched. */
export class AtomicWriteError extends Error {
  constructor(readonly stage: WriteStage, readonly errno: string | undefined, readonly target: string) {
    super(`writing ${target} failed at ${stage}${errno ? ` (${errno})` : ''}`);
    this.name = 'AtomicWriteError';
  }
}

function errnoOf(err: unknown): string | undefined {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** `.NAME.tmp.PID.HEX`: hidden (summary skips it in a folder), and says which process wrote it. */
export function tempName(target: string, pid = process.pid, hex = randomBytes(4).toString('hex')): string {
  return `.${path.basename(target)}.tmp.${pid}.${hex}`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Removes the temp files a killed writer left beside this target: exactly our name pattern, a pid
 * that is not this process and is not running. Best effort: a failure here never stops the write.
 */
export async function removeStaleTemps(target: string, fsys: WriteFs = nodeWriteFs): Promise<string[]> {
  const dir = path.dirname(path.resolve(target));
  const ours = new RegExp(`^\\.${escapeRegExp(path.basename(target))}\\.tmp\\.([1-9][0-9]{0,9})\\.[0-9a-f]{8}$`);
  const removed: string[] = [];
  const names = await fsys.readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const pid = Number(ours.exec(name)?.[1] ?? NaN);
    if (!Number.isSafeInteger(pid) || pid === process.pid || fsys.isAlive(pid)) continue;
    // rm without `recursive` refuses a folder; a symbolic link is removed, never what it points to
    const gone = await fsys.rm(path.join(dir, name), { force: true }).then(() => true, () => false);
    if (gone) removed.push(name);
  }
  return removed;
}

/** fsync of the folder, so that the rename itself survives a power cut; not possible everywhere (Windows). */
async function syncDir(dir: string, fsys: WriteFs): Promise<void> {
  let handle: WriteHandle | null = null;
  try {
    handle = await fsys.open(dir, 'r');
    await handle.sync();
  } catch {
    // best effort: the file is already complete and in place
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Temp file in the target's directory, fsync, rename over the target, fsync the directory. */
export async function writeFileAtomic(target: string, bytes: Uint8Array, fsys: WriteFs = nodeWriteFs): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(dir, tempName(target));
  let stage: WriteStage = 'mkdir';
  let created = false;
  let handle: WriteHandle | null = null;
  try {
    await fsys.mkdir(dir, { recursive: true }); // `-o out/x.xlsx` into a folder that does not exist yet
    await removeStaleTemps(target, fsys);
    stage = 'open';
    handle = await fsys.open(tmp, 'wx', 0o666);
    created = true; // from here on the temp file is ours to remove (never before: 'wx' may have met another's)
    stage = 'write';
    await handle.writeFile(bytes);
    stage = 'sync';
    await handle.sync();
    stage = 'close';
    const h = handle;
    handle = null;
    await h.close();
    stage = 'rename';
    await fsys.rename(tmp, target);
  } catch (err) {
    if (handle) await handle.close().catch(() => undefined);
    if (created) await fsys.rm(tmp, { force: true }).catch(() => undefined);
    throw new AtomicWriteError(stage, errnoOf(err), target);
  }
  await syncDir(dir, fsys);
}
