/**
 * The fuzz run: fast-check draws cases from a seed, each case's package goes through
 * properties.ts, and the run ends after `runs` cases or `timeLimitMs`. Two modes:
 * - shrink (the jest test): the first broken property stops the run and fast-check shrinks the
 *   case to a minimal one, printed with the seed and path that replay it;
 * - keepGoing (long runs): every broken property is counted, by property, with the first case
 *   that broke it and its path, and the run goes on.
 * A failing case's package is saved under out/fuzz/ (FUZZ_OUT) to open in Excel or a debugger.
 */
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { Base, bases } from './bases';
import { bytesOf, FuzzCase, fuzzCase, limitsOf } from './cases';
import { checkCase, Outcome } from './properties';

export interface FuzzOptions {
  runs: number;
  seed: number;
  /** Replays from this fast-check path (a failing case's), with `seed`. */
  path?: string;
  timeLimitMs?: number;
  keepGoing?: boolean;
}

export interface Crash {
  property: string;
  count: number;
  /** The first case that broke it: its message, path (with the run's seed) and data. */
  message: string;
  path: string;
  case: FuzzCase;
  saved: string;
}

export interface FuzzSummary {
  seed: number;
  cases: number;
  ms: number;
  interrupted: boolean;
  crashes: number;
  /** By broken property (keepGoing), or the one shrunk counterexample. */
  broken: Crash[];
  /** Cases per outcome: `refused:<code>`, `evaluated`, `written`, `patchRefused`. */
  tally: Record<string, number>;
  /** fast-check's report of a shrunk counterexample (shrink mode). */
  report?: string;
}

const OUT = process.env.FUZZ_OUT ?? path.resolve(__dirname, '../../out/fuzz');

function save(c: FuzzCase, all: readonly Base[], seed: number, where: string): string {
  fs.mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `seed${seed}-path${where.replace(/:/g, '_')}`);
  fs.writeFileSync(`${file}.xlsx`, bytesOf(c, all));
  fs.writeFileSync(`${file}.json`, JSON.stringify(c, null, 1));
  return `${file}.xlsx`;
}

function count(tally: Record<string, number>, o: Outcome): void {
  const keys = 'refused' in o ? [`refused:${o.refused}`] : ['evaluated', ...(o.written ? ['written'] : []), ...(o.patchRefused ? [`patchRefused:${o.patchRefused}`] : [])];
  for (const k of keys) tally[k] = (tally[k] ?? 0) + 1;
}

export async function runFuzz(o: FuzzOptions): Promise<FuzzSummary> {
  const all = await bases();
  const tally: Record<string, number> = {};
  const broken = new Map<string, Crash>();
  let index = o.path ? Number(o.path.split(':')[0]) : 0;
  let shrinking = false;
  const started = Date.now();
  const property = fc.asyncProperty(fuzzCase(all.length), async (c) => {
    const at = String(index++);
    try {
      const outcome = await checkCase(bytesOf(c, all), limitsOf(c));
      if (!shrinking) count(tally, outcome);
    } catch (err) {
      if (!o.keepGoing) {
        shrinking = true;
        throw err;
      }
      const name = (err as { property?: string }).property ?? 'uncaught';
      const seen = broken.get(name);
      if (seen) seen.count++;
      else broken.set(name, { property: name, count: 1, message: String(err instanceof Error ? err.message : err).slice(0, 2000), path: at, case: c, saved: save(c, all, o.seed, at) });
    }
  });
  const details = await fc.check(property, {
    numRuns: o.runs,
    seed: o.seed,
    path: o.path,
    interruptAfterTimeLimit: o.timeLimitMs,
    markInterruptAsFailure: false,
    endOnFailure: false,
  });
  const summary: FuzzSummary = { seed: o.seed, cases: details.numRuns, ms: Date.now() - started, interrupted: details.interrupted, crashes: 0, broken: [...broken.values()], tally };
  if (details.failed && details.counterexample) {
    const [c] = details.counterexample;
    const where = details.counterexamplePath ?? '?';
    const message = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.error);
    summary.broken.push({ property: (details.errorInstance as { property?: string })?.property ?? 'uncaught', count: 1, message, path: where, case: c, saved: save(c, all, o.seed, where) });
    summary.report = fc.defaultReportMessage(details);
  }
  summary.crashes = summary.broken.reduce((n, b) => n + b.count, 0);
  return summary;
}

/** The summary as the lines a person reads (the test's failure message, the script's output). */
export function summaryText(s: FuzzSummary): string {
  const lines = [`fuzz: ${s.cases} cases, seed ${s.seed}, ${(s.ms / 1000).toFixed(1)} s${s.interrupted ? ' (time limit reached)' : ''}, crashes ${s.crashes}`];
  const tally = Object.entries(s.tally).sort((a, b) => b[1] - a[1]);
  lines.push('  ' + tally.map(([k, n]) => `${k} ${n}`).join(', '));
  for (const b of s.broken) {
    lines.push(`BROKEN ${b.property} ×${b.count} — replay: npm run fuzz -- --seed ${s.seed} --path ${b.path} --runs 1 --shrink ; package: ${b.saved}`);
    lines.push(`  ${b.message}`);
    lines.push(`  case: ${JSON.stringify(b.case)}`);
  }
  return lines.join('\n');
}
