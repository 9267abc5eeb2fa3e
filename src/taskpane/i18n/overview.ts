/** The forms overview and its explanations (the figures' names are the core's results column headers). Each entry: [中文, English]. */
export const OVERVIEW = {
  overviewTitle: ['自评表概览', 'Forms'],
  notChecked: ['尚未检查。点击「检查」或「一键重算」。', 'Not checked yet. Click Check or Recalculate all.'],
  noForms: ['未在工作簿中找到项目支出绩效自评表。', 'No 项目支出绩效自评表 was found in this workbook.'],
  formsCount: [(n: number) => `共 ${n} 张自评表`, (n: number) => `${n} forms`],
  colIssues: ['问题', 'Issues'],
  issueCounts: [(e: number, w: number) => `错误 ${e} · 警告 ${w}`, (e: number, w: number) => `${e} errors · ${w} warnings`],
  showMore: [(n: number) => `再显示 ${n} 项`, (n: number) => `Show ${n} more`],
  explain: [(what: string) => `说明：${what}`, (what: string) => `Explain: ${what}`],
  departmentForm: ['部门整体支出', 'Department-wide'],
  profileHint: [(name: string) => `此工作簿的版式像${name}模板。`, (name: string) => `This workbook is laid out like the ${name} template.`],
  switchProfile: [(name: string) => `改用「${name}」评分规则`, (name: string) => `Use the ${name} profile`],
  noExplanation: ['此数值无法计算，原因见问题列表。', 'This figure cannot be computed; see the findings.'],
} as const;
