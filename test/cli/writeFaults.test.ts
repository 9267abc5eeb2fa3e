/**
 * Writes under faults (issue 10): a disk that fills up, a read-only folder or file system, a file
 * held open elsewhere, an I/O error, a folder that cannot be created. Each time the old output is
 * byte-identical afterwards, no temp file is left, and the reason is the expected typed one
 * (asserted by code, not by wording; Node's message text never reaches the user).
 */
import * as fs from 'fs';
import * as path from 'path';
import { AtomicWriteError, nodeWriteFs, WriteStage, writeFileAtomic } from '../../src/cli/atomicWrite';
import { bufferIo, main } from '../../src/cli/main';
import type { Lang } from '../../src/cli/text';
import { WriteErrorCode, writeErrorText, writeProblemOf } from '../../src/cli/writeErrorText';
import { errnoError, faultyFs, NODE_TEXTS } from './faultyFs';
import { FIXTURE, parseJson, sha256, tmpDir } from './helpers';

const root = tmpDir();
let n = 0;
/** A fresh folder holding an old output (or none). */
function folder(old: Buffer | null = Buffer.from('the previous, complete output')): { dir: string; out: string } {
  const dir = path.join(root, `case-${++n}`);
  fs.mkdirSync(dir);
  const out = path.join(dir, 'out.xlsx');
  if (old) fs.writeFileSync(out, old);
  return { dir, out };
}

const NEW = Buffer.alloc(64 * 1024, 7);

const CASES: [WriteStage, string | null, WriteErrorCode][] = [
  ['write', 'ENOSPC', 'diskFull'],
  ['sync', 'ENOSPC', 'diskFull'],
  ['write', 'EDQUOT', 'diskFull'],
  ['close', 'EDQUOT', 'diskFull'],
  ['mkdir', 'EROFS', 'readOnly'],
  ['open', 'EROFS', 'readOnly'],
  ['open', 'EACCES', 'noPermission'],
  ['mkdir', 'EACCES', 'noPermission'],
  ['rename', 'EPERM', 'noPermission'],
  ['rename', 'EBUSY', 'noPermission'],
  ['sync', 'EIO', 'ioError'],
  ['write', 'EIO', 'ioError'],
  ['rename', 'EIO', 'ioError'],
  ['mkdir', 'ENOTDIR', 'folderNotCreatable'],
  ['mkdir', 'EEXIST', 'folderNotCreatable'],
  ['write', null, 'ioError'],
];

