/**
 * The CLI as a child process, built from the current sources without touching dist/ (bin.test.ts
 * runs `npm run build` into it, perhaps at the same time): src/core, src/xlsx and src/cli are
 * transpiled (as ts-jest does, no type check: `npm run typecheck` does that) into a temp folder,
 * with a runner that calls main() as bin/jixiao.js does. About 4 s.
 *
 * With JIXIAO_SLOW_DISK=1 the runner's disk is slow: the temp file is written in 2 KB pieces with a
 * pause after each and the fsync takes a few ms, so that kills at random moments also land while
 * the output is being written (on a fast disk that window is a few hundred microseconds). When
 * the temp file is opened, the runner writes `@open` to stderr.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { ROOT } from './helpers';

const RUNNER = `'use strict';
const fsp = require('fs').promises;
if (process.env.JIXIAO_SLOW_DISK) {
  const open = fsp.open.bind(fsp);
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  fsp.open = async (file, flags, mode) => {
    const h = await open(file, flags, mode);
    if (flags !== 'wx') return h;
    process.stderr.write('@open\\n');
    return {
      async writeFile(data) {
        for (let i = 0; i < data.length; i += 2048) {
          await h.write(data.subarray(i, i + 2048));
          await pause(2);
        }
      },
      async sync() {
        await h.sync();
        await pause(4);
      },
      close: () => h.close(),
    };
  };
}
require('./cli/main.js').main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
`;

function transpileTree(from: string, to: string): void {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    if (entry.isDirectory()) transpileTree(src, path.join(to, entry.name));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
      const out = ts.transpileModule(fs.readFileSync(src, 'utf8'), {
        fileName: src,
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true, resolveJsonModule: true },
      });
      fs.mkdirSync(to, { recursive: true });
      fs.writeFileSync(path.join(to, entry.name.replace(/\.ts$/, '.js')), out.outputText);
    }
  }
}

/** Builds into `dir`; returns the runner's path. Run it with childEnv(). */
export function buildChildCli(dir: string): string {
  for (const part of ['core', 'xlsx', 'cli']) transpileTree(path.join(ROOT, 'src', part), path.join(dir, part));
  const runner = path.join(dir, 'run.js');
  fs.writeFileSync(runner, RUNNER);
  return runner;
}

/** The build lives outside the repository: its packages are found through NODE_PATH. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules'), ...extra };
}
