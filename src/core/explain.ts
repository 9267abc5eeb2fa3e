import { Decimal, format2, gt, lt, percentOf, round2, ZERO } from './decimal';
import type { FormEvaluation } from './evaluation';
import { Lang } from './messages';
import { EvaluateOptions } from './rules/context';
import { IndicatorFigures } from './rules/indicators';
import { tierBand } from './rules/score';
import { FundFigures } from './rules/funds';

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
  rate: (x: FundFigures, l: Lang) =>
    l === 'zh-CN'
      ? `${x.label}：执行率 = ${n(x.executed ?? ZERO)} ÷ ${n(x.annual ?? ZERO)} × 100 = ${f2(x.rate as Decimal)}`
      : `${x.label}: rate = ${n(x.executed ?? ZERO)} ÷ ${n(x.annual ?? ZERO)} × 100 = ${f2(x.rate as Decimal)}`,
  zeroRate: (x: FundFigures, l: Lang) =>
    l === 'zh-CN' ? `${x.label}：全年预算数与全年执行数均为 0，执行率记为 0.00` : `${x.label}: budget and spending are both 0, so the rate is 0.00`,
  budgetScore: (arith: string, w: Decimal, raw: Decimal, score: Decimal, l: Lang) => {
    const capped = gt(raw, score);
    const base = `${l === 'zh-CN' ? '得分' : 'score'} = ${arith} × ${f2(w)} ÷ 100 = ${f2(raw)}`;
    if (!capped) return base;
    return l === 'zh-CN' ? `${base}，超过分值，按 ${f2(score)} 计` : `${base}, above the weight: counted as ${f2(score)}`;
  },
  total: (parts: Decimal[], total: Decimal, l: Lang) => `${l === 'zh-CN' ? '总分' : 'total'} = ${parts.map(f2).join(' + ')} = ${f2(total)}`,
  grade: (total: Decimal, min: string, grade: string, l: Lang) =>
    l === 'zh-CN' ? `总分 ${f2(total)} ≥ ${min} → ${grade}` : `total ${f2(total)} ≥ ${min} → ${grade}`,
  gradeLowest: (total: Decimal, grade: string, l: Lang) => (l === 'zh-CN' ? `总分 ${f2(total)} 低于其他等级 → ${grade}` : `total ${f2(total)} is below every other band → ${grade}`),
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
  if (total?.row.score && ev.budgetScore !== null && ev.budgetWeight !== null && total.rate !== null && total.exactRate !== null) {
    // two-step: from the rounded 执行率; single-step: from the exact ratio (SPEC §5).
    const twoStep = ev.options.profile.rateRounding === 'two-step';
    const rate = twoStep ? total.rate : total.exactRate;
    const arith = twoStep ? f2(total.rate) : `${n(total.executed ?? ZERO)} ÷ ${n(total.annual ?? ZERO)} × 100`;
    const raw = round2(percentOf(rate.times(ev.budgetWeight)));
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
  const zh = lang === 'zh-CN';
  const w = ind.weight;
  if (w === null) return null;
  const lines: string[] = [];
  if (ind.kind === 'quantitative' && ind.target && ind.actual && ind.suggested !== null) {
    const t = ind.target.value;
    const a = ind.actual.value;
    const s = f2(ind.suggested);
    const full = ind.suggested.equals(w);
    if (ind.target.direction === 'negative') {
      if (full) lines.push(zh ? `反向指标：实际 ${n(a)} ≤ 指标 ${n(t)} → 满分 ${s}` : `reverse indicator: actual ${n(a)} ≤ target ${n(t)} → full ${s}`);
      else if (!gt(t, ZERO)) lines.push(zh ? `反向指标：指标 ${n(t)}，实际 ${n(a)} 超出 → ${s}` : `reverse indicator: target ${n(t)}, actual ${n(a)} above it → ${s}`);
      else if (options.profile.reverseFormula === 'linear') {
        lines.push(zh ? `反向指标（线性）：得分 = (1 − (${n(a)} − ${n(t)}) ÷ ${n(t)}) × ${f2(w)} = ${s}` : `reverse indicator (linear): score = (1 − (${n(a)} − ${n(t)}) ÷ ${n(t)}) × ${f2(w)} = ${s}`);
      } else lines.push(zh ? `反向指标：得分 = ${n(t)} ÷ ${n(a)} × ${f2(w)} = ${s}` : `reverse indicator: score = ${n(t)} ÷ ${n(a)} × ${f2(w)} = ${s}`);
    } else if (full) {
      lines.push(zh ? `实际 ${n(a)} 达到指标 ${n(t)} → 满分 ${s}` : `actual ${n(a)} reaches the target ${n(t)} → full ${s}`);
    } else if (t.isZero()) {
      lines.push(zh ? `指标为 0，实际 ${n(a)} 不为 0 → ${s}` : `target is 0 and the actual ${n(a)} is not → ${s}`);
    } else {
      lines.push(zh ? `得分 = ${n(lt(a, ZERO) ? ZERO : a)} ÷ ${n(t)} × ${f2(w)} = ${s}` : `score = ${n(lt(a, ZERO) ? ZERO : a)} ÷ ${n(t)} × ${f2(w)} = ${s}`);
    }
  } else if (ind.tier) {
    const band = tierBand(ind.tier, w);
    const name = { met: ['达成', 'met'], partial: ['部分达成', 'partly met'], notMet: ['未达成', 'not met'] }[ind.tier];
    const upper = ind.tier === 'met' ? ']' : ')';
    lines.push(zh ? `定性指标，${name[0]}：得分应在 [${f2(band.low)}, ${f2(band.high)}${upper}` : `qualitative, ${name[1]}: the score belongs in [${f2(band.low)}, ${f2(band.high)}${upper}`);
  }
  const byRule = Boolean(options.scoreByRule) && ind.suggested !== null;
  if (lines.length && ind.kind === 'quantitative') lines[0] = (zh ? '按规则评分：' : 'score by rule: ') + lines[0];
  if (!byRule && ind.score !== null && ind.counted !== null && !ind.score.equals(ind.counted)) {
    lines.push(zh ? `表中得分 ${f2(ind.score)} 超出 [0, ${f2(w)}]，按 ${f2(ind.counted)} 计` : `the sheet's ${f2(ind.score)} is outside [0, ${f2(w)}]: counted as ${f2(ind.counted)}`);
  }
  return lines.length ? lines.join(zh ? '；' : '; ') : null;
}
