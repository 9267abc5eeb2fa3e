/**
 * The words the indicator-quality checks (quality.ts, docs/quality.md) judge by, in one place.
 * Every label is compared as labelKey gives it (NFKC, no spaces or line breaks, no bracketed
 * part such as the (50分) of 产出指标(50分)).
 */
import { labelKey, normalizeText } from '../labels';
import { memoizeString } from '../memo';

/** The 一级指标 tiers of the 自评 framework; 成本 is its own 一级 in later templates (安亭 2024). */
export type Tier = 'output' | 'cost' | 'effect' | 'satisfaction';

/** A 一级指标 label starting with one of these words is of that tier. */
const TIER_WORDS: readonly (readonly [Tier, readonly string[]])[] = [
  ['output', ['产出']],
  ['cost', ['成本']],
  ['effect', ['效益', '效果']],
  ['satisfaction', ['满意度', '服务对象满意度', '社会公众满意度']],
];

/**
 * 二级指标 of 产出 that are the dimensions the issue names (数量/质量/时效), with their
 * synonyms: 数量指标, 产出数量, 质量指标, 产出质量, 时效指标, 产出时效, 进度指标, 及时性指标.
 */
export type Dimension = 'quantity' | 'quality' | 'timeliness';
const DIMENSION_WORDS: readonly (readonly [Dimension, readonly string[]])[] = [
  ['quantity', ['数量']],
  ['quality', ['质量']],
  ['timeliness', ['时效', '进度', '及时']],
];

/**
 * 定性 wording that states a direction, not a level: 有效改善, 明显提升, 进一步…, 较好. Text such
 * as 符合标准, 合格, 规范, 及时 is a yes-or-no target a reviewer can check and is not listed.
 */
const VAGUE_RE = new RegExp(
  [
    '进一步',
    '(有效|明显|显著|大幅|大大|稳步|逐步|持续|不断|有所|较大|较为|明显地)(改善|提升|提高|增强|加强|增加|增长|减少|降低|下降|好转|优化)',
    '较好',
    '良好',
    '好转',
  ].join('|'),
);

// Memoized: a batch repeats the same few labels and targets on every form (npm run bench, core).
export const tierOf = memoizeString((level1: string): Tier | null => {
  const key = labelKey(level1);
  if (!key) return null;
  for (const [tier, words] of TIER_WORDS) if (words.some((w) => key.startsWith(w))) return tier;
  return null;
});

export const dimensionOf = memoizeString((level2: string): Dimension | null => {
  const key = labelKey(level2);
  for (const [dim, words] of DIMENSION_WORDS) if (words.some((w) => key.includes(w))) return dim;
  return null;
});

/** Vague wording without any figure: 有效改善 is flagged, 有效提升至 95% is not. */
export const isVagueTarget = memoizeString((text: string): boolean => {
  const t = normalizeText(text);
  return t !== '' && !/\d/.test(t) && VAGUE_RE.test(t);
});

/** Whether a target holds a figure (Arabic digits after NFKC: ≥90%, ９０％, 95分). */
export const hasNumber = memoizeString((text: string): boolean => /\d/.test(normalizeText(text)));

/** A 满意度 indicator: of the 满意度 tier, or 满意度 in its 二级 or 三级 name. */
const saysSatisfaction = memoizeString((label: string): boolean => labelKey(label).includes('满意度'));

/** A 满意度 indicator: its 一级 tier (tierOf) is 满意度, or its 二级 or 三级 name says so. */
export function isSatisfaction(tier: Tier | null, level2: string, name: string): boolean {
  return tier === 'satisfaction' || saysSatisfaction(level2) || saysSatisfaction(name);
}
