/**
 * explainIndicator: per case the rule's branch, rule ids and figures (never the wording), and
 * that what it says agrees with the engine: the plan 按规则评分 makes, the cap 一键重算 writes,
 * the findings of R4/R7.
 */
import { Decimal, format2 } from '../../src/core/decimal';
import { explainIndicator, IndicatorExplanation } from '../../src/core/explainIndicator';
import { indicatorSentences } from '../../src/core/explainIndicatorText';
import { CellValue } from '../../src/core/grid';
import { correctSpec, profile, QUAL, QUANT, run, RunOptions, setAt, withIndicator } from './helpers';

type IndicatorPatch = Parameters<typeof withIndicator>[2];

/** An indicator of the correct form changed by `patch`, evaluated with `o`. */
interface Subject {
  i: number;
  patch: IndicatorPatch;
  o?: RunOptions & { scoreFormula?: string };
}
type Expected = Partial<Omit<IndicatorExplanation, 'figures' | 'byRule' | 'cap'>> & {
  figures?: Partial<Record<keyof IndicatorExplanation['figures'], string | boolean | null>>;
  byRule?: [IndicatorExplanation['byRule']['outcome'], string | null];
  cap?: [string, string, string, boolean] | null;
};

const LINEAR = { profile: profile('linear') };
const W = { weight: 10 };
const Q = (target: CellValue, actual: CellValue, score: CellValue, o?: Subject['o']): Subject => ({ i: QUANT, patch: { ...W, target, actual, score }, o });
const L = (actual: CellValue, score: CellValue): Subject => ({ i: QUAL, patch: { ...W, actual, score } });

const CASES: [string, Subject, Expected][] = [
  ['positive below target', Q('≥90.00(%)', '80.00(%)', 8), { case: 'ratio', direction: 'positive', comparator: '≥', rules: ['R3'], figures: { target: '90', actual: '80', ratio: '88.89', weight: '10.00', rule: '8.89', counted: '8.00' }, byRule: ['write', '8.89'] }],
  ['positive reached', Q('≥90', '100', 10), { case: 'full', rules: ['R3'], figures: { ratio: null, rule: '10.00' }, byRule: ['same', '10.00'] }],
  ['reverse ratio', Q('≤10', '12.5', 8), { case: 'reverseRatio', direction: 'negative', figures: { ratio: '80.00', rule: '8.00' }, byRule: ['same', '8.00'] }],
  ['reverse linear', Q('≤10', '12.5', 8, LINEAR), { case: 'reverseLinear', figures: { ratio: '75.00', raw: '7.50', rule: '7.50' }, byRule: ['write', '7.50'] }],
  ['reverse met', Q('≤10', '8', 10), { case: 'reverseFull', figures: { rule: '10.00' }, byRule: ['same', '10.00'] }],
  ['reverse, target 0', Q('≤0', '2', 0), { case: 'reverseNoTarget', figures: { rule: '0.00' }, byRule: ['same', '0.00'] }],
  ['equal, target 0 missed', Q('=0.00(次)', '2.00(次)', 0), { case: 'zeroTarget', direction: 'equal', comparator: '=', figures: { rule: '0.00' } }],
  ['negative actual counts as 0', Q('≥90%', '-5%', 0), { case: 'ratio', figures: { actual: '0', negativeActual: '-5', ratio: '0.00', rule: '0.00' } }],
  ['over its weight: capped', Q('≥90', '100', 12), { rules: ['R3', 'R5'], cap: ['overWeight', '12.00', '10.00', true], figures: { counted: '10.00' }, byRule: ['write', '10.00'] }],
  ['negative score: 0', Q('≥90', '100', -1), { rules: ['R3', 'R5'], cap: ['negative', '-1.00', '0.00', true], figures: { counted: '0.00' } }],
  ['formula in the score cell', Q('≥90.00(%)', '80.00(%)', 8, { scoreFormula: '=8' }), { rules: ['R3', 'R14'], byRule: ['formula', '8.89'] }],
  ['formula over its weight', Q('≥90', '100', 12, { scoreFormula: '=12' }), { rules: ['R3', 'R5', 'R14'], cap: ['overWeight', '12.00', '10.00', false] }],
  ['full although not met', Q('≥90', '80', 10), { rules: ['R3', 'R7'], fullNotMet: true, byRule: ['write', '8.89'] }],
  ['blank score', Q('≥90', '80', null), { figures: { score: null, counted: '0.00' }, byRule: ['write', '8.89'] }],
  ['blank weight', { i: QUANT, patch: { weight: null, target: '≥90', actual: '80', score: 8 } }, { case: 'noWeight', figures: { weight: null, rule: null }, byRule: ['noWeight', null] }],
  ['unreadable score', Q('≥90', '80', '8. ()2'), { case: 'unreadable', figures: { counted: null }, byRule: ['unreadable', null] }],
  ['evaluated by rule', Q('≥90.00(%)', '80.00(%)', 8, { scoreByRule: true }), { scoredByRule: true, figures: { counted: '8.89' }, byRule: ['write', '8.89'] }],
  ['达成 in band', L('达成指标', 9), { kind: 'qualitative', case: 'tier', tier: 'met', rules: ['R4'], outOfBand: false, figures: { low: '8.00', high: '10.00', highInclusive: true, rule: null }, byRule: ['qualitative', null] }],
  ['部分达成 in band', L('部分达成指标并具有一定效果', 7), { tier: 'partial', outOfBand: false, figures: { low: '6.00', high: '8.00', highInclusive: false } }],
  ['基本达成 above its band', L('基本达成', 9), { tier: 'partial', outOfBand: true, rules: ['R4'] }],
  ['未达成 with full score', L('未达成指标且效果较差', 10), { tier: 'notMet', outOfBand: true, fullNotMet: true, rules: ['R4', 'R7'], figures: { low: '0.00', high: '6.00' } }],
  ['no tier', L('有待观察', 8), { case: 'unclassified', tier: null, figures: { low: null } }],
  ['blank actual', L(null, 8), { case: 'actualBlank', tier: null }],
  ['qualitative over its weight', L('达成指标', 11), { rules: ['R4', 'R5'], cap: ['overWeight', '11.00', '10.00', true] }],
];

