/**
 * 复核 (issue 14), the controller's part: 创建/刷新复核记录 reads and evaluates the workbook (1 round
 * trip), makes 「复核记录」 from the forms and the record as it stands (the reviewer's 复核得分 and
 * 复核意见 kept: core/review/recordSheet.ts) and writes it (1 round trip) — unless a sheet of that
 * name is the user's own, or the signed record has lost its header row: then nothing is written
 * and the pane says why. The unit's forms are never written here. The sheet written becomes the
 * grid kept in memory, so the review shown is that of the record as written, without a read.
 */
import { hasInput, isReviewerComment, recordGridOf, readRecord, recordSheet, REVIEW_SHEET, sheetOwnership } from '../core';
import { replaceGrid } from './sheetEvaluations';
import type { ActionPort } from './sessionPorts';
import { specAsGrid, withReview } from './reviewEvaluation';

export class SessionReview {
  constructor(private readonly s: ActionPort) {}

  writeRecord = (): Promise<boolean> =>
    this.s.run('reviewRecord', async () => {
      const s = this.s;
      const { grids, ev } = await s.readAndEvaluate('reviewRecord');
      s.set({ evaluation: ev });
      const grid = recordGridOf(grids);
      const record = grid ? readRecord(grid) : null;
      const made = recordSheet(ev.forms, record, { profile: s.getState().settings.profile }, grids.map((g) => g.sheet));
      if (!made) {
        s.set({ notice: { type: 'reviewDamaged', sheet: grid?.sheet ?? REVIEW_SHEET } });
        return;
      }
      const { spec } = made;
      if (sheetOwnership(grids, spec) === 'foreign') {
        s.set({ notice: { type: 'reviewForeign', sheet: spec.name } });
        return;
      }
      s.set({ busy: { action: 'reviewRecord', phase: 'writing', cells: spec.cells.length } });
      const written = await s.port.writeSheet(spec);
      s.lastGrids = replaceGrid(s.lastGrids ?? grids, specAsGrid(spec));
      s.set({ evaluation: withReview(ev, s.lastGrids, s.evaluateOptions(), ev) });
      const entries = record?.entries.filter(hasInput) ?? [];
      s.set({
        notice: {
          type: 'reviewWritten',
          sheet: spec.name,
          replaced: written.replaced,
          forms: made.review.forms.length,
          rows: made.review.forms.reduce((n, f) => n + f.items.length + 1, 0) + made.review.orphans.length,
          scores: entries.filter((e) => e.reviewRaw !== null && !e.overall).length,
          comments: entries.filter((e) => isReviewerComment(e.comment)).length,
          orphans: made.review.orphans.length,
          drafted: made.drafted,
        },
      });
    });
}
