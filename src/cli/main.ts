/** The `jixiao` command line (SPEC §6). bin/jixiao.js calls main(argv) and exits with its code. */
import { PROFILE_NAMES, resolveProfile } from '../core/profile';
import { parseArgs } from './args';
import { runCheck } from './check';
import { cliLimits } from './load';
import { Io, processIo } from './io';
import { runRecalc } from './recalc';
import { runReview } from './review';
import { runSummary } from './summary';
import { t, usage, usageErrorLine } from './text';
import { packageVersion } from './version';

export { bufferIo } from './io';
export type { Io } from './io';

/**
 * Runs one command. Exit codes: 0 no error findings; 1 error findings; 2 a file could not be
 * read, nothing was written, or bad usage (`review`: 0/1 the copy written, by its error findings). `summary`: 0 written and every file read; 2 a file
 * could not be read (the others are still written), nothing written, or bad usage.
 */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const args = parseArgs(argv);
  if (args.kind === 'help') {
    io.out(usage(args.lang, PROFILE_NAMES));
    return 0;
  }
  if (args.kind === 'version') {
    const version = packageVersion();
    if (version === null) {
      io.err(`jixiao: ${t(args.lang, 'versionUnknown')}\n`);
      return 2;
    }
    io.out(`${t(args.lang, 'versionLine', { version })}\n`);
    return 0;
  }
  if (args.kind === 'usageError') {
    io.err(usageErrorLine(args.lang, args.key, args.params));
    return 2;
  }
  const profile = resolveProfile(args.profile);
  if (!profile) {
    io.err(usageErrorLine(args.lang, 'unknownProfile', { name: args.profile, names: PROFILE_NAMES.join(', ') }));
    return 2;
  }
  // stdout carries only our output (one JSON document with --json): a library's stray
  // console.log goes to stderr while the command runs.
  const saved = { log: console.log, info: console.info, debug: console.debug };
  console.log = console.info = console.debug = (...xs: unknown[]) => io.err(xs.map(String).join(' ') + '\n');
  try {
    const limits = cliLimits(args.maxPartMb);
    if (args.kind === 'check') return await runCheck({ files: args.files, json: args.json, lang: args.lang, profile, limits, issuesSheet: args.issuesSheet }, io);
    if (args.kind === 'review') return await runReview({ file: args.file, output: args.output, json: args.json, lang: args.lang, profile, limits }, io);
    if (args.kind === 'summary') return await runSummary({ files: args.files, output: args.output, json: args.json, progress: args.progress, lang: args.lang, profile, limits }, io);
    return await runRecalc({ file: args.file, output: args.output, json: args.json, lang: args.lang, profile, scoreByRule: args.scoreByRule, resultsSheet: args.resultsSheet, limits }, io);
  } catch (err) {
    const detail = err instanceof Error ? err.stack ?? err.message : String(err);
    io.err(`jixiao: ${t(args.lang, 'internalError', { detail })}\n`);
    return 2;
  } finally {
    Object.assign(console, saved);
  }
}
