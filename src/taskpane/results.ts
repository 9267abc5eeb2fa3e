/**
 * 生成汇总: read and evaluate the workbook (1 round trip), make 「绩效自评结果」 from the forms'
 * recomputed figures, and write it (1 round trip) — unless a sheet of that name is the user's own,
 * which is never replaced. The pane then shows the same table and chart.
 */
import { resultsOf, resultsSheetSpec, sheetOwnership } from '../core';
import type { ActionPort } from './sessionPorts';

export class SessionResults {
  constructor(private readonly s: ActionPort) {}

  generate = (): Promise<boolean> =>
    this.s.run('generateResults', async () => {
      const s = this.s;
      const { grids, ev } = await s.readAndEvaluate('generateResults');
      s.set({ evaluation: ev });
      const model = resultsOf(ev);
      const spec = resultsSheetSpec(model);
      if (sheetOwnership(grids, spec) === 'foreign') {
        s.set({ results: { model, sheet: spec.name, outcome: 'foreign', replaced: false, chartSkipped: false } });
        return;
      }
      s.set({ busy: { action: 'generateResults', phase: 'writing', cells: spec.cells.length } });
      const written = await s.port.writeSheet(spec);
      s.set({ results: { model, sheet: spec.name, outcome: 'written', ...written } });
    });

  dismiss = (): void => this.s.set({ results: null });
}
