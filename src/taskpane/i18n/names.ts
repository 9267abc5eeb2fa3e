/** Names of output cells (WritePlan kinds), of skip reasons, of actions, of profiles. */
export const NAMED = {
  kind: { rate: ['执行率', 'rate'], budgetScore: ['预算执行得分', 'budget score'], indicatorScore: ['指标得分', 'indicator score'], totalScore: ['总分', 'total'], grade: ['评分等级', 'grade'] },
  skip: { formula: ['含公式', 'formula'], protected: ['工作表受保护', 'protected sheet'], sheetMissing: ['工作表已不存在', 'sheet missing'], changedMeanwhile: ['期间已被修改', 'changed meanwhile'], sheetRefused: ['同表其他单元格被拒，整表未写入', 'another cell of the sheet was refused; the sheet was not written'] },
  severity: { error: ['错误', 'Errors'], warning: ['警告', 'Warnings'], info: ['提示', 'Notes'] },
  action: {
    start: ['打开任务窗格', 'Opening the pane'], check: ['检查', 'Check'], recalcAll: ['一键重算', 'Recalculate all'], scoreByRule: ['按规则评分', 'Score by rule'],
    undo: ['撤销上次重算', 'Undo'], select: ['转到单元格', 'Go to cell'], recheck: ['输入时检查', 'Check while typing'], markers: ['更新标记', 'Markers'],
    clearMarkers: ['清除标记', 'Clear markers'], redetect: ['重新识别', 'Detect again'], bindSelection: ['绑定所选区域', 'Bind selection'], settings: ['保存设置', 'Saving settings'],
    bindings: ['更新绑定', 'Updating bindings'],
    generateResults: ['生成汇总', 'Summary'],
    exportIssues: ['导出问题清单', 'Export issue list'],
    reviewRecord: ['创建/刷新复核记录', 'Review record'],
  },
  profileName: { standard: ['标准（财政部）', 'Standard (Ministry of Finance)'], linear: ['反向指标线性扣分', 'Linear reverse indicators'], sichuan: ['四川', 'Sichuan'], guangxi: ['广西', 'Guangxi'] },
  reverse: { ratio: ['指标值 ÷ 实际值 × 分值', 'target ÷ actual × weight'], linear: ['线性扣分，超出一倍得 0 分', 'linear, 0 at twice the target'] },
  rounding: { 'two-step': ['先将执行率取两位小数，再算得分', 'round the rate first (two-step)'], 'single-step': ['用未舍入的执行率算得分', 'from the unrounded rate (single-step)'] },
  // the grades as the English UI shows them; the sheets keep 优/良/中/差
  grade: { 优: ['优', 'Excellent'], 良: ['良', 'Good'], 中: ['中', 'Fair'], 差: ['差', 'Poor'] },
  lang: { 'zh-CN': ['中文', '中文'], 'en-US': ['English', 'English'] },
} as const;
