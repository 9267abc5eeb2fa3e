/**
 * What a finding code is about, in a few words: the title of a group of findings with that code
 * (「数字已从文本读取 · 64」 in the pane, a heading in a list). The finding's own message (messages.ts)
 * says what is wrong with one cell; this names the kind. [中文, English] side by side.
 */
import type { FindingCode } from './findings';
import type { Lang } from './messages';

export const CODE_TITLES: Record<FindingCode, readonly [string, string]> = {
  ZERO_BUDGET_EXECUTED: ['预算数为 0 却有执行数', 'executed without a budget'],
  NEGATIVE_AMOUNT: ['金额为负数', 'negative amounts'],
  OVER_EXECUTION: ['执行数超过预算数', 'executed over budget'],
  FUNDS_SUM: ['资金来源合计不符', 'fund sources do not add up'],
  UNIT_SUSPECT: ['金额单位可疑', 'suspect money units'],
  VALUE_RECOVERED: ['数字已从文本读取', 'numbers read from text'],
  VALUE_NOT_NUMBER: ['不是数字', 'not numbers'],
  CELL_ERROR: ['单元格为错误值', 'error values in cells'],
  UNIT_MISMATCH: ['指标值单位不一致', 'units differ'],
  SCORE_OVER_WEIGHT: ['得分超过分值', 'scores over their weight'],
  SCORE_NEGATIVE: ['得分为负数', 'negative scores'],
  SCORE_OUT_OF_BAND: ['得分不在档位区间内', 'scores outside their tier band'],
  QUALITATIVE_UNCLASSIFIED: ['定性指标未能判定档位', 'qualitative indicators not classified'],
  DEVIATION_MISSING: ['未填偏差原因', 'deviation explanations missing'],
  FULL_SCORE_NOT_MET: ['未达成却得满分', 'full scores for targets not met'],
  WEIGHT_MISSING: ['缺少分值', 'weights missing'],
  SCORE_MISSING: ['缺少得分', 'scores missing'],
  WEIGHTS_SUM: ['分值合计不为 100', 'weights not adding up to 100'],
  ROUNDING_DIFF: ['舍入差异', 'rounding differences'],
  STALE_VALUE: ['计算结果未更新', 'figures not up to date'],
  GRADE_MISMATCH: ['评分等级与总分不符', 'grades not matching the total'],
  FORMULA_RESULT_DIFFERS: ['公式结果与规则不符', 'formula results differing from the rules'],
  FORM_INCOMPLETE: ['自评表不完整', 'incomplete forms'],
  COLUMN_MISSING: ['缺少列', 'columns missing'],
  SHEET_PROTECTED: ['工作表受保护', 'protected sheets'],
  BINDING_MISMATCH: ['绑定区域已不匹配', 'bindings no longer matching'],
  FILE_UNREADABLE: ['文件无法读取', 'files not readable'],
  FILE_TOO_LARGE: ['文件过大', 'files too large'],
  SHEET_CUT: ['工作表只读了一部分', 'sheets read in part'],
  SHEET_NOT_READ: ['大表未逐格读取', 'large sheets not read cell by cell'],
  SUMMARY_MISMATCH: ['汇总表与自评表不符', 'summary figures differing from the forms'],
  SUMMARY_ROW_WITHOUT_FORM: ['汇总表中的项目没有自评表', 'summary rows without a form'],
  FORM_MISSING_FROM_SUMMARY: ['自评表未列入汇总表', 'forms missing from the summary'],
};

export function codeTitle(code: FindingCode, lang: Lang): string {
  return CODE_TITLES[code][lang === 'zh-CN' ? 0 : 1];
}
