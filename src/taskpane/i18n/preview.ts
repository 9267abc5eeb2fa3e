/** The score-by-rule preview dialog. Each entry: [中文, English]. */
export const PREVIEW = {
  previewTitle: ['按规则评分 — 预览', 'Score by rule — preview'],
  previewIntro: [
    '以下定量指标的得分将按规则（实际完成值与年度指标值之比）改写，总分和评分等级随之更新。确认后才会写入。',
    'The scores of these quantitative indicators will be rewritten by rule (actual against target); totals and grades follow. Nothing is written until you confirm.',
  ],
  previewNone: ['所有定量指标的得分已与规则一致，无需改动。', 'Every quantitative indicator already has its rule-based score.'],
  dependent: ['随之更新', 'Follows'],
  colIndicator: ['指标', 'Indicator'],
  confirmWrite: [(n: number) => `确认写入 ${n} 个单元格`, (n: number) => `Write ${n} cells`],
  cancel: ['取消', 'Cancel'],
} as const;
