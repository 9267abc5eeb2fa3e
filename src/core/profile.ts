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
}

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
