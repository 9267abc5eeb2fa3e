/**
 * Refreshing 「复核记录」 never loses the reviewer's input (issue 14): whatever forms are shuffled,
 * deleted or added between two refreshes, every 复核得分 and 复核意见 typed on a row whose sheet and
 * cell are still an item is on that item's row afterwards, unchanged; and every other one is still
 * somewhere in the record (kept at the end), never dropped.
 */
import fc from 'fast-check';
import { defaultOptions, evaluateWorkbook } from '../../src/core/evaluate';
import type { Grid } from '../../src/core/grid';
import { itemKey, readRecord, recordSheet } from '../../src/core/review';
import { buildForm, gridOf } from '../support/buildForm';
import { put, specGrid } from '../support/specGrid';
import { correctSpec, profile } from '../core/helpers';

const options = defaultOptions({ profile: profile('standard') });
const SHEETS = ['甲', '乙', '丙', '丁', '戊', '己'];
/** A sheet with one or two forms (the second beside the first or below it). */
const sheetOf = (name: string, forms: number, below: boolean): Grid => {
  const placed = [{ form: buildForm({ ...correctSpec(), project: `${name}项目1` }), at: 'A1' }];
  if (forms > 1) placed.push({ form: buildForm({ ...correctSpec(), project: `${name}项目2` }), at: below ? 'A40' : 'K1' });
  return gridOf(name, placed);
};

const workbookArb = fc.uniqueArray(fc.record({ name: fc.constantFrom(...SHEETS), forms: fc.integer({ min: 1, max: 2 }), below: fc.boolean() }), { minLength: 1, maxLength: 4, selector: (s) => s.name });
const inputArb = fc.array(fc.record({ row: fc.nat(), score: fc.option(fc.oneof(fc.integer({ min: -2, max: 12 }), fc.constantFrom('八', '7.555')), { nil: null }), comment: fc.option(fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== ''), { nil: null }) }), { maxLength: 12 });

type Typed = { key: string; overall: boolean; score: string | number | null; comment: string | null };

function makeRecord(grids: Grid[], previous: Grid | null): Grid {
  const ev = evaluateWorkbook(previous ? [...grids, previous] : grids, options);
  const made = recordSheet(ev.forms, previous ? readRecord(previous) : null, options, grids.map((g) => g.sheet));
  if (!made) throw new Error('damaged');
  return specGrid(made.spec);
}

/** What the reviewer typed into body rows (the （总体） row takes a comment only: its 复核得分 is computed). */
function type(rec: Grid, inputs: { row: number; score: string | number | null; comment: string | null }[]): Typed[] {
  const body = rec.values.map((r, i) => ({ r, i })).filter(({ r, i }) => i >= 3 && typeof r[1] === 'string');
  const typed = new Map<string, Typed>();
  for (const x of inputs) {
    if (body.length === 0) break;
    const { r, i } = body[x.row % body.length];
    const overall = r[3] === '（总体）';
    const key = itemKey(String(r[0]), String(r[1]));
    const t = typed.get(`${key}|${overall}`) ?? { key, overall, score: null, comment: null };
    if (x.score !== null && !overall) put(rec, `G${i + 1}`, (t.score = x.score));
    if (x.comment !== null) put(rec, `H${i + 1}`, (t.comment = x.comment.trim()));
    typed.set(`${key}|${overall}`, t);
  }
  return [...typed.values()].filter((t) => t.score !== null || t.comment !== null);
}

describe('refreshing 「复核记录」', () => {
  test('keeps every entry whose cell is still an item, on its row; keeps the others at the end', () => {
    fc.assert(
      fc.property(workbookArb, workbookArb, inputArb, fc.boolean(), (before, after, inputs, shuffle) => {
        const first = before.map((s) => sheetOf(s.name, s.forms, s.below));
        const rec = makeRecord(first, null);
        const typed = type(rec, inputs);
        // the second workbook: the sheets kept from the first (as they were), new ones, in another order
        const kept = after.map((s) => first.find((g) => g.sheet === s.name) ?? sheetOf(s.name, s.forms, s.below));
        const second = shuffle ? [...kept].reverse() : kept;
        const refreshedGrid = makeRecord(second, rec);
        const refreshed = readRecord(refreshedGrid);
        const orphans = new Set(evaluateWorkbook([...second, refreshedGrid], options).review?.orphans.map((e) => `${itemKey(e.sheet, e.cell)}|${e.overall}`));
        const stillThere = new Set(second.map((g) => g.sheet));
        for (const t of typed) {
          const rows = refreshed.entries.filter((e) => itemKey(e.sheet, e.cell) === t.key && e.overall === t.overall);
          // on its item's row where the sheet is still there (same layout, same cells), else on a row kept at the end
          expect(rows).toHaveLength(1);
          expect(orphans.has(`${t.key}|${t.overall}`)).toBe(!stillThere.has(t.key.split('!')[0]));
          if (t.comment !== null) expect(rows[0].comment).toBe(t.comment);
          if (t.score !== null) expect(rows[0].reviewRaw).toBe(t.score);
        }
      }),
      { numRuns: 120 },
    );
  });

  test('a refresh of a refreshed record changes nothing', () => {
    fc.assert(
      fc.property(workbookArb, inputArb, (wb, inputs) => {
        const grids = wb.map((s) => sheetOf(s.name, s.forms, s.below));
        const rec = makeRecord(grids, null);
        type(rec, inputs);
        const once = makeRecord(grids, rec);
        expect(makeRecord(grids, once).values).toEqual(once.values);
      }),
      { numRuns: 60 },
    );
  });
});
