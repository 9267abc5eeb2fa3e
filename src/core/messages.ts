import { parseA1 } from './a1';
import { Finding, FindingCode, ParamValue } from './findings';
import { FIELD_NAMES, FUND_NAMES, TIER_NAMES } from './messageNames';
import { QUALITY_MESSAGES } from './qualityMessages';
import { READING_MESSAGES } from './readingMessages';
import { REVIEW_MESSAGES } from './review/reviewMessages';

export type Lang = 'zh-CN' | 'en-US';
export const LANGS: readonly Lang[] = ['zh-CN', 'en-US'];

type Params = Record<string, ParamValue>;
type Template = (p: Params, lang: Lang) => string;

export function fieldName(field: string, lang: Lang): string {
  const bare = field.replace(/^indicator\./, '');
  const names = FIELD_NAMES[bare];
  const name = names ? names[lang === 'zh-CN' ? 0 : 1] : bare;
  return field.startsWith('indicator.') ? (lang === 'zh-CN' ? `指标表「${name}」列` : `indicator column "${name}"`) : name;
}

const s = (v: ParamValue | undefined): string => (v === null || v === undefined ? '' : String(v));
const f = (p: Params, lang: Lang, key = 'field'): string => fieldName(s(p[key]), lang);
const fund = (p: Params, lang: Lang): string => FUND_NAMES[s(p.fund)]?.[lang === 'zh-CN' ? 0 : 1] ?? s(p.fund);
const list = (v: ParamValue | undefined, lang: Lang): string =>
  s(v).split(',').filter(Boolean).map((x) => fieldName(x, lang)).join(lang === 'zh-CN' ? '、' : ', ');