describe('writeFileAtomic with a failing step', () => {
  test.each(CASES)('%s fails with %s → %s; the old file is byte-identical, no temp file left', async (stage, code, reason) => {
    const { dir, out } = folder();
    const before = sha256(out);
    const fsys = faultyFs(stage, code);
    const err = await writeFileAtomic(out, NEW, fsys).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(AtomicWriteError);
    expect((err as AtomicWriteError).stage).toBe(stage);
    expect(writeProblemOf(err)).toEqual(code ? { code: reason, errno: code } : { code: reason });
    if (stage === 'write') expect(fsys.tempBytesAtFailure).toBe(NEW.length / 2); // a half-written temp file existed…
    if (['sync', 'close', 'rename'].includes(stage)) expect(fsys.tempBytesAtFailure).toBe(NEW.length);
    expect(sha256(out)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['out.xlsx']); // …and is gone
  });

  test('without an old file: nothing at all is left', async () => {
    const { dir, out } = folder(null);
    await expect(writeFileAtomic(out, NEW, faultyFs('write', 'ENOSPC'))).rejects.toBeInstanceOf(AtomicWriteError);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test('a folder path through a regular file (real file system): ENOTDIR or EEXIST → folderNotCreatable', async () => {
    const { dir } = folder(null);
    const blocker = path.join(dir, 'a-file');
    fs.writeFileSync(blocker, 'not a folder');
    for (const [target, errno] of [[path.join(blocker, 'sub', 'x.xlsx'), 'ENOTDIR'], [path.join(blocker, 'x.xlsx'), 'EEXIST']]) {
      const err = await writeFileAtomic(target, NEW).then(() => null, (e: unknown) => e);
      expect(writeProblemOf(err)).toEqual({ code: 'folderNotCreatable', errno });
    }
    expect(fs.readdirSync(dir)).toEqual(['a-file']);
  });

  test('a temp name that already exists is never removed (open "wx" met a file that is not ours)', async () => {
    const { dir, out } = folder();
    const theirs = path.join(dir, '.out.xlsx.tmp.1.00000000');
    fs.writeFileSync(theirs, 'someone else');
    const err = await writeFileAtomic(out, NEW, { ...nodeWriteFs, open: () => Promise.reject(errnoError('EEXIST', 'open')) }).catch((e: unknown) => e);
    expect(writeProblemOf(err)).toEqual({ code: 'ioError', errno: 'EEXIST' });
    expect(fs.readFileSync(theirs, 'utf8')).toBe('someone else'); // pid 1 is alive: not stale either
  });
});

describe('the reasons as sentences', () => {
  const codes: WriteErrorCode[] = ['diskFull', 'readOnly', 'noPermission', 'folderNotCreatable', 'ioError'];
  test.each(codes)('%s: one sentence per language, naming the output, no Node text', (code) => {
    const zh = writeErrorText({ code, errno: 'EXYZ' }, 'zh-CN', 'out/汇总.xlsx');
    const en = writeErrorText({ code, errno: 'EXYZ' }, 'en-US', 'out/汇总.xlsx');
    for (const s of [zh, en]) expect(s).toContain('out/汇总.xlsx');
    expect(zh.endsWith('。') && zh.indexOf('。') === zh.length - 1).toBe(true);
    expect(en.endsWith('.') && !/\.\s/.test(en.replace('-o', ''))).toBe(true);
    expect(zh).toMatch(/-o|请/);
    // only the other-I/O sentence shows the system's code
    expect(zh.includes('EXYZ')).toBe(code === 'ioError');
    expect(en.includes('EXYZ')).toBe(code === 'ioError');
  });

  test('an error without a system code says so rather than showing a message', () => {
    expect(writeErrorText(writeProblemOf(new Error('boom at 0x1f')), 'en-US', 'o.xlsx')).toContain('unknown');
    expect(writeErrorText(writeProblemOf(new Error('boom at 0x1f')), 'zh-CN', 'o.xlsx')).not.toContain('boom');
  });
});

async function cli(argv: string[], stage: WriteStage, code: string) {
  const io = { ...bufferIo(), fs: faultyFs(stage, code) };
  const exit = await main(argv, io);
  return { exit, stdout: io.stdout(), stderr: io.stderr() };
}

describe('recalc and summary under a failing disk', () => {
  const RUNS: [string, WriteStage, string, WriteErrorCode, Lang][] = [
    ['recalc', 'write', 'ENOSPC', 'diskFull', 'zh-CN'],
    ['recalc', 'open', 'EROFS', 'readOnly', 'en-US'],
    ['recalc', 'rename', 'EPERM', 'noPermission', 'zh-CN'],
    ['recalc', 'sync', 'EIO', 'ioError', 'en-US'],
    ['summary', 'write', 'EDQUOT', 'diskFull', 'en-US'],
    ['summary', 'open', 'EACCES', 'noPermission', 'zh-CN'],
    ['summary', 'sync', 'EIO', 'ioError', 'zh-CN'],
  ];
  test.each(RUNS)('%s, %s fails with %s: exit 2, the %s sentence (%s), the old output intact', async (command, stage, code, reason, lang) => {
    const { dir, out } = folder();
    const before = sha256(out);
    const r = await cli([command, FIXTURE, '-o', out, '--json', '--lang', lang], stage, code);
    const sentence = writeErrorText({ code: reason, errno: code }, lang, out);
    expect(r.exit).toBe(2);
    expect(r.stderr).toBe(`jixiao: ${sentence}\n`);
    expect(r.stderr).not.toMatch(NODE_TEXTS);
    if (command === 'recalc') expect(parseJson(r.stdout)).toMatchObject({ output: out, written: false, error: sentence, changes: [] });
    else expect(r.stdout).toBe(''); // summary prints its document only once it is written
    expect(sha256(out)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['out.xlsx']);
  });
});
