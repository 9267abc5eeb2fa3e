/**
 * The words of the explanations (./explain): one entry per sentence, [中文, English] side by
 * side. Figures come in already written out (as on the sheet, or with two decimals).
 */
import type { Lang } from './messages';

type S = string;

const TEXT = {
  rate: [(label: S, executed: S, annual: S, rate: S) => `${label}：执行率 = ${executed} ÷ ${annual} × 100 = ${rate}`, (label: S, executed: S, annual: S, rate: S) => `${label}: rate = ${executed} ÷ ${annual} × 100 = ${rate}`],
  zeroRate: [(label: S) => `${label}：全年预算数与全年执行数均为 0，执行率记为 0.00`, (label: S) => `${label}: budget and spending are both 0, so the rate is 0.00`],
  budgetScore: [(arith: S, weight: S, raw: S) => `得分 = ${arith} × ${weight} ÷ 100 = ${raw}`, (arith: S, weight: S, raw: S) => `score = ${arith} × ${weight} ÷ 100 = ${raw}`],
  capped: [(base: S, score: S) => `${base}，超过分值，按 ${score} 计`, (base: S, score: S) => `${base}, above the weight: counted as ${score}`],
  total: [(parts: S, total: S) => `总分 = ${parts} = ${total}`, (parts: S, total: S) => `total = ${parts} = ${total}`],
  grade: [(total: S, min: S, grade: S) => `总分 ${total} ≥ ${min} → ${grade}`, (total: S, min: S, grade: S) => `total ${total} ≥ ${min} → ${grade}`],
  gradeLowest: [(total: S, grade: S) => `总分 ${total} 低于其他等级 → ${grade}`, (total: S, grade: S) => `total ${total} is below every other band → ${grade}`],
  reverseFull: [(a: S, t: S, s: S) => `反向指标：实际 ${a} ≤ 指标 ${t} → 满分 ${s}`, (a: S, t: S, s: S) => `reverse indicator: actual ${a} ≤ target ${t} → full ${s}`],
  reverseNoTarget: [(t: S, a: S, s: S) => `反向指标：指标 ${t}，实际 ${a} 超出 → ${s}`, (t: S, a: S, s: S) => `reverse indicator: target ${t}, actual ${a} above it → ${s}`],
  reverseLinear: [
    (a: S, t: S, w: S, s: S) => `反向指标（线性）：得分 = (1 − (${a} − ${t}) ÷ ${t}) × ${w} = ${s}`,
    (a: S, t: S, w: S, s: S) => `reverse indicator (linear): score = (1 − (${a} − ${t}) ÷ ${t}) × ${w} = ${s}`,
  ],
  reverseRatio: [(t: S, a: S, w: S, s: S) => `反向指标：得分 = ${t} ÷ ${a} × ${w} = ${s}`, (t: S, a: S, w: S, s: S) => `reverse indicator: score = ${t} ÷ ${a} × ${w} = ${s}`],
  full: [(a: S, t: S, s: S) => `实际 ${a} 达到指标 ${t} → 满分 ${s}`, (a: S, t: S, s: S) => `actual ${a} reaches the target ${t} → full ${s}`],
  zeroTarget: [(a: S, s: S) => `指标为 0，实际 ${a} 不为 0 → ${s}`, (a: S, s: S) => `target is 0 and the actual ${a} is not → ${s}`],
  ratio: [(a: S, t: S, w: S, s: S) => `得分 = ${a} ÷ ${t} × ${w} = ${s}`, (a: S, t: S, w: S, s: S) => `score = ${a} ÷ ${t} × ${w} = ${s}`],
  qualitative: [
    (tier: S, low: S, high: S, close: S) => `定性指标，${tier}：得分应在 [${low}, ${high}${close}`,
    (tier: S, low: S, high: S, close: S) => `qualitative, ${tier}: the score belongs in [${low}, ${high}${close}`,
  ],
  tier_met: [() => '达成', () => 'met'],
  tier_partial: [() => '部分达成', () => 'partly met'],
  tier_notMet: [() => '未达成', () => 'not met'],
  byRule: [(line: S) => `按规则评分：${line}`, (line: S) => `score by rule: ${line}`],
  outOfRange: [(score: S, w: S, counted: S) => `表中得分 ${score} 超出 [0, ${w}]，按 ${counted} 计`, (score: S, w: S, counted: S) => `the sheet's ${score} is outside [0, ${w}]: counted as ${counted}`],
} as const;

/** The sentence `key` in `lang`, to be called with its figures. */
export function explainText<K extends keyof typeof TEXT>(lang: Lang, key: K): (typeof TEXT)[K][0] {
  return TEXT[key][lang === 'en-US' ? 1 : 0] as (typeof TEXT)[K][0];
}

/** Between the sentences of one explanation. */
export const SENTENCE_SEPARATOR: Readonly<Record<Lang, string>> = { 'zh-CN': '；', 'en-US': '; ' };
