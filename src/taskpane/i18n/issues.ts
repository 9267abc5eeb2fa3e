/** 导出问题清单 (the toolbar's button and its notices). Each entry: [中文, English]. */
export const ISSUES = {
  exportIssues: ['导出问题清单', 'Export issue list'],
  issuesWritten: [
    (sheet: string, n: number) => `已写入「${sheet}」：${n} 条（整表重新生成）。`,
    (sheet: string, n: number) => `Written to "${sheet}": ${n} findings (regenerated whole).`,
  ],
  issuesPrintSkipped: [
    '此 Excel 版本无法设置打印格式（需要 ExcelApi 1.9），按默认页面设置打印。',
    'This Excel cannot set the page layout (ExcelApi 1.9): the sheet prints with the default page setup.',
  ],
  issuesForeign: [
    (sheet: string) => `工作簿中已有名为「${sheet}」的工作表，但不是本助手生成的，未覆盖。请将该表改名后再点「导出问题清单」。`,
    (sheet: string) => `The workbook already has a sheet named "${sheet}" that this add-in did not make; it was left alone. Rename it and click Export issue list again.`,
  ],
} as const;
