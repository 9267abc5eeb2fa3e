/**
 * What the fuzzer (test/fuzz/) found in `jixiao recalc`: a package the reader reads, since it never
 * needs the damaged part, but JSZip refuses as a whole. It used to end as 「内部错误」 with a stack
 * trace (and no JSON document with --json); now it is the refusal 'patchFailed', exit 2.
 */
import * as fs from 'fs';
import { t } from '../../src/cli/text';
import * as path from 'path';
import { pack, unzipParts, zipParts } from '../fuzz/zip';
import { anting, parseJson, run, tmpDir, writeWorkbook } from './helpers';

const dir = tmpDir();

test('an unknown compression method in a part nobody reads: recalc refuses, check still reads', async () => {
  const good = path.join(dir, 'good.xlsx');
  await writeWorkbook(good, [{ name: '表', forms: [{ spec: anting({ rates: { total: 1 } }) }] }]);
  const parts = unzipParts(new Uint8Array(fs.readFileSync(good))).map((p) => (p.name === 'xl/theme/theme1.xml' ? { ...p, packed: { ...pack(p.data), method: 9 } } : p));
  const input = path.join(dir, 'theme-method-9.xlsx');
  fs.writeFileSync(input, zipParts(parts));
  expect((await run('check', input)).code).toBe(0);
  const out = path.join(dir, 'out.xlsx');
  const r = await run('recalc', input, '-o', out, '--json');
  expect(r.code).toBe(2);
  expect(r.stderr).not.toMatch(/内部错误|internal error/);
  expect(r.stderr).toBe(`jixiao: ${t('zh-CN', 'patchFailed', { output: out })}\n`);
  expect(r.stderr).not.toMatch(/method|compression|Corrupted|zip/i); // no library text
  expect(parseJson(r.stdout).written).toBe(false);
  expect(fs.existsSync(out)).toBe(false);
});
