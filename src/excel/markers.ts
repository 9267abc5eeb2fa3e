/// <reference types="office-js" />
/**
 * The add-in's native markers (core/markers.ts), which keep warning with the task pane closed:
 *
 *  - on every 得分 cell a data-validation rule, a decimal between 0 and its 分值 (ExcelApi 1.8),
 *    with a Chinese stop alert. A cell that already has the user's own validation keeps it and is
 *    reported in `userValidationKept`. The add-in's own rule is recognised by its alert title
 *    (`得分超出分值`), so it is found again after rows were inserted;
 *  - custom conditional formats (ExcelApi 1.6): light red on a 得分 above its 分值, light yellow
 *    on an empty 偏差原因 next to a lost point, with the formula of `conditionalFormula(mark)`.
 *
 * What the add-in added is recorded in the workbook settings (`jixiao.markers`: validation cells,
 * conditional-format ids, which Excel keeps across row insertions). `apply` first removes what the
 * previous `apply` added (so markers never pile up) — for a scoped plan (an inline re-check of one
 * form) only inside its scope, keeping the other forms' markers — `clear` removes exactly what was recorded:
 * our validations (still carrying our alert) and our conditional formats (by id). Nothing else.
 *
 * Protected sheets (as the last read saw them) are left alone, so that one refused command does not
 * fail the batch; what is recorded there stays recorded.
 *
 * Each call: 1 read sync (existing validations, the ids of the conditional formats on the sheets
 * concerned) + 1 write sync, then `saveAsync` of the record.
 */
import { conditionalFormula, inMarkerScope, MARK_FILL } from '../core/markers';
import type { ConditionalMark, MarkerPlan, MarkerResult, MarkersPort } from '../core/port';
import { HostError } from './errors';
import { runBatch } from './host';
import { createSettingsStore } from './settings';
import { AdapterEnv } from './state';

export const MARKERS_KEY = 'markers';
export const OUR_ALERT_TITLE = '得分超出分值';
export { MARK_FILL };

export interface MarkerRecord {
  validations: { sheet: string; cell: string }[];
  conditionals: { sheet: string; cell: string; kind: ConditionalMark['kind']; id: string }[];
}

const emptyRecord = (): MarkerRecord => ({ validations: [], conditionals: [] });

interface LoadedValidation {
  sheet: string;
  cell: string;
  dv: Excel.DataValidation;
}

function isOurs(dv: Excel.DataValidation): boolean {
  return dv.errorAlert?.title === OUR_ALERT_TITLE;
}

