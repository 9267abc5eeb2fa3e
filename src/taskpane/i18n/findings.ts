/** The findings list. Each entry: [中文, English]. */
export const FINDINGS = {
  findingsTitle: ['问题', 'Findings'],
  noFindings: ['没有问题。', 'No findings.'],
  noFindingsShown: ['所选类别下没有问题。', 'No findings of the selected kinds.'],
  sheetFindings: [(sheet: string) => `工作表「${sheet}」`, (sheet: string) => `Sheet "${sheet}"`],
  goTo: [(cell: string) => `转到 ${cell}`, (cell: string) => `Go to ${cell}`],
  groupBy: ['分组方式', 'Group by'],
  groupByForm: ['按自评表', 'By form'],
  groupByCode: ['按问题类型', 'By kind'],
  codeGroup: [(title: string, n: number) => `${title} · ${n} 处`, (title: string, n: number) => `${title} · ${n}`],
  severityCount: [(label: string, n: number) => `${label} ${n}`, (label: string, n: number) => `${label} ${n}`],
} as const;
