/** What a recalculation, score by rule or undo did, and its changes. Each entry: [中文, English]. */
export const RUN_RESULT = {
  resultRecalc: ['重算结果', 'Recalculation'],
  resultScoreByRule: ['按规则评分结果', 'Score by rule'],
  resultUndo: ['撤销结果', 'Undo'],
  written: [(n: number) => `已写入 ${n} 个单元格。`, (n: number) => `${n} cells written.`],
  nothingWritten: ['所有计算结果已是最新，未改动任何单元格。', 'Everything is up to date; no cell was changed.'],
  undone: [(n: number) => `已撤销：${n} 个单元格恢复为重算前的值。`, (n: number) => `Undone: ${n} cells restored to their earlier values.`],
  skippedSheets: [
    (sheets: string) => `以下工作表受保护，未写入：${sheets}。请在「审阅」选项卡撤销工作表保护后重试。`,
    (sheets: string) => `These sheets are protected and were not written: ${sheets}. Unprotect them (Review tab) and try again.`,
  ],
  skippedCells: [(n: number, why: string) => `${n} 个单元格未写入（${why}）。`, (n: number, why: string) => `${n} cells were not written (${why}).`],
  remaining: [
    (e: number, w: number, i: number) => `重算后仍有：错误 ${e} 条，警告 ${w} 条，提示 ${i} 条。`,
    (e: number, w: number, i: number) => `Still to fix: ${e} errors, ${w} warnings, ${i} notes.`,
  ],
  remainingAfterScores: [
    (e: number, w: number, i: number) => `评分后仍有：错误 ${e} 条，警告 ${w} 条，提示 ${i} 条。`,
    (e: number, w: number, i: number) => `Still to fix after scoring: ${e} errors, ${w} warnings, ${i} notes.`,
  ],
  remainingAfterUndo: [
    (e: number, w: number, i: number) => `撤销后：错误 ${e} 条，警告 ${w} 条，提示 ${i} 条。`,
    (e: number, w: number, i: number) => `After the undo: ${e} errors, ${w} warnings, ${i} notes.`,
  ],
  markersKept: [(n: number) => `${n} 个单元格已有您自己的数据验证，保持不变。`, (n: number) => `${n} cells keep your own data validation.`],
  markersFailed: ['标记（数据验证、条件格式）未能更新：', 'Markers (data validation, conditional formats) were not updated: '],
  changesTitle: ['改动', 'Changes'],
  changesCount: [(n: number) => `改动（${n} 处）`, (n: number) => `Changes (${n})`],
  colCell: ['单元格', 'Cell'],
  colChange: ['原值 → 新值', 'Old → new'],
  colKind: ['类型', 'Kind'],
  empty: ['（空）', '(empty)'],
} as const;
