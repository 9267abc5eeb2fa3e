/**
 * A writer killed between creating its temp file and the rename leaves `.NAME.tmp.PID.HEX`
 * behind; the next write to the same target removes it when that process is gone, and touches
 * nothing else (other targets, other names, live writers, this process's own, folders).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { nodeWriteFs, removeStaleTemps, tempName, writeFileAtomic } from '../../src/cli/atomicWrite';
import { bufferIo, main } from '../../src/cli/main';
import { FIXTURE, tmpDir } from './helpers';

const root = tmpDir();

/** The id of a process that has exited (spawnSync waits for it and reaps it). */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', '']);
  expect(r.status).toBe(0);
  return r.pid!;
}

function files(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

test('the next write removes a dead writer’s temp files of that target, and nothing else', async () => {
  const dir = fs.mkdtempSync(path.join(root, 'stale-'));
  const out = path.join(dir, 'out.xlsx');
  fs.writeFileSync(out, 'old');
  const dead = deadPid();
  const stale = [tempName(out, dead, 'deadbeef'), tempName(out, dead, '0123abcd')];
  const kept = [
    tempName(out, process.pid, 'cafebabe'), // this process: perhaps a write in flight
    tempName(out, 1, '0badf00d'), // pid 1 is alive
    tempName(path.join(dir, 'other.xlsx'), dead, 'deadbeef'), // another target
    `.out.xlsx.tmp.${dead}.DEADBEEF`, // not our spelling (hex is lower-case)
    `.out.xlsx.tmp.${dead}.deadbee`,
    `.out.xlsx.tmp.${dead}.deadbeef.bak`,
    `out.xlsx.tmp.${dead}.deadbeef`,
    `.out.xlsx.tmp.0.deadbeef`,
    `.out.xlsx.tmp.x${dead}.deadbeef`,
    'notes.txt',
  ];
  for (const name of [...stale, ...kept]) fs.writeFileSync(path.join(dir, name), 'partial');
  const folderNamedLikeOne = tempName(out, dead, 'feedf00d');
  fs.mkdirSync(path.join(dir, folderNamedLikeOne)); // rm without recursive refuses it: kept, no failure
  await writeFileAtomic(out, Buffer.from('new'));
  expect(fs.readFileSync(out, 'utf8')).toBe('new');
  expect(files(dir)).toEqual([...kept, folderNamedLikeOne, 'out.xlsx'].sort());
});

test('a name such as "a+b (1).xlsx" is matched literally, not as a pattern', async () => {
  const dir = fs.mkdtempSync(path.join(root, 'literal-'));
  const out = path.join(dir, 'a+b (1).xlsx');
  const dead = deadPid();
  fs.writeFileSync(path.join(dir, tempName(out, dead, '00000000')), 'partial');
  fs.writeFileSync(path.join(dir, `.aab 1.xlsx.tmp.${dead}.00000000`), 'another target');
  expect(await removeStaleTemps(out)).toEqual([tempName(out, dead, '00000000')]);
  expect(files(dir)).toEqual([`.aab 1.xlsx.tmp.${dead}.00000000`]);
});

test('best effort: a failing clean-up never stops the write', async () => {
  const dir = fs.mkdtempSync(path.join(root, 'effort-'));
  const out = path.join(dir, 'out.xlsx');
  const name = tempName(out, 999999, 'deadbeef');
  fs.writeFileSync(path.join(dir, name), 'partial');
  const fsys = {
    ...nodeWriteFs,
    isAlive: () => false,
    rm: async (file: string, options: { force: true }) => {
      if (file.endsWith(name)) throw Object.assign(new Error('EIO: i/o error, unlink'), { code: 'EIO' });
      return nodeWriteFs.rm(file, options);
    },
  };
  await writeFileAtomic(out, Buffer.from('new'), fsys);
  expect(fs.readFileSync(out, 'utf8')).toBe('new');
  expect(files(dir)).toEqual([name, 'out.xlsx']);
  // and a folder that cannot be listed is no failure either
  await writeFileAtomic(out, Buffer.from('newer'), { ...fsys, readdir: () => Promise.reject(Object.assign(new Error('x'), { code: 'EACCES' })) });
  expect(fs.readFileSync(out, 'utf8')).toBe('newer');
});

test('recalc and summary clean up what a killed run left beside their output', async () => {
  const dir = fs.mkdtempSync(path.join(root, 'cli-'));
  const dead = deadPid();
  for (const [command, out] of [['recalc', path.join(dir, 'r.xlsx')], ['summary', path.join(dir, 's.xlsx')]]) {
    fs.writeFileSync(path.join(dir, tempName(out, dead, 'abcdef01')), Buffer.alloc(100));
    expect(await main([command, FIXTURE, '-o', out], bufferIo())).toBe(0);
  }
  expect(files(dir)).toEqual(['r.xlsx', 's.xlsx']);
});
