/**
 * The contract on the WPS adapter (src/wps/wpsWorkbook.ts) over the fake ET object model
 * (test/wps/fakeEt), seeded from the contract's Grids. A user edit is the fake's `book.userEdit`
 * (SheetChange fired; the adapter tells it from its own writes); events are delivered
 * asynchronously as in WPS, so the harness waits for them (`book.flush`). Markers are what the
 * fake holds as validations and format conditions on the visible sheets.
 *
 * WAITING: this branch has neither the fake nor the adapter yet, so both are loaded with
 * `require` when a case runs (typed by the little this harness uses) and the suite is skipped.
 * Once main has both: merge main, import `createFakeEt` statically, set WAITING to null.
 * Dry run (branch wps-read merged without committing, WAITING null, 2026-12-07): 26 of 34 passed
 * (one of them the known bug below, as it.failing); 8 failed only because settings, bindings,
 * markers and writeSheet are not implemented on that branch yet.
 */
import type { CellValue, Grid } from '../../src/core/grid';
import type { EtApplication } from '../../src/wps/et';
import { createWpsWorkbook } from '../../src/wps/wpsWorkbook';
import { ALL_SUPPORTED, PortHarness } from './harness';
import { describePortContract } from './portContract';
import { seedWorkbook } from './seed';

const WAITING: string | null = 'src/wps/wpsWorkbook.ts is still a stub on main and test/wps/fakeEt is not merged into this branch yet';

/** What the harness uses of test/wps/fakeEt's createFakeEt(grids) → { app, book }. */
interface FakeEtLike {
  app: EtApplication;
  book: {
    userEdit(sheet: string, address: string, input: CellValue): void;
    protect(sheet: string): void;
    cell(sheet: string, address: string): { value: CellValue; formula: string | null };
    sheets(): { name: string; visible: number }[];
    validations(sheet: string): unknown[];
    formatConditions(sheet: string): unknown[];
    flush(): Promise<void>;
  };
}

async function wpsHarness(): Promise<PortHarness> {
  const { createFakeEt } = require('../wps/fakeEt') as { createFakeEt(grids: readonly Grid[]): FakeEtLike };
  const seed = seedWorkbook();
  const { app, book } = createFakeEt(seed);
  const port = createWpsWorkbook({ app });
  const visible = () => book.sheets().filter((s) => s.visible === -1).map((s) => s.name);
  return {
    port,
    seed,
    async userEdit(sheet, cell, value) {
      book.userEdit(sheet, cell, value);
      await book.flush();
    },
    protect: (sheet) => book.protect(sheet),
    cell(sheet, a1) {
      const c = book.cell(sheet, a1);
      return { value: c.value === '' || c.value === undefined ? null : c.value, formula: c.formula || null };
    },
    markerCount: () => visible().reduce((n, s) => n + book.validations(s).length + book.formatConditions(s).length, 0),
  };
}

const contract = () =>
  describePortContract('WPS adapter (fake ET)', wpsHarness, {
    supports: ALL_SUPPORTED,
    knownBugs: {
      'readRange(): the merged areas intersecting the range, whole; the protection flag':
        "readRange takes merges from the range's Value(11) XML, which clips them to the range: merges cut by the range are lost (MISC C4:D6 gives [] instead of B3:C4, D6:E7)",
    },
  });

if (WAITING) describe.skip(`WPS contract — skipped: ${WAITING}`, contract);
else contract();
