'use strict';
/**
 * Hostile workbooks (part 7 of scripts/bench.js, issue 10; alone: `node scripts/bench.js --only
 * hostile` after `npm run build:cli`). Files built once into bench/output/hostile/ from the
 * bundled example (scripts/bench/hostileFiles.js):
 *   - bomb: sheet1.xml replaced by 2 GiB of XML whitespace (2 MB zipped), the directory telling
 *     the truth — refused by its declared size;
 *   - lying bomb: the same with the directory declaring 8 000 bytes — stopped while inflating;
 *   - a 1 000 000-row sheet of numbers beside the example's 7 forms.
 * Each: `jixiao check FILE --json` in a child process (scripts/bench/check-rss.js), wall time and
 * peak RSS, median of `runs`; the baseline is the same child on the untouched example, alternating.
 * Targets (issue 10): the bomb ≤ 2 s and ≤ 300 MB; the big sheet ≤ 1.5 s and ≤ 400 MB.
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { bomb, withBigSheet } = require('./bench/hostileFiles');

const ROOT = path.resolve(__dirname, '..');
const DIR = path.join(ROOT, 'bench', 'output', 'hostile');
const EXAMPLE = path.join(ROOT, 'assets', 'anting-2024.xlsx');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The directory of sheet1.xml made to declare `size` bytes (central directory and local header). */
function lying(bytes, size) {
  const b = Buffer.from(bytes);
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  for (let i = 0; i + 4 <= b.length; i++) {
    const sig = b.readUInt32LE(i);
    if (sig === 0x02014b50 && b.subarray(i + 46, i + 46 + name.length).equals(name)) b.writeUInt32LE(size, i + 24);
    if (sig === 0x04034b50 && b.subarray(i + 30, i + 30 + name.length).equals(name)) b.writeUInt32LE(size, i + 22);
  }
  return b;
}

async function files(log) {
  fs.mkdirSync(DIR, { recursive: true });
  const example = fs.readFileSync(EXAMPLE);
  const want = { bomb: path.join(DIR, 'bomb-2gib.xlsx'), lying: path.join(DIR, 'bomb-lying.xlsx'), big: path.join(DIR, 'million-rows.xlsx') };
  if (!fs.existsSync(want.bomb) || !fs.existsSync(want.lying)) {
    log('writing the 2 GiB-part bomb (deflating 2 GiB of spaces, ~10 s)…');
    const b = await bomb(example, 2 * 1024 ** 3);
    fs.writeFileSync(want.bomb, b);
    fs.writeFileSync(want.lying, lying(b, 8000));
  }
  if (!fs.existsSync(want.big)) {
    log('writing the 1 000 000-row workbook…');
    fs.writeFileSync(want.big, await withBigSheet(example, 1_000_000));
  }
  return want;
}

function child(file) {
  const r = spawnSync(process.execPath, [path.join(__dirname, 'bench', 'check-rss.js'), file], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`check-rss ${file} exited ${r.status}: ${(r.stderr || '').slice(0, 500)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

async function benchHostile({ record, log, runs = 3 }) {
  const f = await files(log);
  const cases = [
    { what: 'hostile: 2 GiB-part zip bomb refused', file: f.bomb, ms: 2000, mb: 300, expect: (x) => x.errorCode === 'tooLarge' },
    { what: 'hostile: lying-directory bomb refused', file: f.lying, ms: 2000, mb: 300, expect: (x) => x.errorCode === 'corruptZip' },
    { what: 'hostile: 1 000 000-row sheet beside 7 forms', file: f.big, ms: 1500, mb: 400, expect: (x) => x.forms === 7 && x.findings.includes('SHEET_NOT_READ') },
  ];
  child(EXAMPLE); // warm the disk cache and the compiled CLI
  for (const c of cases) {
    const got = [];
    const base = [];
    for (let i = 0; i < runs; i++) {
      base.push(child(EXAMPLE));
      got.push(child(c.file));
    }
    const ms = median(got.map((x) => x.ms));
    const mb = Math.max(...got.map((x) => x.maxRssMb));
    const baseMs = median(base.map((x) => x.ms));
    const baseMb = Math.max(...base.map((x) => x.maxRssMb));
    const ok = got.every(c.expect);
    record({
      what: c.what,
      ms,
      baselineMs: baseMs,
      ratio: ms / baseMs,
      target: `≤ ${c.ms} ms, ≤ ${c.mb} MB`,
      pass: ok && ms <= c.ms && mb <= c.mb,
      note: `peak RSS ${Math.round(mb)} MB (baseline ${Math.round(baseMb)} MB); ${ok ? '' : 'UNEXPECTED REPORT '}${JSON.stringify({ errorCode: got[0].errorCode, forms: got[0].forms, findings: [...new Set(got[0].findings)] })}; runs ${got.map((x) => Math.round(x.ms)).join('/')} ms; baseline: check of the untouched example, ${base.map((x) => Math.round(x.ms)).join('/')} ms`,
    });
  }
}

module.exports = { benchHostile };
