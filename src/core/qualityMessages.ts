/**
 * Messages of the indicator-quality findings (issue 14, docs/quality.md). A part of messages.ts's
 * table, zh-CN and en-US side by side.
 */
import type { ParamValue } from './findings';

type Params = Record<string, ParamValue>;
type Template = (p: Params) => string;
type QualityCode = 'OUTPUT_DIMENSION_MISSING' | 'TARGET_UNMEASURABLE' | 'SATISFACTION_WITHOUT_NUMBER' | 'WEIGHT_MIX_UNUSUAL' | 'ACTUAL_EQUALS_TARGET';

const s = (v: ParamValue | undefined): string => (v === null || v === undefined ? '' : String(v));

const DIMENSIONS: Record<string, [string, string]> = { quantity: ['数量', 'quantity'], quality: ['质量', 'quality'] };
const TIERS: Record<string, [string, string]> = {
  output: ['产出', 'outputs'],
  effect: ['效益', 'effects'],
  satisfaction: ['满意度', 'satisfaction'],
  budget: ['预算执行率', 'budget execution'],
};
const tiers = (p: Params, lang: 0 | 1): string =>
  s(p.off).split(',').filter(Boolean).map((t) => TIERS[t]?.[lang] ?? t).join(lang === 0 ? '、' : ', ');

export const QUALITY_MESSAGES: Record<QualityCode, [Template, Template]> = {
  OUTPUT_DIMENSION_MISSING: [
    (p) =>
      Number(p.output) > 0
        ? `产出指标下没有数量、质量或时效指标（现有二级指标：${s(p.level2)}），产出未能量化体现`
        : '指标表中没有产出指标，缺少数量、质量、时效指标',
    (p) =>
      Number(p.output) > 0
        ? `the output indicators have no quantity, quality or timeliness indicator (their second-level indicators: ${s(p.level2)})`
        : 'the indicator table has no output indicators, so no quantity, quality or timeliness indicator',
  ],
  TARGET_UNMEASURABLE: [
    (p) => `「${s(p.name)}」是${DIMENSIONS[s(p.dimension)]?.[0] ?? ''}指标，年度指标值「${s(p.target)}」是定性表述，无法衡量是否达成；宜写成数值或可核验的标准`,
    (p) => `"${s(p.name)}" is a ${DIMENSIONS[s(p.dimension)]?.[1] ?? ''} indicator, but its target "${s(p.target)}" is vague wording that cannot be measured; give a figure or a standard that can be checked`,
  ],
  SATISFACTION_WITHOUT_NUMBER: [
    (p) => `满意度指标「${s(p.name)}」的年度指标值「${s(p.target)}」没有数值（如 ≥90%）`,
    (p) => `the satisfaction indicator "${s(p.name)}" has a target without a figure ("${s(p.target)}"; e.g. ≥90%)`,
  ],
  WEIGHT_MIX_UNUSUAL: [
    (p) =>
      `一级指标权重为 产出 ${s(p.output)} / 效益 ${s(p.effect)} / 满意度 ${s(p.satisfaction)} / 预算执行率 ${s(p.budget)}，` +
      `与常规的 ${s(p.standardOutput)} / ${s(p.standardEffect)} / ${s(p.standardSatisfaction)} / ${s(p.standardBudget)} 相比，${tiers(p, 0)}相差超过 ${s(p.tolerance)} 分；如属特殊情况可不理会`,
    (p) =>
      `the tier weights are outputs ${s(p.output)} / effects ${s(p.effect)} / satisfaction ${s(p.satisfaction)} / budget execution ${s(p.budget)}; ` +
      `against the usual ${s(p.standardOutput)} / ${s(p.standardEffect)} / ${s(p.standardSatisfaction)} / ${s(p.standardBudget)}, ${tiers(p, 1)} differ by more than ${s(p.tolerance)} points. Ignore this where the project justifies it`,
  ],
  ACTUAL_EQUALS_TARGET: [
    (p) => `「${s(p.name)}」实际完成值「${s(p.actual)}」与年度指标值完全相同（含比较符），像是照抄了指标值；请填写实际达到的数值`,
    (p) => `"${s(p.name)}": the actual "${s(p.actual)}" is the target's very text, comparator included, as if copied; enter the value actually reached`,
  ],
};
