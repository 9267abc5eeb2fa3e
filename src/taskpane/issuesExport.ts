/**
 * 导出问题清单: read and evaluate the workbook (1 round trip), make 「问题清单」 of every finding,
 * and write it (1 round trip) — unless a sheet of that name is the user's own, which is never
 * replaced. Owned exactly like 「绩效自评结果」 (./ownedSheet.ts). What became of it is a notice.
 */
import { issuesOf, issuesSheetSpec } from '../core';
import { writeOwnedSheet } from './ownedSheet';
import type { ActionPort } from './sessionPorts';

export class SessionIssues {
  constructor(private readonly s: ActionPort) {}

  export = (): Promise<boolean> =>
    this.s.run('exportIssues', async () => {
      const { model: rows, spec, written } = await writeOwnedSheet(this.s, 'exportIssues', (ev) => {
        const r = issuesOf(ev);
        return { model: r, spec: issuesSheetSpec(r) };
      });
      if (!written) this.s.set({ notice: { type: 'issuesForeign', sheet: spec.name } });
      else this.s.set({ notice: { type: 'issuesWritten', sheet: spec.name, count: rows.length, printSkipped: written.printSkipped === true } });
    });
}
