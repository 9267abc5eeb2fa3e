/**
 * A file system for writeFileAtomic (WriteFs) that fails one step as a full, read-only or broken
 * disk does: the real file system otherwise, so a temp file really is created (and, for a failing
 * write, really half-written) and the test sees whether it is removed.
 */
import * as fs from 'fs';
import { nodeWriteFs, WriteFs, WriteHandle, WriteStage } from '../../src/cli/atomicWrite';

/** An error as Node makes it: a code and Node's own message text (which must never be shown). */
export function errnoError(code: string | null, syscall: string): Error {
  if (code === null) return new Error('something internal went wrong'); // no system code at all
  const text: Record<string, string> = {
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    EROFS: 'read-only file system',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EBUSY: 'resource busy or locked',
    EIO: 'i/o error',
    ENOTDIR: 'not a directory',
    EEXIST: 'file already exists',
  };
  return Object.assign(new Error(`${code}: ${text[code] ?? 'unknown error'}, ${syscall}`), { code, syscall, errno: -1 });
}

/** Node's message texts above: none of them may reach the user. */
export const NODE_TEXTS = /no space left|quota exceeded|read-only file system|permission denied|not permitted|busy or locked|i\/o error|not a directory|already exists|something internal/;

export interface Faulty extends WriteFs {
  /** Bytes in the temp file when the failure struck (null: no temp file was created). */
  tempBytesAtFailure: number | null;
}

/** Fails `stage` with `code` (null: an error without a system code); every other call is real. */
export function faultyFs(stage: WriteStage, code: string | null): Faulty {
  let tempPath: string | null = null;
  const fail = (syscall: string) => {
    faulty.tempBytesAtFailure = tempPath && fs.existsSync(tempPath) ? fs.statSync(tempPath).size : null;
    return errnoError(code, syscall);
  };
  const wrap = (h: WriteHandle): WriteHandle => ({
    async writeFile(data) {
      if (stage !== 'write') return h.writeFile(data);
      await h.writeFile(data.subarray(0, Math.floor(data.length / 2))); // the disk fills up half-way
      throw fail('write');
    },
    async sync() {
      if (stage === 'sync') throw fail('fsync');
      return h.sync();
    },
    async close() {
      await h.close();
      if (stage === 'close') throw fail('close'); // NFS reports a full quota when the file is closed
    },
  });
  const faulty: Faulty = {
    ...nodeWriteFs,
    tempBytesAtFailure: null,
    async mkdir(dir, options) {
      if (stage === 'mkdir') throw fail('mkdir');
      return nodeWriteFs.mkdir(dir, options);
    },
    async open(file, flags, mode) {
      if (flags !== 'wx') return nodeWriteFs.open(file, flags, mode); // the folder's fsync
      if (stage === 'open') throw fail('open');
      tempPath = file;
      return wrap(await nodeWriteFs.open(file, flags, mode));
    },
    async rename(from, to) {
      if (stage === 'rename') throw fail('rename'); // Windows: the target is open in Excel
      return nodeWriteFs.rename(from, to);
    },
  };
  return faulty;
}
