import { evaluateWorkbook, defaultOptions } from '../../src/core/evaluate';
import { format2OrNull } from '../../src/core/decimal';
import { Grid } from '../../src/core/grid';
import { buildForm, FormSpec, gridOf } from '../support/buildForm';
import { blankOutputsSpec, cellsWith, codesOf, correctSpec, planOf, QUAL, QUANT, run, setAt, withIndicator } from './helpers';

const BLANK_PLAN = ['G6=99.45', 'G7=99.45', 'G8=0.00', 'G9=0.00', 'H6=9.95', 'G21=99.95', 'C22=优'];

describe('§4 the write plan', () => {
  test('a fully correct form: nothing to write, no finding', () => {
    const r = run(correctSpec());
    expect(r.ev.plan).toEqual({ entries: [], skippedSheets: [] });
    expect(r.findings).toEqual([]);
  });

  test('blank output cells are filled: figures as numbers with 2 decimals, the grade as text', () => {
    const r = run(blankOutputsSpec());
    expect(r.ev.plan.entries.map((e) => [e.sheet, e.cell, e.kind, e.before, e.after])).toEqual([
      ['S', 'G6', 'rate', null, { type: 'number', text: '99.45' }],
      ['S', 'G7', 'rate', null, { type: 'number', text: '99.45' }],
      ['S', 'G8', 'rate', null, { type: 'number', text: '0.00' }],
      ['S', 'G9', 'rate', null, { type: 'number', text: '0.00' }],
      ['S', 'H6', 'budgetScore', null, { type: 'number', text: '9.95' }],
      ['S', 'G21', 'totalScore', null, { type: 'number', text: '99.95' }],
      ['S', 'C22', 'grade', null, { type: 'text', text: '优' }],
    ]);
    expect(r.findings).toEqual([]);
  });

  test('only where the value changes: one stale cell → one entry, with what it held before', () => {
    const r = run(correctSpec(), { grid: (g) => setAt(g, 'H6', 9.9) });
    expect(r.ev.plan.entries).toEqual([{ sheet: 'S', cell: 'H6', kind: 'budgetScore', before: 9.9, after: { type: 'number', text: '9.95' } }]);
  });

  test('a form full of defects writes only 执行率, 预算执行得分, R5 得分, 总分 and 评分等级 cells', () => {
    let s: FormSpec = { ...correctSpec(), rates: { total: 90, current: 99.45, carry: '-', other: null }, budgetScore: 1, totalScore: 50, grade: '差' };
    s = withIndicator(s, 1, { score: 20, dev: 'x' }); // over 分值 15
    s = withIndicator(s, 2, { score: -3, dev: 'x' }); // negative
    s = withIndicator(s, QUANT, { actual: '80.00(%)', score: 7 }); // lost points, no reason
    s = withIndicator(s, QUAL, { actual: '效果良好' });
    const r = run(s);
    const allowed: Record<string, string> = { G6: 'rate', G7: 'rate', G8: 'rate', G9: 'rate', H6: 'budgetScore', G14: 'indicatorScore', G15: 'indicatorScore', G21: 'totalScore', C22: 'grade' };
    expect(r.ev.plan.entries.map((e) => [e.cell, e.kind])).toEqual(r.ev.plan.entries.map((e) => [e.cell, allowed[e.cell]]));
    expect(planOf(r)).toEqual(['G14=15.00', 'G15=0.00', 'G6=99.45', 'G8=0.00', 'G9=0.00', 'H6=9.95', 'G21=86.95', 'C22=良']);
  });
});

