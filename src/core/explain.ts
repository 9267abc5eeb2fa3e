import { Decimal, format2, gt, ZERO } from './decimal';
import { rateTimesWeight } from './ratios';
import type { FormEvaluation } from './evaluation';
import { explainIndicator, IndicatorExplanation } from './explainIndicator';
import { ExplainDetail, indicatorText } from './explainIndicatorText';
import { explainText } from './explainText';
import { Lang } from './messages';
import { exactRateOf, FundFigures } from './rules/funds';

/** The arithmetic behind one computed figure, so an accountant can defend it to a reviewer. */
export interface Explanation {
  sheet: string;
  /** The cell the figure belongs to (the output cell, or the 得分 cell of an indicator). */
  cell: string;
  kind: 'rate' | 'budgetScore' | 'indicatorScore' | 'totalScore' | 'grade';
  text: string;
}

const n = (d: Decimal): string => d.toString(); // figures as written on the sheet
const f2 = format2;

const T = {
  rate: (x: FundFigures, l: Lang) => explainText(l, 'rate')(x.label, n(x.executed ?? ZERO), n(x.annual ?? ZERO), f2(x.rate as Decimal)),
  zeroRate: (x: FundFigures, l: Lang) => explainText(l, 'zeroRate')(x.label),
  budgetScore: (arith: string, w: Decimal, raw: Decimal, score: Decimal, l: Lang) => {
    const base = explainText(l, 'budgetScore')(arith, f2(w), f2(raw));
    return gt(raw, score) ? explainText(l, 'capped')(base, f2(score)) : base;
  },
  total: (parts: Decimal[], total: Decimal, l: Lang) => explainText(l, 'total')(parts.map(f2).join(' + '), f2(total)),
  grade: (total: Decimal, min: string, grade: string, l: Lang) => explainText(l, 'grade')(f2(total), min, grade),
  gradeLowest: (total: Decimal, grade: string, l: Lang) => explainText(l, 'gradeLowest')(f2(total), grade),
};

export function explainForm(ev: FormEvaluation, lang: Lang): Explanation[] {
  const sheet = ev.form.sheet;
  const out: Explanation[] = [];
  for (const fund of ev.funds) {
    if (!fund.row.rate || fund.rate === null) continue;
    const zero = (fund.annual ?? ZERO).isZero() && (fund.executed ?? ZERO).isZero();
    out.push({ sheet, cell: fund.row.rate.cell, kind: 'rate', text: zero ? T.zeroRate(fund, lang) : T.rate(fund, lang) });
  }
  const total = ev.funds.find((x) => x.kind === 'total');
  const exactRate = total ? exactRateOf(total) : null;
  if (total?.row.score && ev.budgetScore !== null && ev.budgetWeight !== null && total.rate !== null && exactRate !== null) {
    // two-step: from the rounded 执行率; single-step: from the exact ratio (SPEC §5).
    const twoStep = ev.options.profile.rateRounding === 'two-step';
    const rate = twoStep ? total.rate : exactRate;
    const arith = twoStep ? f2(total.rate) : `${n(total.executed ?? ZERO)} ÷ ${n(total.annual ?? ZERO)} × 100`;
    const raw = rateTimesWeight(rate, ev.budgetWeight);
    out.push({ sheet, cell: total.row.score.cell, kind: 'budgetScore', text: T.budgetScore(arith, ev.budgetWeight, raw, ev.budgetScore, lang) });
  }
  // the rule and what counts; the change lists name what was written already
  for (const ind of ev.indicators) {
    if (!ind.row.score) continue;
    const text = indicatorText(explainIndicator(ind, sheet, ev.options), lang, 'rule');
    out.push({ sheet, cell: ind.row.score.cell, kind: 'indicatorScore', text });
  }
  if (ev.totalScore !== null && ev.budgetScore !== null && ev.form.totalScore) {
    const parts = [ev.budgetScore, ...ev.indicators.map((i) => i.counted ?? ZERO)];
    out.push({ sheet, cell: ev.form.totalScore.cell, kind: 'totalScore', text: T.total(parts, ev.totalScore, lang) });
  }
  if (ev.grade !== null && ev.totalScore !== null && ev.form.grade) {
    out.push({ sheet, cell: ev.form.grade.cell, kind: 'grade', text: gradeText(ev, lang) });
  }
  return out;
}

function gradeText(ev: FormEvaluation, lang: Lang): string {
  const total = ev.totalScore as Decimal;
  // The band the engine used: the first (highest) whose minimum the total reaches (totals.ts).
  const band = ev.options.profile.gradeBands.find((b) => b.grade === ev.grade && b.min !== '-Infinity');
  return band ? T.grade(total, band.min, band.grade, lang) : T.gradeLowest(total, ev.grade as string, lang);
}

/** An indicator's 「说明」 with its text (the pane's indicator list). */
export interface ExplainedIndicator extends IndicatorExplanation {
  text: string;
}

/** Every indicator of the form, each with the rule that scores it and what 按规则评分 would do. */
export function explainIndicators(ev: FormEvaluation, lang: Lang, detail: ExplainDetail = 'full'): ExplainedIndicator[] {
  return ev.indicators.map((ind) => {
    const x = explainIndicator(ind, ev.form.sheet, ev.options);
    return { ...x, text: indicatorText(x, lang, detail) };
  });
}
