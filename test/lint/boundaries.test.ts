/**
 * `npm run lint` enforces the architecture's boundaries (eslint.config.js for lines and imports,
 * .dependency-cruiser.js for the resolved graph). Each test plants one violation and sees the
 * project's own configuration refuse it, beside a control that passes — so a rule that stops
 * working fails here, not silently in review.
 */
import { execFile } from 'child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { ESLint } from 'eslint';

const ROOT = path.resolve(__dirname, '../..');
// The project's own flat config, passed in: ESLint's loader import()s the file, which jest's VM refuses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: require(path.join(ROOT, 'eslint.config.js')) });

async function ruleIds(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const lines = (n: number) => Array.from({ length: n }, (_, i) => `export const v${i} = ${i};`).join('\n') + '\n';

describe('eslint: files ≤ 200 lines', () => {
  it('refuses a 201-line source file and passes a 200-line one', async () => {
    expect(await ruleIds(lines(201), 'src/core/planted.ts')).toContain('max-lines');
    expect(await ruleIds(lines(201), 'src/taskpane/planted.tsx')).toContain('max-lines');
    expect(await ruleIds(lines(200), 'src/core/planted.ts')).toEqual([]);
  });
});

describe('eslint: src/core is pure', () => {
  it.each([
    ["import 'fs';", 'fs'],
    ["import { readFileSync } from 'node:fs';", 'node:fs'],
    ["import React from 'react';", 'react'],
    ["import ExcelJS from 'exceljs';", 'exceljs'],
    ["import JSZip from 'jszip';", 'jszip'],
    ["import { cli } from '../cli/main';", 'outer folder'],
  ])('refuses %s (%s)', async (code) => {
    expect(await ruleIds(code + '\nexport const x = 1;\n', 'src/core/planted.ts')).toContain('no-restricted-imports');
  });

  it.each(['window.alert(1);', 'localStorage.getItem("k");', 'Office.onReady();', 'process.exit(1);', 'Buffer.from("x");'])('refuses the host global in %s', async (code) => {
    expect(await ruleIds(code + '\n', 'src/core/planted.ts')).toContain('no-restricted-globals');
  });

  it('passes its own files and decimal.js', async () => {
    expect(await ruleIds("import Decimal from 'decimal.js';\nimport { parseA1 } from './a1';\nexport const x = [Decimal, parseA1];\n", 'src/core/planted.ts')).toEqual([]);
  });

  it('the same imports stay allowed outside the core (the CLI reads files)', async () => {
    expect(await ruleIds("import { readFileSync } from 'fs';\nexport const x = readFileSync;\n", 'src/cli/planted.ts')).toEqual([]);
  });
});

describe('eslint: src/xlsx is host-neutral and reads packages itself', () => {
  it.each([
    ["import ExcelJS from 'exceljs';", 'exceljs (a test oracle only)'],
    ["import { inflateSync } from 'zlib';", 'zlib'],
    ["import { mountTaskpane } from '../taskpane/mount';", 'outer folder'],
    ["import { Request } from '../bridge/requests';", 'the ribbon contract'],
  ])('refuses %s (%s)', async (code) => {
    expect(await ruleIds(code + '\nexport const x = 1;\n', 'src/xlsx/planted.ts')).toContain('no-restricted-imports');
  });

  it('passes the zip library and the core', async () => {
    expect(await ruleIds("import { Inflate } from 'fflate';\nimport { parseA1 } from '../core/a1';\nexport const x = [Inflate, parseA1];\n", 'src/xlsx/planted.ts')).toEqual([]);
  });
});

/** Runs dependency-cruiser with the project's config over a planted tree; resolves its exit code and output. */
function cruise(files: Record<string, string>): Promise<{ code: number; out: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-lint-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  const bin = path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, 'src', '-c', path.join(ROOT, '.dependency-cruiser.js')], { cwd: dir }, (err, stdout, stderr) => {
      rmSync(dir, { recursive: true, force: true });
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, out: stdout + stderr });
    });
  });
}

describe('dependency-cruiser: no cycles, dependencies inward', () => {
  it('refuses an import cycle between two files', async () => {
    const r = await cruise({
      'src/taskpane/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'src/taskpane/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
    });
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('no-circular');
  });

  it('refuses a type-only cycle too', async () => {
    const r = await cruise({
      'src/core/a.ts': "import type { B } from './b';\nexport interface A { b: B }\n",
      'src/core/b.ts': "import type { A } from './a';\nexport interface B { a: A }\n",
    });
    expect(r.out).toContain('no-circular');
  });

  it("refuses `import 'fs'` in core and a core file importing an outer folder", async () => {
    const r = await cruise({
      'src/core/c.ts': "import { readFileSync } from 'fs';\nimport { x } from '../cli/x';\nexport const c = [readFileSync, x];\n",
      'src/cli/x.ts': 'export const x = 1;\n',
    });
    expect(r.out).toContain('core-is-pure');
    expect(r.out).toContain('inner-layers-stay-inner');
  });

  it('passes a tree whose dependencies point inward', async () => {
    const r = await cruise({
      'src/core/a.ts': 'export const a = 1;\n',
      'src/xlsx/b.ts': "import { a } from '../core/a';\nexport const b = a;\n",
      'src/cli/c.ts': "import { b } from '../xlsx/b';\nimport { readFileSync } from 'fs';\nexport const c = [b, readFileSync];\n",
    });
    expect(r.out).not.toContain('error');
    expect(r.code).toBe(0);
  });
});
