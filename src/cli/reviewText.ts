/** The text of `jixiao review` and of the review in check and summary (issue 14): key → [zh-CN, en-US]. */
import type { T } from './textTable';

export const REVIEW_CLI_TEXT = {
  reviewOneFile: [() => 'review 只接受一个输入文件', () => 'review takes exactly one input file'],
  reviewSheetForeign: [
    (p) => `${p.file} 中已有名为「${p.sheet}」的工作表，但不是本助手生成的；未生成副本。请将该表改名后重试。`,
    (p) => `${p.file} already has a sheet named "${p.sheet}" that this tool did not make; nothing was written. Rename it and try again.`,
  ],
  reviewRecordDamaged: [
    (p) => `${p.file} 的「${p.sheet}」已找不到表头行（工作表、单元格、项目名称、指标、分值、自评得分、复核得分、复核意见），无法与自评表对应；未生成副本。请恢复表头行，或将该表改名后重新生成。`,
    (p) => `the sheet "${p.sheet}" of ${p.file} has lost its header row (工作表, 单元格, 项目名称, 指标, 分值, 自评得分, 复核得分, 复核意见), so its rows cannot be matched to the forms; nothing was written. Restore the header row, or rename the sheet and run review again.`,
  ],
  reviewWritten: [
    (p) => `已写入 ${p.output}：工作表「${p.sheet}」（${p.created === 1 ? '新建' : '刷新'}），${p.rows} 行`,
    (p) => `Wrote ${p.output}: the sheet "${p.sheet}" (${p.created === 1 ? 'created' : 'refreshed'}), ${p.rows} row(s)`,
  ],
  reviewKept: [
    (p) => `保留已填复核得分 ${p.scores} 个、复核意见 ${p.comments} 条；写入复核意见草稿 ${p.drafts} 条；保留已无对应得分项的行 ${p.orphans} 行`,
    (p) => `Kept ${p.scores} review score(s) and ${p.comments} comment(s) as entered; wrote ${p.drafts} draft comment(s); kept ${p.orphans} row(s) that no longer match a scored item`,
  ],
  reviewRemaining: [
    (p) => `副本中：错误 ${p.error} 条，警告 ${p.warning} 条，提示 ${p.info} 条`,
    (p) => `In the copy: ${p.error} error(s), ${p.warning} warning(s), ${p.info} info`,
  ],
  reviewNoForms: [() => '未找到项目支出绩效自评表；「复核记录」只有表头', () => 'no self-evaluation form found; the review record has its header only'],
  // the per-form table of `jixiao review`
  reviewColSheet: [() => '工作表', () => 'Sheet'],
  reviewColProject: [() => '项目', () => 'Project'],
  reviewColSelf: [() => '自评总分', () => 'Self total'],
  reviewColReview: [() => '复核总分', () => 'Review total'],
  reviewColDifference: [() => '差异', () => 'Difference'],
  reviewColGrade: [() => '等级（自评 → 复核）', () => 'Grade (self → review)'],
  reviewColChanged: [() => '调整项', () => 'Changed'],
  // summary
  summaryReview: [
    (p) => `复核：${p.forms} 个项目有复核记录，复核等级变化 ${p.changed} 个，平均|差异| ${p.mean}`,
    (p) => `Review: ${p.forms} project(s) reviewed, ${p.changed} grade(s) changed, mean |difference| ${p.mean}`,
  ],
} satisfies Record<string, [T, T]>;
