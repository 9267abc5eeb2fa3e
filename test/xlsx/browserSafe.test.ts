/**
 * src/xlsx runs in the browser (the demo host) as well as in Node (the CLI): no Node built-ins,
 * no Buffer, no process, nothing from the hosts' folders. A static scan of every file there, and
 * patchXlsx on the real fixture giving plain Uint8Array bytes.
 */
import { promises as fs, readdirSync, readFileSync } from 'fs';
import { builtinModules } from 'module';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { evaluateWorkbook } from '../../src/core/evaluate';
import { workbookToGrids } from '../support/exceljsGrids';
import { patchXlsx } from '../../src/xlsx/xlsxPatch';

const ROOT = path.join(__dirname, '..', '..');
const XLSX_DIR = path.join(ROOT, 'src', 'xlsx');
const HOST_FOLDERS = ['cli', 'excel', 'taskpane', 'demo', 'commands'];
const FORBIDDEN_PACKAGES = /^(react|react-dom|office-js|@microsoft\/office-js|@fluentui\/)/;

/** Code without comments (block comments, and line comments that start a line). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

/** Every module specifier: `import … from 'x'`, `import 'x'`, `export … from 'x'`, `require('x')`, `import('x')`. */
function specifiers(text: string): string[] {
  const re = /\b(?:from|import|require)\s*\(?\s*['"]([^'"]+)['"]/g;
  return [...text.matchAll(re)].map((m) => m[1]);
}

/** What in `text` (the source of `file`, a file under src/xlsx) would not run in a browser. */
function browserProblems(file: string, text: string): string[] {
  const src = code(text);
  const problems: string[] = [];
  for (const spec of specifiers(src)) {
    const bare = spec.replace(/^node:/, '').split('/')[0];
    if (spec.startsWith('node:') || builtinModules.includes(bare)) problems.push(`Node module '${spec}'`);
    else if (FORBIDDEN_PACKAGES.test(spec)) problems.push(`host package '${spec}'`);
    else if (spec.startsWith('.')) {
      const target = path.relative(path.join(ROOT, 'src'), path.resolve(path.dirname(file), spec)).split(path.sep);
      if (target[0] === '..' || HOST_FOLDERS.includes(target[0])) problems.push(`import of '${spec}' outside src/xlsx and src/core`);
    }
  }
  if (/\bBuffer\b/.test(src)) problems.push('Buffer');
  if (/\bprocess\s*\./.test(src)) problems.push('process.');
  if (/\b(__dirname|__filename)\b/.test(src)) problems.push('__dirname/__filename');
  if (/^import\s+(?!type\b)[^;]*from\s+['"]exceljs['"]/m.test(src)) problems.push('exceljs imported as a value (types only)');
  return problems;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

describe('src/xlsx is host-neutral', () => {
  const files = filesUnder(XLSX_DIR).filter((f) => /\.tsx?$/.test(f));

  test('the folder holds the moved modules', () => {
    const names = files.map((f) => path.basename(f));
    expect(names).toEqual(expect.arrayContaining(['grids.ts', 'xlsxPatch.ts', 'packageMap.ts', 'sheetPatch.ts', 'sheetRanges.ts', 'xml.ts']));
  });

  test.each(files.map((f) => [path.relative(ROOT, f), f]))('%s: no Node modules, Buffer, process or host imports', (_name, file) => {
    expect(browserProblems(file, readFileSync(file, 'utf8'))).toEqual([]);
  });

  test('the scan does catch them', () => {
    const file = path.join(XLSX_DIR, 'x.ts');
    const bad = [
      "import { posix } from 'path';",
      "import * as z from 'node:zlib';",
      "const os = require('os');",
      "import { run } from '../cli/recalc';",
      "import { h } from 'react';",
      "import * as ExcelJS from 'exceljs';",
      'const b = Buffer.from([1]);',
      'const e = process.env.X;',
    ].join('\n');
    expect(browserProblems(file, bad)).toEqual([
      "Node module 'path'",
      "Node module 'node:zlib'",
      "Node module 'os'",
      "import of '../cli/recalc' outside src/xlsx and src/core",
      "host package 'react'",
      'Buffer',
      'process.',
      'exceljs imported as a value (types only)',
    ]);
    const fine = "import type { Worksheet } from 'exceljs';\nimport JSZip from 'jszip';\nimport { toA1 } from '../core/a1';\n/** Buffer, process.env: only in a comment */";
    expect(browserProblems(file, fine)).toEqual([]);
  });
});

describe('patchXlsx bytes', () => {
  test('the fixture patched with its own plan: a Uint8Array that differs from the input', async () => {
    const input = new Uint8Array(await fs.readFile(path.join(ROOT, 'assets', 'anting-2024.xlsx')));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(input as never);
    const plan = evaluateWorkbook(workbookToGrids(wb)).plan.entries;
    expect(plan.length).toBeGreaterThan(0);

    const r = await patchXlsx(input, plan);
    expect(r.applied.length).toBeGreaterThan(0);
    expect(r.bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.isBuffer(r.bytes)).toBe(false);
    expect(r.bytes).not.toBe(input);
    expect(Buffer.from(r.bytes).equals(Buffer.from(input))).toBe(false);

    const first = r.applied[0];
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(r.bytes as never);
    const cell = back.getWorksheet(first.sheet)!.getCell(first.cell).value;
    expect(String(cell)).toBe(first.after.type === 'number' ? String(Number(first.after.text)) : first.after.text);
    expect(Object.keys((await JSZip.loadAsync(r.bytes)).files)).toEqual(Object.keys((await JSZip.loadAsync(input)).files));
  });
});