describe('§4 按规则评分 (scoreByRule)', () => {
  // QUANT: ≥90%, actual 80%, 得分 10 (rule: 8.89); QUAL: 部分达成 with 得分 7 (kept)
  const s = withIndicator(withIndicator(blankOutputsSpec(), QUANT, { actual: '80.00(%)', score: 10, dev: '原因' }), QUAL, { actual: '部分达成指标并具有一定效果', score: 7, dev: '原因' });
  test.each<[string, boolean, string[], string]>([
    ['off: sheet scores count', false, [...BLANK_PLAN.slice(0, 5), 'G21=96.95', 'C22=优'], '96.95'],
    ['on: quantitative scores take the R3 score, 总分 uses them', true, [...BLANK_PLAN.slice(0, 5), 'G20=8.89', 'G21=95.84', 'C22=优'], '95.84'],
  ])('%s', (_, scoreByRule, plan, total) => {
    const r = run(s, { scoreByRule });
    expect(planOf(r).sort()).toEqual([...plan].sort());
    expect(format2OrNull(r.fe.totalScore)).toBe(total);
    expect(r.ev.plan.entries.filter((e) => e.kind === 'indicatorScore').map((e) => e.cell)).toEqual(scoreByRule ? ['G20'] : []);
  });

  test('a blank quantitative 得分 is filled by rule, without SCORE_MISSING', () => {
    const r = run(withIndicator(correctSpec(), QUANT, { score: null }), { scoreByRule: true });
    expect(planOf(r)).toEqual(['G20=10.00']);
    expect(cellsWith(r.findings, 'SCORE_MISSING')).toEqual([]);
  });

  test('a quantitative 得分 held by a formula is not written', () => {
    const r = run(withIndicator(correctSpec(), QUANT, { actual: '80.00(%)', dev: '原因' }), { scoreByRule: true, grid: (g) => setAt(g, 'G20', '=F20', 'formulas') });
    expect(r.ev.plan.entries.filter((e) => e.cell === 'G20')).toEqual([]);
  });

  test.each<[string, number, string]>([
    ['above 分值 → 分值', 12, 'G16=10.00'],
    ['negative → 0.00', -1, 'G16=0.00'],
  ])('a qualitative 得分 that breaks R5 is still written: %s', (_, score, entry) => {
    const r = run(withIndicator(correctSpec(), QUAL, { score, dev: '原因' }), { scoreByRule: true });
    expect(planOf(r).filter((e) => e.startsWith('G16='))).toEqual([entry]);
  });
});

describe('§4 protected sheets', () => {
  const grid = (sheet: string, spec: FormSpec, prot: boolean): Grid => gridOf(sheet, [{ form: buildForm(spec) }], { protected: prot });

  test('changes on a protected sheet are skipped and reported; other sheets are written', () => {
    const ev = evaluateWorkbook([grid('P', blankOutputsSpec(), true), grid('Q', blankOutputsSpec(), false)], defaultOptions());
    expect(ev.plan.skippedSheets).toEqual(['P']);
    expect(ev.plan.entries.filter((e) => e.sheet === 'P')).toEqual([]);
    expect(ev.plan.entries.map((e) => `${e.sheet}!${e.cell}=${e.after.text}`)).toEqual(BLANK_PLAN.map((x) => `Q!${x}`));
    expect(ev.findings).toEqual([{ code: 'SHEET_PROTECTED', severity: 'info', sheet: 'P', cell: null, params: { cells: 7 } }]);
    expect(ev.forms.map((f) => [f.form.sheet, f.form.protected])).toEqual([['P', true], ['Q', false]]);
  });

  test('the protected form reports no plan of its own (FormEvaluation.plan: "empty for a protected sheet")', () => {
    const ev = evaluateWorkbook([grid('P', blankOutputsSpec(), true)], defaultOptions());
    expect(ev.forms[0].plan.map((e) => e.cell)).toEqual([]);
  });

  test.each<[string, FormSpec, boolean]>([
    ['protected but nothing to write', correctSpec(), true],
    ['unprotected with changes', blankOutputsSpec(), false],
  ])('%s → no SHEET_PROTECTED', (_, spec, prot) => {
    const ev = evaluateWorkbook([grid('P', spec, prot)], defaultOptions());
    expect(codesOf(ev.findings)).toEqual([]);
    expect(ev.plan.skippedSheets).toEqual([]);
  });
});
