/**
 * Why an output file (recalc's copy, summary's workbook) was not written, in one sentence a person
 * can act on (issue 10): a typed reason per way a write fails, zh-CN and en-US side by side. Only
 * the system's error code may appear (EIO…), never Node's message text. Every sentence says that
 * an existing file of that name is unchanged: writeFileAtomic never leaves it half-written.
 */
import { AtomicWriteError } from './atomicWrite';
import type { Lang } from './text';

export type WriteErrorCode = 'diskFull' | 'readOnly' | 'noPermission' | 'folderNotCreatable' | 'ioError';

export interface WriteProblem {
  code: WriteErrorCode;
  /** The system's error code (ENOSPC, EIO…) when there is one. */
  errno?: string;
}

/** A failed write (an AtomicWriteError, or any error with a system code) → its reason. */
export function writeProblemOf(err: unknown): WriteProblem {
  const stage = err instanceof AtomicWriteError ? err.stage : undefined;
  const raw = err instanceof AtomicWriteError ? err.errno : (err as NodeJS.ErrnoException | null)?.code;
  const errno = typeof raw === 'string' ? raw : undefined;
  const code = ((): WriteErrorCode => {
    if (errno === 'ENOSPC' || errno === 'EDQUOT') return 'diskFull';
    if (errno === 'EROFS') return 'readOnly';
    if (errno === 'EACCES' || errno === 'EPERM' || errno === 'EBUSY') return 'noPermission';
    // mkdir meets a file where a folder of the path should be
    if ((stage === 'mkdir' || stage === undefined) && (errno === 'ENOTDIR' || errno === 'EEXIST')) return 'folderNotCreatable';
    return 'ioError';
  })();
  return errno ? { code, errno } : { code };
}

type P = { output: string; errno: string };
type Say = (p: P) => string;

const TEXT: Record<WriteErrorCode, [Say, Say]> = {
  diskFull: [
    (p) => `未能写入 ${p.output}：磁盘空间已满（或超出了磁盘配额），已有的同名文件保持不变；请腾出空间或用 -o 写到别的磁盘后重试。`,
    (p) => `${p.output} was not written: the disk is full (or the disk quota is used up), and an existing file of that name is unchanged; free some space, or write to another disk with -o, and try again.`,
  ],
  readOnly: [
    (p) => `未能写入 ${p.output}：它所在的磁盘或文件系统是只读的，已有的同名文件保持不变；请用 -o 写到一个可写的文件夹。`,
    (p) => `${p.output} was not written: its disk or file system is read-only, and an existing file of that name is unchanged; write to a writable folder with -o.`,
  ],
  noPermission: [
    (p) => `未能写入 ${p.output}：没有写入该文件夹的权限，或同名文件是只读的、正被其他程序（如 Excel、WPS）打开，已有的文件保持不变；请关闭打开它的程序或取得写入权限，或用 -o 写到别的文件夹。`,
    (p) => `${p.output} was not written: the folder may not be written to, or the file of that name is read-only or open in another program (such as Excel or WPS), and it is unchanged; close that program or get write permission, or write to another folder with -o.`,
  ],
  folderNotCreatable: [
    (p) => `未能写入 ${p.output}：无法创建它所在的文件夹，因为路径中的某一级是文件而不是文件夹；请检查 -o 给出的路径。`,
    (p) => `${p.output} was not written: its folder cannot be created because part of the path is a file, not a folder; check the path given with -o.`,
  ],
  ioError: [
    (p) => `未能写入 ${p.output}：读写出错（系统错误码 ${p.errno}），已有的同名文件保持不变；请检查磁盘，或用 -o 写到别的位置后重试。`,
    (p) => `${p.output} was not written: an input/output error occurred (system error code ${p.errno}), and an existing file of that name is unchanged; check the disk, or write elsewhere with -o, and try again.`,
  ],
};

/** The reason as one sentence in the UI language. */
export function writeErrorText(problem: WriteProblem, lang: Lang, output: string): string {
  const [zh, en] = TEXT[problem.code];
  const errno = problem.errno ?? (lang === 'en-US' ? 'unknown' : '未知');
  return (lang === 'en-US' ? en : zh)({ output, errno });
}
