'use strict';
/**
 * The README's screenshots, regenerated from the e2e run (`npm run screenshots`): runs the
 * scenarios that take them (`npm run test:e2e -- <files>`, which builds the demo first), then
 * copies each shot from test-results/e2e/ to docs/screenshots/ under the name the README uses.
 * `--no-run` copies the shots of an e2e run already made. Exits 1 when a shot is missing.
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const SHOTS = path.join(ROOT, 'test-results', 'e2e');
const DOCS = path.join(ROOT, 'docs', 'screenshots');

/** docs/screenshots/<name> ← test-results/e2e/<shot>, and the scenario file that takes it. */
const MAP = [
  {
    doc: 'recalc-changes.png',
    shot: '02-recalc-changes.png',
    file: 'scenarios.recalc',
  },
  {
    doc: 'inline-warning.png',
    shot: '03-inline-warning.png',
    file: 'scenarios.inline',
  },
  { doc: 'english-pane.png', shot: '08-english.png', file: 'scenarios.recalc' },
  {
    doc: 'results-sheet.png',
    shot: '12-results-sheet.png',
    file: 'scenarios.results',
  },
  {
    doc: 'issues-sheet.png',
    shot: '14-issues-sheet.png',
    file: 'scenarios.issues',
  },
  { doc: 'review.png', shot: '18-review.png', file: 'scenarios.review' },
  { doc: 'narrow-zh.png', shot: '16-narrow-zh.png', file: 'scenarios.pane' },
  { doc: 'narrow-en.png', shot: '16-narrow-en.png', file: 'scenarios.pane' },
  { doc: 'wps-recalc.png', shot: 'w1-wps-recalc.png', file: 'scenarios.wps' },
];

function main() {
  if (!process.argv.includes('--no-run')) {
    const files = [...new Set(MAP.map((m) => m.file))];
    const r = spawnSync('npm', ['run', 'test:e2e', '--', ...files], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (r.status !== 0) {
      process.stderr.write(`screenshots: the e2e run failed (exit ${r.status}); docs/screenshots/ left as it was\n`);
      process.exit(1);
    }
  }
  fs.mkdirSync(DOCS, { recursive: true });
  const missing = MAP.filter((m) => !fs.existsSync(path.join(SHOTS, m.shot)));
  if (missing.length) {
    process.stderr.write(`screenshots: missing in test-results/e2e/: ${missing.map((m) => m.shot).join(', ')}\n`);
    process.exit(1);
  }
  for (const m of MAP) {
    fs.copyFileSync(path.join(SHOTS, m.shot), path.join(DOCS, m.doc));
    process.stdout.write(`docs/screenshots/${m.doc} ← test-results/e2e/${m.shot}\n`);
  }
}

main();
