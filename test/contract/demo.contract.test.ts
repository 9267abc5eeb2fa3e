/**
 * The contract on the demo host's in-memory port (src/demo/port.ts), its DemoWorkbook built
 * straight from the contract's Grids (no look: every cell drawn plain). A user edit is the grid
 * view's typing (`typeInto`), which fires the port's edit handlers as the page does.
 */
import { isExcelError, type CellValue } from '../../src/core/grid';
import { DemoPort } from '../../src/demo/port';
import { typedValue } from '../../src/demo/typed';
import { DemoView } from '../../src/demo/view';
import { DemoWorkbook } from '../../src/demo/workbook';
import { ALL_SUPPORTED, PortHarness } from './harness';
import { describePortContract } from './portContract';
import { seedWorkbook } from './seed';

/** What the user types for a value: text the parser would turn into a number gets its apostrophe. */
function typed(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return typedValue(value) === value ? value : `'${value}`;
  throw new Error(`the contract does not type ${JSON.stringify(value)}`);
}

async function demoHarness(): Promise<PortHarness> {
  const seed = seedWorkbook();
  const workbook = new DemoWorkbook(structuredClone(seed), { get: () => undefined }, 'contract.xlsx', new Uint8Array());
  const port = new DemoPort(workbook, new DemoView(seed[0].sheet));
  // the markers the demo holds (DemoMarkers keeps them private: read here, in a test, only)
  const held = port.markersStore as unknown as { validations: Map<string, unknown>; conditionals: unknown[] };
  return {
    port,
    seed,
    async userEdit(sheet, cell, value) {
      const r = port.typeInto(sheet, cell, typed(value));
      if (!r.ok) throw new Error(`typing into ${sheet}!${cell} refused: ${r.reason}`);
    },
    protect(sheet) {
      const g = workbook.grid(sheet);
      if (!g) throw new Error(`no sheet ${sheet}`);
      g.protected = true;
    },
    cell: (sheet, a1) => {
      const value = workbook.valueAt(sheet, a1);
      return { value: isExcelError(value) ? { error: value.error } : value, formula: workbook.formulaAt(sheet, a1) };
    },
    markerCount: () => held.validations.size + held.conditionals.length,
  };
}

describePortContract('demo host (DemoPort over DemoWorkbook)', demoHarness, {
  supports: ALL_SUPPORTED,
});
