/**
 * 生成汇总: read and evaluate the workbook (1 round trip), make 「绩效自评结果」 from the forms'
 * recomputed figures, and write it (1 round trip) — unless a sheet of that name is the user's own,
 * which is never replaced (./ownedSheet.ts). The pane then shows the same table and chart.
 */
import { resultsOf, resultsSheetSpec } from '../core';
import { writeOwnedSheet } from './ownedSheet';
import type { ActionPort } from './sessionPorts';

export class SessionResults {
  constructor(private readonly s: ActionPort) {}

  generate = (): Promise<boolean> =>
    this.s.run('generateResults', async () => {
      const { model, spec, written } = await writeOwnedSheet(this.s, 'generateResults', (ev) => {
        const m = resultsOf(ev);
        return { model: m, spec: resultsSheetSpec(m) };
      });
      if (!written) this.s.set({ results: { model, sheet: spec.name, outcome: 'foreign', replaced: false, chartSkipped: false } });
      else this.s.set({ results: { model, sheet: spec.name, outcome: 'written', ...written } });
    });

  dismiss = (): void => this.s.set({ results: null });
}