// Figures compared as text: two decimals for scores and ratios, as written for target/actual.
const AS_WRITTEN = new Set(['target', 'actual', 'negativeActual']);
const show = (k: string, v: Decimal | boolean | null) => (v === null || typeof v === 'boolean' ? v : AS_WRITTEN.has(k) ? v.toString() : format2(v));

function evaluate({ i, patch, o = {} }: Subject) {
  const spec = withIndicator(correctSpec(), i, patch);
  const { scoreFormula, ...opts } = o;
  const grid = scoreFormula ? { grid: (g: Parameters<NonNullable<RunOptions['grid']>>[0]) => setAt(g, cell(i), scoreFormula, 'formulas') } : {};
  const r = run(spec, { ...opts, ...grid });
  return { r, byRule: run(spec, { ...opts, ...grid, scoreByRule: true }), x: explainIndicator(r.fe.indicators[i], r.fe.form.sheet, r.fe.options) };
}
const cell = (i: number) => run(correctSpec()).c.score(i);

describe.each(CASES)('%s', (_name, subject, e) => {
  const { i } = subject;
  const { r, byRule, x } = evaluate(subject);

  test('the rule, its figures and what 按规则评分 does', () => {
    const { figures, byRule: by, cap, ...rest } = e;
    expect(x).toMatchObject(rest);
    if (e.rules) expect(x.rules).toEqual(e.rules);
    const got = Object.fromEntries(Object.keys(figures ?? {}).map((k) => [k, show(k, x.figures[k as keyof typeof x.figures])]));
    expect(got).toEqual(figures ?? {});
    if (by) expect([x.byRule.outcome, x.byRule.value && format2(x.byRule.value)]).toEqual(by);
    if (cap !== undefined) expect(x.cap && [x.cap.kind, format2(x.cap.from), format2(x.cap.to), x.cap.written]).toEqual(cap);
  });

  test('agrees with the engine: its score, its plan, its findings', () => {
    const ind = r.fe.indicators[i];
    expect([x.cell, x.figures.counted?.toString(), x.figures.rule?.toString()]).toEqual([ind.row.score?.cell, ind.counted?.toString(), ind.suggested?.toString()]);
    const written = (ev: typeof r) => ev.fe.plan.find((p) => p.cell === x.cell && p.kind === 'indicatorScore')?.after.text ?? null;
    // the pane's 按规则评分 writes quantitative 得分 cells only (taskpane/workbook.ts scoreByRulePreview)
    expect(x.kind === 'quantitative' ? written(byRule) : null).toBe(x.byRule.outcome === 'write' ? format2(x.byRule.value as Decimal) : null);
    if (!x.scoredByRule) expect(written(r)).toBe(x.cap?.written ? format2(x.cap.to) : null);
    const at = (code: string) => r.findings.some((f) => f.code === code && f.cell === x.cell);
    expect([at('SCORE_OUT_OF_BAND'), at('FULL_SCORE_NOT_MET')]).toEqual([x.outOfBand, x.fullNotMet]);
  });

  test('says it in both languages, with the figures', () => {
    for (const lang of ['zh-CN', 'en-US'] as const) {
      const text = indicatorSentences(x, lang).join(' ');
      const rule = x.figures.rule ?? x.figures.high;
      if (rule) expect(text).toContain(format2(rule));
      expect(text).not.toMatch(/undefined|null|NaN/);
    }
  });
});
