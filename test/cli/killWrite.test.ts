/**
 * `kill -9` at random moments (seeded): `jixiao recalc` and `jixiao summary` run as child processes
 * and are SIGKILLed after a random delay, 15 times each, writing over the output of the previous
 * run. After every kill the output is the previous complete file (byte-identical) or the complete
 * new one (byte-identical to an unkilled run, and it opens: src/xlsx/read gives its grids) —
 * never a partial file, and nothing but temp files of ours beside it; the next run removes those.
 *
 * The child's disk is slowed (childCli.ts: JIXIAO_SLOW_DISK) so that a good share of the kills
 * lands while the temp file is being written, fsynced or renamed; the delays are drawn from the
 * unkilled run's timing: a third at any moment of the run, two thirds at a moment of the write
 * (from the child's `@open` to the time the unkilled run needed to finish). JIXIAO_KILL_REPORT=1
 * prints how the kills fell (before the write, during it, temp files left, old kept, new written).
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { isReadError, readWorkbook } from '../../src/xlsx/read';
import { prng } from '../support/random';
import { buildChildCli, childEnv } from './childCli';
import { FIXTURE, sha256, tmpDir } from './helpers';

const SEED = 20241207;
const KILLS = 15;
const OUR_TEMP = /^\.out\.xlsx\.tmp\.\d+\.[0-9a-f]{8}$/;

const root = tmpDir();
let runner = '';
beforeAll(() => {
  runner = buildChildCli(path.join(root, 'build'));
}, 60000);

interface Outcome {
  code: number | null;
  killed: boolean;
  /** ms from spawn to the temp file's creation (null: not reached). */
  tOpen: number | null;
  tEnd: number;
}

/** When to kill: ms after the spawn, or ms after the child said it opened its temp file. */
type Kill = { afterSpawn: number } | { afterOpen: number };

function runChild(args: string[], kill?: Kill): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [runner, ...args], { env: childEnv({ JIXIAO_SLOW_DISK: '1' }), stdio: ['ignore', 'ignore', 'pipe'] });
    let tOpen: number | null = null;
    let stderr = '';
    let timer: NodeJS.Timeout | null = null;
    const killIn = (ms: number) => (timer = setTimeout(() => child.kill('SIGKILL'), ms));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (tOpen !== null || !stderr.includes('@open')) return;
      tOpen = performance.now() - t0;
      if (kill && 'afterOpen' in kill) killIn(kill.afterOpen);
    });
    if (kill && 'afterSpawn' in kill) killIn(kill.afterSpawn);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, killed: signal === 'SIGKILL', tOpen, tEnd: performance.now() - t0 });
    });
  });
}

interface Variant {
  args: (out: string) => string[];
  sha: string;
  timing: Outcome;
}

/** Two runs whose outputs differ, so that "the previous file" and "the new file" can be told apart. */
async function variants(command: 'recalc' | 'summary'): Promise<Variant[]> {
  const second = path.join(root, `b-${command}.xlsx`);
  fs.copyFileSync(FIXTURE, second);
  const argLists: ((out: string) => string[])[] =
    command === 'recalc'
      ? [(out) => ['recalc', FIXTURE, '-o', out], (out) => ['recalc', FIXTURE, '-o', out, '--results-sheet']]
      : [(out) => ['summary', FIXTURE, '-o', out], (out) => ['summary', FIXTURE, second, '-o', out]];
  const result: Variant[] = [];
  for (const [i, args] of argLists.entries()) {
    const out = path.join(root, `ref-${command}-${i}`, 'out.xlsx');
    const timing = await runChild(args(out));
    expect(timing).toMatchObject({ code: 0, killed: false });
    expect(timing.tOpen).not.toBeNull();
    result.push({ args, sha: sha256(out), timing });
  }
  expect(result[0].sha).not.toBe(result[1].sha);
  return result;
}

async function opens(file: string): Promise<void> {
  const grids = await readWorkbook(fs.readFileSync(file));
  expect(isReadError(grids)).toBe(false);
  expect((grids as unknown[]).length).toBeGreaterThan(0);
}

describe.each(['recalc', 'summary'] as const)('%s killed with SIGKILL at random moments', (command) => {
  test(`${KILLS} kills: the output is always the previous or the new complete file`, async () => {
    const vs = await variants(command);
    const dir = path.join(root, `loop-${command}`);
    const out = path.join(dir, 'out.xlsx');
    const random = prng(SEED + (command === 'recalc' ? 0 : 1));
    const tally = { killedBeforeWrite: 0, killedInWrite: 0, leftTemp: 0, kept: 0, replaced: 0, finished: 0 };
    let previous: string | null = null;
    for (let i = 0; i < KILLS; i++) {
      const v = vs[i % 2];
      const { tOpen, tEnd } = v.timing;
      const writing = tEnd - (tOpen ?? tEnd);
      const kill = i % 3 === 0 ? { afterSpawn: random() * tEnd } : { afterOpen: random() * writing };
      const r = await runChild(v.args(out), kill);
      const now = fs.existsSync(out) ? sha256(out) : null;
      if (r.killed) {
        expect([previous, v.sha]).toContain(now);
        if (r.tOpen === null) tally.killedBeforeWrite++;
        else tally.killedInWrite++;
        if (now === previous) tally.kept++;
        else tally.replaced++;
      } else {
        expect(r.code).toBe(0);
        expect(now).toBe(v.sha);
        tally.finished++;
      }
      if (now !== null) await opens(out);
      const others = fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n !== 'out.xlsx') : [];
      expect(others.filter((n) => !OUR_TEMP.test(n))).toEqual([]); // no partial file under any other name
      tally.leftTemp += others.length > 0 ? 1 : 0;
      previous = now;
    }
    // the next complete run writes the new file and removes what the killed ones left
    const last = vs[KILLS % 2];
    expect(await runChild(last.args(out))).toMatchObject({ code: 0, killed: false });
    expect(sha256(out)).toBe(last.sha);
    expect(fs.readdirSync(dir)).toEqual(['out.xlsx']);
    // not vacuous: kills did happen, some of them while the temp file was being written (timing
    // varies with the machine's load, so only loosely)
    expect(tally.killedBeforeWrite + tally.killedInWrite).toBeGreaterThanOrEqual(KILLS / 4);
    expect(tally.killedInWrite).toBeGreaterThanOrEqual(1);
    if (process.env.JIXIAO_KILL_REPORT) process.stderr.write(`${command}: ${JSON.stringify(tally)}\n`);
  }, 120000);
});
