/** 复核 (issue 14): the mode, 创建/刷新复核记录 and its notices, the review view. Each entry: [中文, English]. */
export const REVIEW = {
  reviewMode: ['复核', 'Review'],
  reviewModeSetting: ['复核模式', 'Review mode'],
  reviewModeHint: [
    '财政复核人员使用：在「复核记录」中填写复核得分和复核意见，自评表不会被改动。未设置时，工作簿含「复核记录」即进入复核模式。',
    "For the finance bureau's reviewer: enter review scores and comments in 复核记录; the forms are never changed. When not set, a workbook with a 复核记录 opens in review mode.",
  ],
  reviewTitle: ['复核', 'Review'],
  reviewCreate: ['创建复核记录', 'Create review record'],
  reviewRefresh: ['刷新复核记录', 'Refresh review record'],
  reviewNone: [
    '工作簿中还没有「复核记录」。点击「创建复核记录」：每张自评表的每个得分项一行，复核人只需填写「复核得分」「复核意见」两列（空白表示认可自评得分）。',
    'The workbook has no 复核记录 yet. Click Create review record: one row per scored item of every form; the reviewer fills in only 复核得分 and 复核意见 (blank accepts the self score).',
  ],
  reviewSummary: [
    (forms: number, changed: number, grades: number) => `共 ${forms} 张自评表，已调整 ${changed} 张，等级变化 ${grades} 张`,
    (forms: number, changed: number, grades: number) => `${forms} forms, ${changed} with changed scores, ${grades} with a changed grade`,
  ],
  reviewOnlyChanged: ['只看有调整的', 'Changed only'],
  reviewNoneChanged: ['还没有调整任何得分。', 'No score has been changed yet.'],
  reviewTotals: [
    (self: string, review: string, diff: string) => `自评总分 ${self} · 复核总分 ${review} · 差异 ${diff}`,
    (self: string, review: string, diff: string) => `Self total ${self} · review total ${review} · difference ${diff}`,
  ],
  reviewGrades: ['评分等级', 'Grade'],
  reviewItemsToggle: [(n: number) => `明细（${n} 项）`, (n: number) => `Items (${n})`],
  reviewColIndicator: ['指标', 'Indicator'],
  reviewColWeight: ['分值', 'Weight'],
  reviewColSelf: ['自评得分', 'Self'],
  reviewColReview: ['复核得分', 'Review'],
  reviewColDelta: ['差异', 'Diff.'],
  reviewColComment: ['复核意见', 'Comment'],
  reviewToForm: [(cell: string) => `转到自评表 ${cell}`, (cell: string) => `Go to the form's ${cell}`],
  reviewToRecord: [(cell: string) => `转到复核记录 ${cell}`, (cell: string) => `Go to the record's ${cell}`],
  reviewDraftTitle: ['复核意见草稿', 'Draft review comment'],
  reviewDraftEmpty: ['「复核记录」（总体）行的复核意见为空：刷新复核记录时写入此草稿。', "The record's （总体） comment is empty: refreshing the record writes this draft."],
  reviewDraftSame: ['「复核记录」（总体）行的复核意见即此草稿。', "The record's （总体） comment is this draft."],
  reviewDraftStale: ['「复核记录」（总体）行是助手先前写入、未经修改的草稿：刷新复核记录时更新为此草稿。', "The record's （总体） comment is an earlier draft of the assistant, unedited: refreshing the record replaces it with this one."],
  reviewDraftOwn: ['「复核记录」（总体）行已有复核人填写的复核意见，刷新时保留，不会被覆盖。', "The record's （总体） row has the reviewer's own comment: refreshing keeps it."],
  reviewDraftNoRow: ['此表在「复核记录」中还没有（总体）行：刷新复核记录时写入此草稿。', 'This form has no （总体） row in the record yet: refreshing writes this draft.'],
  reviewFindingsTitle: ['复核问题', 'Review findings'],
  /** n: [复核得分 kept, 复核意见 kept, rows moved to the end, drafts written]. */
  reviewWritten: [
    (sheet: string, rows: number, forms: number, n: readonly number[]) =>
      `已写入「${sheet}」：${rows} 行（${forms} 张自评表），保留复核得分 ${n[0]} 个、复核意见 ${n[1]} 条${n[2] ? `（其中 ${n[2]} 行对应的单元格已不存在，移至表末）` : ''}，写入复核意见草稿 ${n[3]} 条。`,
    (sheet: string, rows: number, forms: number, n: readonly number[]) =>
      `Written to "${sheet}": ${rows} rows (${forms} forms); ${n[0]} review scores and ${n[1]} comments kept${n[2] ? ` (${n[2]} rows moved to the end: their cell is gone)` : ''}; ${n[3]} draft comments written.`,
  ],
  reviewForeign: [
    (sheet: string) => `工作簿中已有名为「${sheet}」的工作表，但不是本助手生成的，未覆盖。请将该表改名后再点「创建复核记录」。`,
    (sheet: string) => `The workbook already has a sheet named "${sheet}" that this add-in did not make; it was left alone. Rename it and click Create review record again.`,
  ],
  reviewDamaged: [
    (sheet: string) => `「${sheet}」的表头行（工作表、单元格……复核意见）已被删除或改动，无法对应各行，未写入。请恢复表头（可撤销），或将该表改名后重新创建。`,
    (sheet: string) => `The header row of "${sheet}" (工作表, 单元格 … 复核意见) was deleted or changed, so its rows cannot be matched; nothing was written. Restore the header (undo), or rename the sheet and create the record again.`,
  ],
} as const;
