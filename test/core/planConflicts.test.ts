/**
 * One cell, two output cells (found by the fuzzer, test/fuzz/): a merge over the 年度资金总额 row's
 * 执行率 and 得分 made G6 both, and the plan wrote 99.45 and 9.95 into it, the second write winning.
 * Now neither is written (the findings still say both figures are stale); identical writes are one.
 * Likewise a cell that merges make two cells of the form (two 得分, a 得分 and 总分) is never written,
 * nor a cell holding a label the locator reads (a 总分 typed into the 得分 column).
 */
import { evaluateWorkbook } from '../../src/core/evaluate';
import type { PlanEntry } from '../../src/core/writePlan';
import { withoutConflicts } from '../../src/core/writePlan';
import { buildForm, gridOf } from '../support/buildForm';
import { applyPlan } from '../property/support';
import { correctSpec, run, setAt, withIndicator } from './helpers';

test('a merge over 执行率 and 得分: no write into the merged cell, and none twice', () => {
  const spec = { ...correctSpec(), rates: { total: 99.44, current: 99.45, carry: 0, other: 0 }, budgetScore: 9.94 };
  const grid = gridOf('表', [{ form: buildForm(spec) }]);
  const plain = evaluateWorkbook([grid]);
  expect(plain.plan.entries.map((e) => e.cell)).toEqual(expect.arrayContaining(['G6', 'H6']));
  grid.merges.push('G6:H6');
  const ev = evaluateWorkbook([grid]);
  const cells = ev.plan.entries.map((e) => e.cell);
  expect(cells).not.toContain('G6');
  expect(new Set(cells).size).toBe(cells.length);
  expect(ev.forms[0].plan).toEqual(ev.plan.entries);
});

test('withoutConflicts keeps one of identical writes and none of differing ones', () => {
  const e = (cell: string, text: string, sheet = 'S'): PlanEntry => ({ sheet, cell, kind: 'rate', before: null, after: { type: 'number', text } });
  const same = [e('A1', '1.00'), e('A1', '1.00'), e('B1', '2.00'), e('B1', '3.00'), e('C1', '4.00'), e('B1', '2.00', 'T')];
  expect(withoutConflicts(same)).toEqual([e('A1', '1.00'), e('C1', '4.00'), e('B1', '2.00', 'T')]);
  const clean = [e('A1', '1.00')];
  expect(withoutConflicts(clean)).toBe(clean);
});

test('得分 of two indicators merged into one cell: the cap of one is not written into the other', () => {
  // 12 is within the first indicator's 分值 (15), above the second's (10): capping it for the second
  // would silently take 2 points from the first
  const spec = withIndicator(withIndicator(correctSpec(), 0, { score: 12 }), 1, { weight: 10 });
  const r = run(spec, { grid: (g) => void g.merges.push('G13:G14') });
  expect(r.fe.indicators.slice(0, 2).map((i) => i.row.score?.cell)).toEqual(['G13', 'G13']);
  expect(r.findings.map((f) => f.code)).toContain('SCORE_OVER_WEIGHT');
  expect(r.ev.plan.entries.map((e) => e.cell)).not.toContain('G13');
});

test('a 总分 typed into an indicator’s 得分 cell: nothing written over the label, the form read the same again', () => {
  const spec = withIndicator(correctSpec(), 0, { score: 17 });
  const at = 'G16';
  const r = run(spec, { grid: (g) => setAt(g, at, '总分') });
  expect(r.fe.form.totalScore?.cell).toBe(at); // the label's own cell became the 总分 row's 得分
  expect(r.ev.plan.entries.map((e) => e.cell)).not.toContain(at);
  const [after] = applyPlan([r.grid], r.ev.plan);
  const again = evaluateWorkbook([after]);
  expect(again.forms[0].form.range).toBe(r.fe.form.range);
  expect(again.plan.entries).toEqual([]);
});
