/**
 * The contract on the task-pane tests' fake port (test/taskpane/fakePort.ts): the pane's own tests
 * rely on it behaving as the real hosts do. Its user edits are `userEdit` (value set, handlers
 * told); its markers are the plans it holds.
 */
import type { Grid } from '../../src/core/grid';
import { FakeWorkbookPort } from '../taskpane/fakePort';
import { at } from './contractSupport';
import { ALL_SUPPORTED, PortHarness } from './harness';
import { describePortContract } from './portContract';
import { seedWorkbook } from './seed';

async function fakeHarness(): Promise<PortHarness> {
  const seed = seedWorkbook();
  const port = new FakeWorkbookPort(structuredClone(seed) as Grid[]);
  return {
    port,
    seed,
    async userEdit(sheet, cell, value) {
      port.userEdit(sheet, cell, value);
    },
    protect: (sheet) => void (port.grid(sheet).protected = true),
    cell: (sheet, a1) => at(port.grid(sheet), a1),
    markerCount: () => port.markerCount,
  };
}

describePortContract('task-pane fake (FakeWorkbookPort)', fakeHarness, { supports: ALL_SUPPORTED });
