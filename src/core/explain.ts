import { Decimal, format2, gt, lt, ZERO } from './decimal';
import { rateTimesWeight } from './ratios';
import type { FormEvaluation } from './evaluation';
import { explainText, SENTENCE_SEPARATOR } from './explainText';
import { Lang } from './messages';
import { EvaluateOptions } from './rules/context';
import { IndicatorFigures } from './rules/indicators';
import { tierBand } from './rules/score';
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
  for (const ind of ev.indicators) {
    const text = explainIndicator(ind, ev.options, lang);
    if (text && ind.row.score) out.push({ sheet, cell: ind.row.score.cell, kind: 'indicatorScore', text });
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

/** R3 with the actual numbers, R4 tier band, R5 capping. */
export function explainIndicator(ind: IndicatorFigures, options: EvaluateOptions, lang: Lang): string | null {
  const say = <K extends Parameters<typeof explainText>[1]>(key: K) => explainText(lang, key);
  const w = ind.weight;
  if (w === null) return null;
  const lines: string[] = [];
  if (ind.kind === 'quantitative' && ind.target && ind.actual && ind.suggested !== null) {
    const t = ind.target.value;
    const a = ind.actual.value;
    const s = f2(ind.suggested);
    const full = ind.suggested.equals(w);
    if (ind.target.direction === 'negative') {
      if (full) lines.push(say('reverseFull')(n(a), n(t), s));
      else if (!gt(t, ZERO)) lines.push(say('reverseNoTarget')(n(t), n(a), s));
      else if (options.profile.reverseFormula === 'linear') {
        lines.push(say('reverseLinear')(n(a), n(t), f2(w), s));
      } else lines.push(say('reverseRatio')(n(t), n(a), f2(w), s));
    } else if (full) {
      lines.push(say('full')(n(a), n(t), s));
    } else if (t.isZero()) {
      lines.push(say('zeroTarget')(n(a), s));
    } else {
      lines.push(say('ratio')(n(lt(a, ZERO) ? ZERO : a), n(t), f2(w), s));
    }
  } else if (ind.tier) {
    const band = tierBand(ind.tier, w);
    const upper = ind.tier === 'met' ? ']' : ')';
    lines.push(say('qualitative')(say(`tier_${ind.tier}`)(), f2(band.low), f2(band.high), upper));
  }
  const byRule = Boolean(options.scoreByRule) && ind.suggested !== null;
  if (lines.length && ind.kind === 'quantitative') lines[0] = say('byRule')(lines[0]);
  if (!byRule && ind.score !== null && ind.counted !== null && !ind.score.equals(ind.counted)) {
    lines.push(say('outOfRange')(f2(ind.score), f2(w), f2(ind.counted)));
  }
  return lines.length ? lines.join(SENTENCE_SEPARATOR[lang]) : null;
}
