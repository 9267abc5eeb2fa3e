/**
 * The WPS task pane starts with no more JS than the Excel one (+ 10 %): both are the same pane
 * (src/taskpane/mount.tsx), and each host's adapter is a lazy chunk (src/excel, src/wps).
 * scripts/wps/pane-size.js builds both in production (no source maps, webpack's filesystem cache
 * in build-tmp/webpack-cache: ~15 s warm, ~100 s cold on 2 busy cores) and measures what each
 * taskpane.html loads with <script src>, gzip -9. dist-web/ and dist-wps/ are not touched.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'build-tmp', 'wps-pane-size');

interface Initial {
  files: { name: string; gz: number }[];
  gz: number;
}

describe('WPS task pane bundle size', () => {
  let sizes: { excel: Initial; wps: Initial };

  beforeAll(() => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'wps', 'pane-size.js'), OUT], {
      cwd: ROOT,
      env: { ...process.env, WPS_BASE_URL: '' },
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    if (r.status !== 0) throw new Error(`pane-size.js exited ${r.status}:\n${`${r.stdout}${r.stderr}`.slice(-4000)}`);
    sizes = JSON.parse(r.stdout.trim().split('\n').pop() as string);
  }, 240000);

  test('both panes load a vendor chunk and their own pane chunk, no adapter up front', () => {
    for (const s of [sizes.excel, sizes.wps]) {
      expect(s.files.map((f) => f.name.split('.')[0]).sort()).toEqual(['taskpane', 'vendor']);
    }
  });

  test('WPS pane initial JS ≤ Excel pane initial JS + 10 %', () => {
    // Bytes, gzip -9 (the failure message shows both).
    expect(sizes.wps.gz).toBeLessThanOrEqual(Math.floor(sizes.excel.gz * 1.1));
  });
});
