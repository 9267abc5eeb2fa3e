/**
 * Issue 10, "fuzzing in CI": mutated packages (byte and XML level, test/fuzz/) through the recalc
 * pipeline with the properties of properties.ts. Seeded (FUZZ_SEED overrides the fixed seed) and
 * bounded: FUZZ_CASES cases (default below, about 30 s on a 2-core machine) and a time limit that
 * keeps the run inside a minute whatever the machine's speed. `npm run fuzz -- --runs N` runs
 * this same file with FUZZ_RUNS (FUZZ_TIME_LIMIT ms at most, FUZZ_KEEP_GOING=1 to count failures
 * instead of stopping at the first, FUZZ_PATH to replay, a JSON summary to FUZZ_REPORT).
 */
import * as fs from 'fs';
import { runFuzz, summaryText } from './harness';

const SEED = 20_241_010;
const CASES = 600;
const long = process.env.FUZZ_RUNS !== undefined;

test(
  'mutated packages: no crash, every problem a finding or a refusal, scores within weights, only output cells written',
  async () => {
    const summary = await runFuzz({
      runs: Number(process.env.FUZZ_RUNS ?? CASES),
      seed: Number(process.env.FUZZ_SEED ?? SEED),
      path: process.env.FUZZ_PATH || undefined,
      timeLimitMs: long ? Number(process.env.FUZZ_TIME_LIMIT) || undefined : 50_000,
      keepGoing: process.env.FUZZ_KEEP_GOING === '1',
    });
    if (process.env.FUZZ_REPORT) fs.writeFileSync(process.env.FUZZ_REPORT, JSON.stringify({ ...summary, text: summaryText(summary) }, null, 1));
    if (summary.crashes > 0) throw new Error(`${summaryText(summary)}\n${summary.report ?? ''}`);
    expect(summary.cases).toBeGreaterThan(0);
  },
  long ? 24 * 3600 * 1000 : 60_000,
);
