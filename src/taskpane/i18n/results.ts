/** The results panel (生成汇总); its table's headers are the core's results columns. Each entry: [中文, English]. */
export const RESULTS = {
  generateResults: ['生成汇总', 'Summary'],
  resultsTitle: ['绩效自评结果', 'Results'],
  resultsTab: ['汇总', 'Summary'],
  resultsWritten: [
    (sheet: string) => `已写入工作表「${sheet}」（整表重新生成）。`,
    (sheet: string) => `Written to the sheet "${sheet}" (regenerated whole).`,
  ],
  resultsChartSkipped: ['此 Excel 版本无法添加图表，已只写入表格。', 'This Excel cannot add charts: only the table was written.'],
  resultsForeign: [
    (sheet: string) => `工作簿中已有名为「${sheet}」的工作表，但不是本助手生成的，未覆盖。请将该表改名后再点「生成汇总」。`,
    (sheet: string) => `The workbook already has a sheet named "${sheet}" that this add-in did not make; it was left alone. Rename it and click Summary again.`,
  ],
  resultsNoForms: ['没有可汇总的自评表。', 'There are no forms to summarise.'],
  resultsTotals: [
    (annual: string, executed: string, rate: string) => `合计：全年预算数 ${annual}，全年执行数 ${executed}，总体执行率 ${rate}%`,
    (annual: string, executed: string, rate: string) => `Total: budget ${annual}, executed ${executed}, overall rate ${rate} %`,
  ],
  gradeCounts: ['评分等级分布', 'Grades'],
  ungraded: ['未评级', 'No grade'],
  chartTitle: ['各项目总分与执行率', 'Total score and execution rate per project'],
  /** A bar group's tooltip: the form's full project name and its sheet. */
  chartTooltip: [(project: string, sheet: string) => `${project}（工作表「${sheet}」）`, (project: string, sheet: string) => `${project} (sheet "${sheet}")`],
  sortBy: [(col: string) => `按「${col}」排序`, (col: string) => `Sort by ${col}`],
} as const;
