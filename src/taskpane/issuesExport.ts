/**
 * 导出问题清单: read and evaluate the workbook (1 round trip), make 「问题清单」 of every finding,
 * and write it (1 round trip) — unless a sheet of that name is the user's own, which is never
 * replaced. Owned exactly like 「绩效自评结果」 (./results.ts). What became of it is a notice.
 */
import { issuesOf, issuesSheetSpec, sheetOwnership } from '../core';
import type { ActionPort } from './sessionPorts';

export class SessionIssues {
  constructor(private readonly s: ActionPort) {}

  export = (): Promise<boolean> =>
    this.s.run('exportIssues', async () => {
      const s = this.s;
      const { grids, ev } = await s.readAndEvaluate('exportIssues');
      s.set({ evaluation: ev });
      const rows = issuesOf(ev);
      const spec = issuesSheetSpec(rows);
      if (sheetOwnership(grids, spec) === 'foreign') {
        s.set({ notice: { type: 'issuesForeign', sheet: spec.name } });
        return;
      }
      s.set({ busy: { action: 'exportIssues', phase: 'writing', cells: spec.cells.length } });
      const written = await s.port.writeSheet(spec);
      s.set({ notice: { type: 'issuesWritten', sheet: spec.name, count: rows.length, printSkipped: written.printSkipped === true } });
    });
}
