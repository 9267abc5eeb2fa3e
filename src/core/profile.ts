/**
 * Scoring profiles (SPEC §5). Plain data (strings for figures) so that a profile can be stored
 * in a workbook and sent between the task pane and its host unchanged.
 */
export interface GradeBand {
  /** Lowest 总分 of the band, inclusive. */
  min: string;
  grade: string;
}

export interface Profile {
  name: string;
  /** Reverse (≤) indicators: target ÷ actual × 分值, or linear down to 0 at twice the target. */
  reverseFormula: 'ratio' | 'linear';
  /** two-step: the budget score uses the rounded 执行率; single-step: the exact ratio. */
  rateRounding: 'two-step' | 'single-step';
  /** 执行率 below this needs a reason where the form has a reason cell (四川: 90). */
  lowExecutionReasonBelow: string | null;
  /** An actual at or above this multiple of the target needs a reason (广西: 1.3). */
  overAchievementRatio: string | null;
  /** Highest band first. */
  gradeBands: GradeBand[];
  /** 复核 (issue 14): |复核总分 − 自评总分| from which on REVIEW_TOTAL_DIFFERS is reported. */
  reviewTotalDiffers: string;
  /** The indicator-quality checks (issue 14, docs/quality.md), each switchable. */
  quality: QualityChecks;
}

/** 一级指标 weights (points of 100) by tier; 成本指标 counts as 产出 (docs/quality.md). */
export interface WeightMix {
  output: string;
  effect: string;
  satisfaction: string;
  budget: string;
}

export interface QualityChecks {
  /** OUTPUT_DIMENSION_MISSING: 产出指标 without a 数量/质量/时效 二级指标. */
  outputDimensions: boolean;
  /** TARGET_UNMEASURABLE: vague 定性 wording as the target of a 数量/质量 indicator. */
  unmeasurableTarget: boolean;
  /** SATISFACTION_WITHOUT_NUMBER: a 满意度 target without a figure. */
  satisfactionNumber: boolean;
  /** WEIGHT_MIX_UNUSUAL: a tier off the standard by more than `tolerance` points; null turns it off. */
  weightMix: { standard: WeightMix; tolerance: string } | null;
  /** ACTUAL_EQUALS_TARGET: a 实际完成值 that repeats a quantitative target's comparator and figure. */
  actualEqualsTarget: boolean;
}

/** 财预〔2020〕10号: 预算执行率 10, 产出 50, 效益 30, 服务对象满意度 10 "原则上". */
export const STANDARD_WEIGHT_MIX: WeightMix = { output: '50', effect: '30', satisfaction: '10', budget: '10' };

/** On in every profile: none of the checks gives an error, and all are silent on a well-made form. */
export const DEFAULT_QUALITY: QualityChecks = {
  outputDimensions: true,
  unmeasurableTarget: true,
  satisfactionNumber: true,
  weightMix: { standard: STANDARD_WEIGHT_MIX, tolerance: '10' },
  actualEqualsTarget: true,
};

export const STANDARD_GRADE_BANDS: GradeBand[] = [
  { min: '90', grade: '优' },
  { min: '80', grade: '良' },
  { min: '60', grade: '中' },
  { min: '-Infinity', grade: '差' },
];

const standard: Profile = {
  name: 'standard',
  reverseFormula: 'ratio',
  rateRounding: 'two-step',
  lowExecutionReasonBelow: null,
  overAchievementRatio: null,
  gradeBands: STANDARD_GRADE_BANDS,
  reviewTotalDiffers: '5.00',
  quality: DEFAULT_QUALITY,
};

export const PROFILES: Readonly<Record<string, Profile>> = {
  standard,
  linear: { ...standard, name: 'linear', reverseFormula: 'linear' },
  sichuan: { ...standard, name: 'sichuan', lowExecutionReasonBelow: '90' },
  guangxi: { ...standard, name: 'guangxi', overAchievementRatio: '1.3' },
};

export const PROFILE_NAMES = Object.keys(PROFILES);

/** A named profile with optional overrides; undefined for an unknown name. */
export function resolveProfile(name = 'standard', overrides: Partial<Profile> = {}): Profile | undefined {
  const base = PROFILES[name];
  return base ? { ...base, ...overrides } : undefined;
}

/**
 * The profile the forms' layouts suggest, when it is another than `inUse` and a known one: the
 * first such suggestion in form order; null when there is none.
 */
export function otherSuggestedProfile(suggestions: readonly (string | null)[], inUse: string): string | null {
  // 'standard' is what a layout with nothing particular suggests: no reason to leave another profile
  return suggestions.find((s): s is string => s !== null && s !== 'standard' && s !== inUse && Object.prototype.hasOwnProperty.call(PROFILES, s)) ?? null;
}