export function createMarkers(env: AdapterEnv): MarkersPort {
  const settings = createSettingsStore(env.host);
  const loadRecord = async () => (await settings.get<MarkerRecord>(MARKERS_KEY)) ?? emptyRecord();
  const requireMarkers = () => {
    if (!env.caps.markers) throw new HostError('requirementMissing', 'Markers need ExcelApi 1.8 (data validation) and 1.6 (conditional formats).');
  };
  /** Sheets of the record that still exist, as far as the adapter knows. */
  const existingSheet = (sheet: string) => env.state.sheetNames === null || env.state.sheetNames.includes(sheet);
  /** Protected sheets (from the last read) are left alone: a refused command would fail the batch. */
  const lockedSheet = (sheet: string) => env.state.snapshots.get(sheet)?.protected === true;
  const touchable = (sheet: string) => existingSheet(sheet) && !lockedSheet(sheet);

  /**
   * Queues the loads for removing what `record` holds; returns the removal to run after the sync.
   * What sits on a protected sheet is not removed and stays recorded (`kept`).
   */
  function queueRemoval(context: Excel.RequestContext, record: MarkerRecord, keepCells: Set<string>): { remove: () => number; kept: MarkerRecord } {
    const kept: MarkerRecord = {
      validations: record.validations.filter((v) => existingSheet(v.sheet) && lockedSheet(v.sheet)),
      conditionals: record.conditionals.filter((c) => existingSheet(c.sheet) && lockedSheet(c.sheet)),
    };
    const dvs: LoadedValidation[] = record.validations
      .filter((v) => touchable(v.sheet) && !keepCells.has(`${v.sheet}!${v.cell}`))
      .map((v) => {
        const dv = context.workbook.worksheets.getItem(v.sheet).getRange(v.cell).dataValidation;
        dv.load('type,errorAlert');
        return { ...v, dv };
      });
    const cfSheets = [...new Set(record.conditionals.map((c) => c.sheet))].filter(touchable);
    const collections = cfSheets.map((sheet) => {
      const cfs = context.workbook.worksheets.getItem(sheet).getRange().conditionalFormats;
      cfs.load('items/id');
      return { sheet, cfs };
    });
    const remove = () => {
      let removed = 0;
      for (const { dv } of dvs) {
        if (isOurs(dv)) {
          dv.clear();
          removed++;
        }
      }
      for (const { sheet, cfs } of collections) {
        const present = new Set(cfs.items.map((cf) => cf.id));
        for (const c of record.conditionals) {
          if (c.sheet === sheet && present.has(c.id)) {
            cfs.getItem(c.id).delete();
            removed++;
          }
        }
      }
      return removed;
    };
    return { remove, kept };
  }

  return {
    async apply(plan: MarkerPlan): Promise<MarkerResult> {
      requireMarkers();
      const recorded = await loadRecord();
      // A scoped plan (one form re-checked) replaces only our markers inside its scope.
      const inScope = (m: { sheet: string; cell: string }) => inMarkerScope(plan, m.sheet, m.cell);
      const previous: MarkerRecord = { validations: recorded.validations.filter(inScope), conditionals: recorded.conditionals.filter(inScope) };
      const outside: MarkerRecord = {
        validations: recorded.validations.filter((m) => !inScope(m)),
        conditionals: recorded.conditionals.filter((m) => !inScope(m)),
      };
      const result = await runBatch(env.host, async (context) => {
        // Read: the validations on the target cells, and what the previous apply left.
        const targets: (LoadedValidation & { max: string })[] = plan.validations.filter((v) => touchable(v.sheet)).map((v) => {
          const dv = context.workbook.worksheets.getItem(v.sheet).getRange(v.cell).dataValidation;
          dv.load('type,errorAlert');
          return { sheet: v.sheet, cell: v.cell, max: v.max, dv };
        });
        const removal = queueRemoval(context, previous, new Set(targets.map((t) => `${t.sheet}!${t.cell}`)));
        await context.sync();

        // Write.
        removal.remove();
        const record: MarkerRecord = {
          validations: [...outside.validations, ...removal.kept.validations],
          conditionals: [...outside.conditionals, ...removal.kept.conditionals],
        };
        const userValidationKept: MarkerResult['userValidationKept'] = [];
        for (const t of targets) {
          const type = String(t.dv.type);
          if (type !== 'None' && !isOurs(t.dv)) {
            userValidationKept.push({ sheet: t.sheet, cell: t.cell });
            continue;
          }
          if (type !== 'None') t.dv.clear();
          t.dv.rule = { decimal: { formula1: 0, formula2: Number(t.max), operator: 'Between' } };
          t.dv.errorAlert = { title: OUR_ALERT_TITLE, message: `得分应在 0 到 ${t.max}（分值）之间`, style: 'Stop', showAlert: true };
          t.dv.ignoreBlanks = true;
          record.validations.push({ sheet: t.sheet, cell: t.cell });
        }
        const added = plan.conditionals.filter((mark) => touchable(mark.sheet)).map((mark) => {
          const cf = context.workbook.worksheets.getItem(mark.sheet).getRange(mark.cell).conditionalFormats.add('Custom');
          cf.custom.rule.formula = conditionalFormula(mark);
          cf.custom.format.fill.color = MARK_FILL[mark.kind];
          cf.load('id');
          return { mark, cf };
        });
        await context.sync();
        for (const { mark, cf } of added) record.conditionals.push({ sheet: mark.sheet, cell: mark.cell, kind: mark.kind, id: cf.id });
        const addedCount = record.validations.length - removal.kept.validations.length - outside.validations.length + added.length;
        return { record, userValidationKept, added: addedCount };
      });
      await settings.set(MARKERS_KEY, result.record);
      return { added: result.added, userValidationKept: result.userValidationKept };
    },

    async clear(): Promise<number> {
      requireMarkers();
      const record = await loadRecord();
      if (record.validations.length === 0 && record.conditionals.length === 0) return 0;
      const { removed, kept } = await runBatch(env.host, async (context) => {
        const removal = queueRemoval(context, record, new Set());
        await context.sync();
        const n = removal.remove();
        await context.sync();
        return { removed: n, kept: removal.kept };
      });
      await settings.set(MARKERS_KEY, kept);
      return removed;
    },
  };
}
