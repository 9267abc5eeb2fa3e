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
  // an indicator's 得分 (./explainIndicatorText): the rule, then what counts, then 按规则评分
  dir_positive: [(c: S) => `正向指标（${c}）`, (c: S) => `positive indicator (${c})`],
  dir_negative: [(c: S) => `反向指标（${c}）`, (c: S) => `reverse indicator (${c})`],
  dir_equal: [() => '等值指标（=，按正向计分）', () => 'equality indicator (=, scored as positive)'],
  full: [(d: S, a: S, t: S, s: S) => `${d}：实际 ${a} 达到指标 ${t} → 满分 ${s}`, (d: S, a: S, t: S, s: S) => `${d}: actual ${a} reaches the target ${t} → full ${s}`],
  zeroTarget: [(d: S, a: S, s: S) => `${d}：指标为 0，实际 ${a} 不为 0 → ${s}`, (d: S, a: S, s: S) => `${d}: the target is 0 and the actual ${a} is not → ${s}`],
  ratio: [
    (d: S, a: S, t: S, r: S, w: S, s: S) => `${d}：完成比例 = ${a} ÷ ${t} = ${r}%，得分 = ${a} ÷ ${t} × ${w} = ${s}`,
    (d: S, a: S, t: S, r: S, w: S, s: S) => `${d}: ratio = ${a} ÷ ${t} = ${r}%, score = ${a} ÷ ${t} × ${w} = ${s}`,
  ],
  reverseFull: [(d: S, a: S, t: S, s: S) => `${d}：实际 ${a} ≤ 指标 ${t} → 满分 ${s}`, (d: S, a: S, t: S, s: S) => `${d}: actual ${a} ≤ target ${t} → full ${s}`],
  reverseNoTarget: [(d: S, t: S, a: S, s: S) => `${d}：指标 ${t}，实际 ${a} 超出 → ${s}`, (d: S, t: S, a: S, s: S) => `${d}: target ${t}, actual ${a} above it → ${s}`],
  reverseRatio: [
    (d: S, t: S, a: S, r: S, w: S, s: S) => `${d}：比例 = ${t} ÷ ${a} = ${r}%，得分 = ${t} ÷ ${a} × ${w} = ${s}`,
    (d: S, t: S, a: S, r: S, w: S, s: S) => `${d}: ratio = ${t} ÷ ${a} = ${r}%, score = ${t} ÷ ${a} × ${w} = ${s}`,
  ],
  reverseLinear: [
    (d: S, a: S, t: S, r: S, w: S, s: S) => `${d}，线性扣分：比例 = ${r}%，得分 = (1 − (${a} − ${t}) ÷ ${t}) × ${w} = ${s}`,
    (d: S, a: S, t: S, r: S, w: S, s: S) => `${d}, linear: ratio = ${r}%, score = (1 − (${a} − ${t}) ÷ ${t}) × ${w} = ${s}`,
  ],
  negativeActual: [(a: S) => `实际完成值 ${a} 为负，按 0 计`, (a: S) => `the actual ${a} is negative and counts as 0`],
  ruleCap: [(raw: S, s: S) => `${raw} 超过分值，取 ${s}`, (raw: S, s: S) => `${raw} is above the weight: ${s}`],
  tier: [
    (actual: S, tier: S, low: S, high: S, close: S) => `定性指标：实际完成值「${actual}」→ ${tier}，得分应在 [${low}, ${high}${close}`,
    (actual: S, tier: S, low: S, high: S, close: S) => `qualitative: the actual 「${actual}」 → ${tier}, the score belongs in [${low}, ${high}${close}`,
  ],
  unclassified: [
    (actual: S) => `定性指标：实际完成值「${actual}」不属于达成、部分达成、未达成任何一档，无区间可查`,
    (actual: S) => `qualitative: the actual 「${actual}」 fits none of met, partly met, not met, so there is no band to check`,
  ],
  actualBlank: [() => '定性指标：实际完成值为空，无法判断档次', () => 'qualitative: the actual is blank, so there is no tier'],
  noWeight: [() => '分值为空：无法按规则计分，也没有上限', () => 'the weight is blank: no rule score and no cap'],
  unreadable: [() => '分值或得分不是可读的数字（见问题列表），此指标不计分', () => 'the weight or the score is not a readable number (see the findings): not scored'],
  sheetScore: [(score: S, w: S) => `表中得分 ${score}（分值 ${w}），原样计入总分`, (score: S, w: S) => `the sheet's ${score} (weight ${w}) counts as it is`],
  sheetScoreNoWeight: [(score: S) => `表中得分 ${score} 原样计入总分`, (score: S) => `the sheet's ${score} counts as it is`],
  scoreBlank: [() => '表中得分为空，按 0.00 计入总分', () => 'the score is blank and counts as 0.00'],
  capOver: [(score: S, w: S, to: S) => `表中得分 ${score} 超过分值 ${w}，按 ${to} 计入总分`, (score: S, w: S, to: S) => `the sheet's ${score} is above the weight ${w}: counted as ${to}`],
  capNegative: [(score: S, to: S) => `表中得分 ${score} 为负，按 ${to} 计入总分`, (score: S, to: S) => `the sheet's ${score} is negative: counted as ${to}`],
  capWritten: [(to: S) => `一键重算写入 ${to}`, (to: S) => `Recalculate all writes ${to}`],
  capFormula: [() => '单元格含公式，一键重算不改写', () => 'the cell holds a formula: Recalculate all leaves it'],
  countedByRule: [(s: S) => `按规则评分计入 ${s}`, (s: S) => `scored by rule: counted as ${s}`],
  outOfBand: [(score: S) => `得分 ${score} 不在此区间内`, (score: S) => `${score} is outside this band`],
  fullNotMet: [() => '未达到指标却得满分', () => 'full score although the target is not met'],
  byRuleWrite: [(v: S, before: S) => `按规则评分将写入 ${v}（现为 ${before}）`, (v: S, before: S) => `Score by rule writes ${v} (now ${before})`],
  byRuleWriteBlank: [(v: S) => `按规则评分将写入 ${v}（现为空）`, (v: S) => `Score by rule writes ${v} (now blank)`],
  byRuleSame: [(v: S) => `按规则评分不改写：表中已是规则得分 ${v}`, (v: S) => `Score by rule writes nothing: the sheet already holds the rule score ${v}`],
  byRuleQualitative: [() => '按规则评分不改写：定性指标按档次由人打分，规则不计算', () => 'Score by rule writes nothing: a qualitative score is given by hand within its tier'],
  byRuleNoWeight: [() => '按规则评分不改写：分值为空', () => 'Score by rule writes nothing: the weight is blank'],
  byRuleUnreadable: [() => '按规则评分不改写：分值或得分无法读取', () => 'Score by rule writes nothing: the weight or the score cannot be read'],
  byRuleFormula: [(v: S) => `按规则评分不改写：得分单元格含公式（规则得分 ${v}）`, (v: S) => `Score by rule writes nothing: the score cell holds a formula (rule score ${v})`],
  byRuleNoScoreCell: [(v: S) => `按规则评分不改写：此行没有得分单元格（规则得分 ${v}）`, (v: S) => `Score by rule writes nothing: the row has no score cell (rule score ${v})`],
  tier_met: [() => '达成', () => 'met'],
  tier_partial: [() => '部分达成', () => 'partly met'],
  tier_notMet: [() => '未达成', () => 'not met'],
  // the short words of the pane's indicator list (sheet values such as 达成指标 stay as written)
  kind_quantitative: [() => '定量', () => 'quantitative'],
  kind_qualitative: [() => '定性', () => 'qualitative'],
  direction_positive: [() => '正向', () => 'positive'],
  direction_negative: [() => '反向', () => 'reverse'],
  direction_equal: [() => '等值', () => 'equality'],
} as const;

/** The sentence `key` in `lang`, to be called with its figures. */
export function explainText<K extends keyof typeof TEXT>(lang: Lang, key: K): (typeof TEXT)[K][0] {
  return TEXT[key][lang === 'en-US' ? 1 : 0] as (typeof TEXT)[K][0];
}

/** Between the sentences of one explanation. */
export const SENTENCE_SEPARATOR: Readonly<Record<Lang, string>> = { 'zh-CN': '；', 'en-US': '; ' };
