/** The indicator list of a form (IndicatorScores) and its toggle in the overview. Each entry: [中文, English]. */
export const INDICATORS = {
  indicatorsToggle: [(n: number) => `指标（${n}）`, (n: number) => `Indicators (${n})`],
  indicatorsTitle: [(project: string) => `${project} 的指标得分`, (project: string) => `Indicator scores of ${project}`],
  noIndicators: ['此表没有绩效指标行。', 'This form has no indicator rows.'],
  scoreOfWeight: [(score: string, weight: string) => `${score} / ${weight}`, (score: string, weight: string) => `${score} / ${weight}`],
  countedAs: [(counted: string) => `计 ${counted}`, (counted: string) => `counts ${counted}`],
} as const;