/** One table: code → [zh-CN, en-US]. Messages never carry the row; it is prefixed from the cell. */
const MESSAGES: Record<FindingCode, [Template, Template]> = {
  ZERO_BUDGET_EXECUTED: [
    (p) => `${s(p.fund)} 全年预算数为 0，却有执行数 ${s(p.executed)}，无法计算执行率`,
    (p) => `${s(p.fund)}: budget is 0 but ${s(p.executed)} was executed; no execution rate can be computed`,
  ],
  NEGATIVE_AMOUNT: [(p, l) => `${f(p, l)} 为负数 ${s(p.value)}，未参与计算`, (p, l) => `${f(p, l)} is negative (${s(p.value)}) and was not used`],
  OVER_EXECUTION: [
    (p) => `${s(p.fund)} 全年执行数 ${s(p.executed)} 超过全年预算数 ${s(p.annual)}，得分按分值封顶`,
    (p) => `${s(p.fund)}: executed ${s(p.executed)} exceeds the annual budget ${s(p.annual)}; the score is capped at its weight`,
  ],
  FUNDS_SUM: [
    (p, l) => `${f(p, l, 'column')}：${p.parts ? s(p.parts).split(',').join(' + ') : '当年财政拨款 + 上年结转资金 + 其他资金'} = ${s(p.sum)}，与${p.of ? s(p.of) : '年度资金总额'} ${s(p.total)} 不符`,
    (p, l) => `${f(p, l, 'column')}: ${p.parts ? s(p.parts).split(',').join(' + ') : 'current + carried-over + other funds'} = ${s(p.sum)}, but ${p.of ? s(p.of) : 'the total'} says ${s(p.total)}`,
  ],
  UNIT_SUSPECT: [
    (p, l) => (p.unit === '元' ? `${f(p, l)} ${s(p.value)} 以元计过小（或有三位以上小数），是否按万元填写？` : `${f(p, l)} ${s(p.value)} 以万元计过大，是否按元填写？`),
    (p, l) =>
      p.unit === '元'
        ? `${f(p, l)} ${s(p.value)} is very small for yuan (or has more than two decimals); was it entered in 万元?`
        : `${f(p, l)} ${s(p.value)} is very large for 万元 (10k yuan); was it entered in yuan?`,
  ],
  VALUE_RECOVERED: [
    (p, l) => `${f(p, l)} 为文本「${s(p.text)}」，已按数字 ${s(p.value)} 读取`,
    (p, l) => `${f(p, l)} is text "${s(p.text)}"; read as the number ${s(p.value)}`,
  ],
  VALUE_NOT_NUMBER: [
    (p, l) => `${f(p, l)}「${s(p.text)}」不是数字，依赖它的数值未计算`,
    (p, l) => `${f(p, l)} "${s(p.text)}" is not a number; figures that depend on it were not computed`,
  ],
  CELL_ERROR: [
    (p, l) => `${f(p, l)} 为错误值 ${s(p.error)}，依赖它的数值未计算`,
    (p, l) => `${f(p, l)} holds the error ${s(p.error)}; figures that depend on it were not computed`,
  ],
  UNIT_MISMATCH: [
    (p) => `「${s(p.name)}」年度指标值单位（${s(p.targetUnit)}）与实际完成值单位（${s(p.actualUnit)}）不一致`,
    (p) => `"${s(p.name)}": the target's unit (${s(p.targetUnit)}) differs from the actual's (${s(p.actualUnit)})`,
  ],
  SCORE_OVER_WEIGHT: [
    (p) => `得分 ${s(p.score)} 超过分值 ${s(p.weight)}：单元格仍为 ${s(p.score)}，总分只按 ${s(p.weight)} 计，请改正`,
    (p) => `score ${s(p.score)} exceeds the weight ${s(p.weight)}: the cell still shows ${s(p.score)}; the total counts only ${s(p.weight)}. Correct it`,
  ],
  SCORE_NEGATIVE: [(p) => `得分 ${s(p.score)} 为负数，已按 0 计`, (p) => `score ${s(p.score)} is negative; counted as 0`],
  SCORE_OUT_OF_BAND: [
    (p) => `「${s(p.name)}」定性指标为${TIER_NAMES[s(p.tier)]?.[0] ?? s(p.tier)}，得分应在 ${s(p.low)}–${s(p.high)} 之间，现为 ${s(p.score)}`,
    (p) => `"${s(p.name)}" is qualitatively ${TIER_NAMES[s(p.tier)]?.[1] ?? s(p.tier)}: its score should lie in ${s(p.low)}–${s(p.high)}, but is ${s(p.score)}`,
  ],
  QUALITATIVE_UNCLASSIFIED: [
    (p) => `「${s(p.name)}」实际完成值「${s(p.actual)}」无法归入达成/部分达成/未达成`,
    (p) => `"${s(p.name)}": the actual "${s(p.actual)}" fits none of met / partly met / not met`,
  ],
  DEVIATION_MISSING: [
    (p) =>
      p.reason === 'lowExecution'
        ? `执行率 ${s(p.rate)} 低于 ${s(p.threshold)}，请填写原因`
        : p.reason === 'overAchievement'
          ? `「${s(p.name)}」实际完成值 ${s(p.actual)} 达到指标值 ${s(p.target)} 的 ${s(p.ratio)}% 以上，请填写偏差原因`
          : `「${s(p.name)}」得分 ${s(p.score)} 低于分值 ${s(p.weight)}，请填写偏差原因及改进措施`,
    (p) =>
      p.reason === 'lowExecution'
        ? `execution rate ${s(p.rate)} is below ${s(p.threshold)}: please give a reason`
        : p.reason === 'overAchievement'
          ? `"${s(p.name)}": the actual ${s(p.actual)} reaches ${s(p.ratio)}% of the target ${s(p.target)}: please explain the deviation`
          : `"${s(p.name)}" scored ${s(p.score)} of ${s(p.weight)}: please explain the deviation and the remedy`,
  ],
  FULL_SCORE_NOT_MET: [
    (p) => `「${s(p.name)}」未达到年度指标值（${s(p.target)}，实际 ${s(p.actual)}）却得满分 ${s(p.score)}`,
    (p) => `"${s(p.name)}" has the full score ${s(p.score)} although the target (${s(p.target)}, actual ${s(p.actual)}) is not met`,
  ],
  WEIGHT_MISSING: [(p) => `「${s(p.name)}」没有分值`, (p) => `"${s(p.name)}" has no weight`],
  SCORE_MISSING: [(p) => `「${s(p.name)}」没有得分，按 0 计`, (p) => `"${s(p.name)}" has no score; counted as 0`],
  WEIGHTS_SUM: [(p) => `各项分值合计为 ${s(p.sum)}，应为 100.00`, (p) => `the weights add up to ${s(p.sum)}, not 100.00`],
  ROUNDING_DIFF: [
    (p, l) => `${f(p, l)} 表中为 ${s(p.sheetValue)}，重算为 ${s(p.computed)}（相差 0.01 以内，多为截尾所致）`,
    (p, l) => `${f(p, l)} shows ${s(p.sheetValue)}, recomputed ${s(p.computed)} (within 0.01, usually truncation)`,
  ],
  STALE_VALUE: [
    (p, l) => `${f(p, l)} 表中为 ${s(p.sheetValue) || '（空）'}，重算应为 ${s(p.computed)}`,
    (p, l) => `${f(p, l)} shows ${s(p.sheetValue) || '(empty)'}, but recomputes to ${s(p.computed)}`,
  ],
  GRADE_MISMATCH: [
    (p) => `评分等级为「${s(p.sheetValue)}」，按总分 ${s(p.totalScore)} 应为「${s(p.computed)}」`,
    (p) => `the grade says "${s(p.sheetValue)}", but a total of ${s(p.totalScore)} gives "${s(p.computed)}"`,
  ],
  FORMULA_RESULT_DIFFERS: [
    (p, l) => `${f(p, l)} 为公式 ${s(p.formula)}，结果 ${s(p.sheetValue)} 与重算值 ${s(p.computed)} 不同；公式未被改动`,
    (p, l) => `${f(p, l)} is the formula ${s(p.formula)}; its result ${s(p.sheetValue)} differs from ${s(p.computed)}. The formula was left as it is`,
  ],
  KIND_CONTRADICTS: [
    (p) => `「${s(p.name)}」指标性质填为${p.stated === 'quantitative' ? '定量' : '定性'}，但年度指标值「${s(p.target)}」${p.stated === 'quantitative' ? '不是比较符加数值' : '是比较符加数值'}；按表上所填性质评判`,
    (p) => `"${s(p.name)}" is stated ${p.stated === 'quantitative' ? 'quantitative' : 'qualitative'}, but its target "${s(p.target)}" ${p.stated === 'quantitative' ? 'is no comparator and number' : 'is a comparator and number'}; judged as stated`,
  ],
  DIRECTION_CONTRADICTS: [
    (p) => `「${s(p.name)}」指标方向填为${p.stated === 'negative' ? '反向' : '正向'}，与年度指标值「${s(p.target)}」的比较符不一致；按表上所填方向评分`,
    (p) => `"${s(p.name)}" is stated ${p.stated === 'negative' ? 'reverse (≤)' : 'positive (≥)'}, unlike the comparator of its target "${s(p.target)}"; scored as stated`,
  ],
  FORM_INCOMPLETE: [
    (p, l) => `找到绩效自评表的一部分${p.found ? `（${list(p.found, l)}，${s(p.foundRange)}）` : ''}，但缺少${list(p.missing, l)}${p.near ? `（${s(p.nearCell)} 处的表头缺少${list(p.near, l)}）` : ''}，未评分`,
    (p, l) =>
      `part of a self-evaluation form was found${p.found ? ` (${list(p.found, l)}, ${s(p.foundRange)})` : ''}, but the ${list(p.missing, l)} is missing${p.near ? ` (the header at ${s(p.nearCell)} lacks ${list(p.near, l)})` : ''}; it was not scored`,
  ],
  COLUMN_MISSING: [
    (p, l) => `表中未找到：${list(p.columns, l)}；依赖它们的数值未计算或未写入`,
    (p, l) => `not found in the form: ${list(p.columns, l)}; figures that need them were not computed or written`,
  ],
  SHEET_PROTECTED: [
    (p) => `工作表受保护，${s(p.cells)} 个单元格的重算结果未写入；请撤销保护后重试`,
    (p) => `the sheet is protected: ${s(p.cells)} recalculated cells were not written; unprotect it and try again`,
  ],
  BINDING_MISMATCH: [
    (p) =>
      p.part === 'indicators'
        ? `绑定的指标表区域 ${s(p.range)} 中找不到表头（一级指标/三级指标/分值/得分…），请重新绑定或重新识别`
        : `绑定的预算表区域 ${s(p.range)} 中找不到表头（年初预算数/全年预算数/全年执行数…），请重新绑定或重新识别`,
    (p) =>
      p.part === 'indicators'
        ? `the range ${s(p.range)} bound as the indicator table has no header (一级指标/三级指标/分值/得分…): bind it again or detect the forms again`
        : `the range ${s(p.range)} bound as the budget block has no header (年初预算数/全年预算数/全年执行数…): bind it again or detect the forms again`,
  ],
  ...READING_MESSAGES,
  ...REVIEW_MESSAGES,
  ...QUALITY_MESSAGES,
  SUMMARY_MISMATCH: [
    (p, l) => `汇总表中「${s(p.project)}」的${f(p, l, 'measure')}（${fund(p, l)}）为 ${s(p.summary) || '（空）'}，自评表 ${s(p.formSheet)}!${s(p.formCell)} 为 ${s(p.form)}`,
    (p, l) => `the summary gives "${s(p.project)}" an ${f(p, l, 'measure')} (${fund(p, l)}) of ${s(p.summary) || '(blank)'}, but its form says ${s(p.form)} (${s(p.formSheet)}!${s(p.formCell)})`,
  ],
  SUMMARY_ROW_WITHOUT_FORM: [
    (p) => `汇总表中的项目「${s(p.project)}」找不到同名的绩效自评表`,
    (p) => `the summary lists "${s(p.project)}", but no self-evaluation form has that project name`,
  ],
  FORM_MISSING_FROM_SUMMARY: [
    (p) => `${p.project ? `项目「${s(p.project)}」的绩效自评表` : `未填项目名称的绩效自评表（${s(p.range)}）`}未列入项目支出汇总表`,
    (p) => `the self-evaluation form ${p.project ? `of "${s(p.project)}"` : `without a project name (${s(p.range)})`} is not listed in the project summary table`,
  ],
};

/** The row prefix 「第14行」 / "row 14: " from the finding's cell. */
function rowPrefix(cell: string | null, lang: Lang): string {
  if (!cell) return '';
  const row = parseA1(cell).row + 1;
  return lang === 'zh-CN' ? `第${row}行 ` : `row ${row}: `;
}

export function formatFinding(finding: Finding, lang: Lang = 'zh-CN'): string {
  const [zh, en] = MESSAGES[finding.code];
  return rowPrefix(finding.cell, lang) + (lang === 'zh-CN' ? zh : en)(finding.params, lang);
}

export function hasMessage(code: string): code is FindingCode {
  return Object.prototype.hasOwnProperty.call(MESSAGES, code);
}
