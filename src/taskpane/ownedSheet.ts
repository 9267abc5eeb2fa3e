/**
 * What 生成汇总 and 导出问题清单 share: read and evaluate the workbook (1 round trip), make the
 * sheet the add-in owns from the evaluation, and write it (1 round trip) — unless a sheet of that
 * name is the user's own (core/results/ownership.ts), which is never replaced: `written` is then null.
 */
import { sheetOwnership } from '../core';
import type { SheetSpec, WorkbookEvaluation, WriteSheetResult } from '../core';
import type { ActionName } from './i18n/strings';
import type { ActionPort } from './sessionPorts';

export async function writeOwnedSheet<M>(
  s: ActionPort,
  action: ActionName,
  make: (ev: WorkbookEvaluation) => { model: M; spec: SheetSpec },
): Promise<{ model: M; spec: SheetSpec; written: WriteSheetResult | null }> {
  const { grids, ev } = await s.readAndEvaluate(action);
  s.set({ evaluation: ev });
  const { model, spec } = make(ev);
  if (sheetOwnership(grids, spec) === 'foreign') return { model, spec, written: null };
  s.set({ busy: { action, phase: 'writing', cells: spec.cells.length } });
  return { model, spec, written: await s.port.writeSheet(spec) };
}
