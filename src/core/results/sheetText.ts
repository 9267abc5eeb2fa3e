/**
 * The words of the sheets the add-in writes (「绩效自评结果」 and `jixiao summary`'s sheets), apart
 * from the results columns' headers (./columns). Always Chinese: the sheets belong to the
 * workbook, not to the reader's interface language.
 */
import type { Severity } from '../findings';

export const SHEET_TEXT = {
  /** The note under each sheet's title that marks it as the add-in's own (tableSheet's signature). */
  signature: '由「绩效自评助手」生成，重新生成时整表覆盖，请勿在此表中填写内容',
  resultsSheet: '绩效自评结果',
  findingsSheet: '问题清单',
  gradesSheet: '等级统计',
  resultsTitle: (forms: number) => `绩效自评结果（共 ${forms} 个项目）`,
  batchResultsTitle: (files: number, forms: number) => `绩效自评结果汇总（${files} 个文件，${forms} 个项目）`,
  findingsTitle: (n: number) => `问题清单（共 ${n} 条）`,
  issuesTitle: (n: number, errors: number, warnings: number, infos: number) => `问题清单（共 ${n} 条：错误 ${errors} 条，警告 ${warnings} 条，提示 ${infos} 条）`,
  gradesTitle: (files: number, unreadable: number) => `等级统计（${files} 个文件，其中 ${unreadable} 个无法读取）`,
  chartTitle: '各项目总分与执行率',
  totals: '合计',
  noProject: '（未填项目名称）',
  noUnit: '（未填单位）',
  /** The 类型 column: what kind of 绩效自评表 the form is. */
  formKind: { project: '项目支出', department: '部门整体支出' },
  gradeHeader: '评分等级',
  formCount: '项目数',
  ungraded: '未评级',
  // 问题清单's columns
  index: '序号',
  file: '文件',
  sheet: '工作表',
  cell: '单元格',
  code: '代码',
  severity: '级别',
  message: '说明',
  project: '项目',
  figures: '数据',
  /** The 单元格 of a finding about a whole sheet (it links to the sheet's A1). */
  wholeSheet: '（整表）',
  // 等级统计's columns (and the grades themselves)
  unit: '单位',
  overallRate: '总体执行率(%)',
  errors: '错误',
  warnings: '警告',
  // 复核 (issue 14) in 等级统计
  gradesChanged: '复核等级变化',
  meanAbsDifference: '平均|差异|',
} as const;

export const SEVERITY_TEXT: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
