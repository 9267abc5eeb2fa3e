/**
 * What a finding code is about, in a few words: the title of a group of findings with that code
 * (「数字已从文本读取 · 64」 in the pane, a heading in a list). The finding's own message (messages.ts)
 * says what is wrong with one cell; this names the kind. [中文, English] side by side.
 */
import type { FindingCode } from './findings';
import type { Lang } from './messages';
import { REVIEW_TITLES } from './review/reviewMessages';

export const CODE_TITLES: Record<FindingCode, readonly [string, string]> = {
  ZERO_BUDGET_EXECUTED: ['预算数为 0 却有执行数', 'Executed without a budget'],
  NEGATIVE_AMOUNT: ['金额为负数', 'Negative amounts'],
  OVER_EXECUTION: ['执行数超过预算数', 'Executed over budget'],
  FUNDS_SUM: ['资金来源合计不符', 'Fund sources do not add up'],
  UNIT_SUSPECT: ['金额单位可疑', 'Suspect money units'],
  VALUE_RECOVERED: ['数字已从文本读取', 'Numbers read from text'],
  VALUE_NOT_NUMBER: ['不是数字', 'Not numbers'],
  CELL_ERROR: ['单元格为错误值', 'Error values in cells'],
  UNIT_MISMATCH: ['指标值单位不一致', 'Units differ'],
  SCORE_OVER_WEIGHT: ['得分超过分值', 'Scores over their weight'],
  SCORE_NEGATIVE: ['得分为负数', 'Negative scores'],
  SCORE_OUT_OF_BAND: ['得分不在档位区间内', 'Scores outside their tier band'],
  QUALITATIVE_UNCLASSIFIED: ['定性指标未能判定档位', 'Qualitative indicators not classified'],
  DEVIATION_MISSING: ['未填偏差原因', 'Deviation explanations missing'],
  FULL_SCORE_NOT_MET: ['未达成却得满分', 'Full scores for targets not met'],
  WEIGHT_MISSING: ['缺少分值', 'Weights missing'],
  SCORE_MISSING: ['缺少得分', 'Scores missing'],
  WEIGHTS_SUM: ['分值合计不为 100', 'Weights not adding up to 100'],
  ROUNDING_DIFF: ['舍入差异', 'Rounding differences'],
  STALE_VALUE: ['计算结果未更新', 'Figures not up to date'],
  GRADE_MISMATCH: ['评分等级与总分不符', 'Grades not matching the total'],
  FORMULA_RESULT_DIFFERS: ['公式结果与规则不符', 'Formula results differing from the rules'],
  FORM_INCOMPLETE: ['自评表不完整', 'Incomplete forms'],
  KIND_CONTRADICTS: ['指标性质与指标值不符', 'Stated kind contradicts the target'],
  DIRECTION_CONTRADICTS: ['指标方向与比较符不符', 'Stated direction contradicts the target'],
  COLUMN_MISSING: ['缺少列', 'Columns missing'],
  OUTPUT_DIMENSION_MISSING: ['产出指标缺少数量/质量/时效', 'Outputs without quantity, quality or timeliness'],
  TARGET_UNMEASURABLE: ['指标值无法衡量', 'Targets that cannot be measured'],
  SATISFACTION_WITHOUT_NUMBER: ['满意度指标没有数值', 'Satisfaction targets without a figure'],
  WEIGHT_MIX_UNUSUAL: ['一级指标权重偏离常规', 'Unusual tier weights'],
  ACTUAL_EQUALS_TARGET: ['实际完成值照抄指标值', 'Actuals copied from the target'],
  SHEET_PROTECTED: ['工作表受保护', 'Protected sheets'],
  BINDING_MISMATCH: ['绑定区域已不匹配', 'Bindings no longer matching'],
  FILE_UNREADABLE: ['文件无法读取', 'Files not readable'],
  FILE_TOO_LARGE: ['文件过大', 'Files too large'],
  SHEET_CUT: ['工作表只读了一部分', 'Sheets read in part'],
  SHEET_NOT_READ: ['大表未逐格读取', 'Large sheets not read cell by cell'],
  SUMMARY_MISMATCH: ['汇总表与自评表不符', 'Summary figures differing from the forms'],
  SUMMARY_ROW_WITHOUT_FORM: ['汇总表中的项目没有自评表', 'Summary rows without a form'],
  FORM_MISSING_FROM_SUMMARY: ['自评表未列入汇总表', 'Forms missing from the summary'],
  ...REVIEW_TITLES,
};

export function codeTitle(code: FindingCode, lang: Lang): string {
  return CODE_TITLES[code][lang === 'zh-CN' ? 0 : 1];
}
