/**
 * The WorkbookPort contract: what the task pane relies on of every host, written once and run
 * against each port (test/contract/*.contract.test.ts). It asserts data and codes, never wording.
 * See README.md for the cases and, per port, what is skipped and why.
 */
import { applyCases } from './contractApply';
import { eventCases } from './contractEvents';
import { featureCases } from './contractFeatures';
import { readCases } from './contractRead';
import { ContractCtx } from './contractSupport';
import type { ContractOptions, Feature, PortHarness } from './harness';

export function describePortContract(name: string, makeHarness: () => Promise<PortHarness>, options: ContractOptions): void {
  const { supports, knownBugs = {} } = options;
  const titles = new Set<string>();
  const ctx: ContractCtx = {
    test(title, needs, fn) {
      if (titles.has(title)) throw new Error(`two contract cases titled ${title}`);
      titles.add(title);
      const run = async () => fn(await makeHarness());
      const missing = needs.find((f: Feature) => supports[f] !== true);
      if (missing) it.skip(`${title} — skipped: no ${missing} (${supports[missing]})`, run);
      else if (knownBugs[title]) it.failing(`${title} — KNOWN BUG: ${knownBugs[title]}`, run);
      else it(title, run);
    },
  };
  describe(`WorkbookPort contract: ${name}`, () => {
    readCases(ctx);
    applyCases(ctx);
    eventCases(ctx);
    featureCases(ctx);
    it('every known bug names an existing case', () => {
      expect(Object.keys(knownBugs).filter((t) => !titles.has(t))).toEqual([]);
    });
  });
}
