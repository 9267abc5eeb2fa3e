import { finding, Finding, FINDING_CODES, FindingCode, ParamValue } from '../../src/core/findings';
import { formatFinding, hasMessage, Lang, LANGS } from '../../src/core/messages';
import { CATALOGUE } from './catalogue';

/** Representative params per code, as the rules produce them (figures as 2-decimal strings). */
const PARAMS: Record<FindingCode, Record<string, ParamValue>> = {
  ZERO_BUDGET_EXECUTED: { fund: '上年结转资金', executed: '5.00' },
  NEGATIVE_AMOUNT: { field: 'initial', value: '-1.00' },
  OVER_EXECUTION: { fund: '年度资金总额', executed: '800.00', annual: '762.25' },
  FUNDS_SUM: { column: 'annual', total: '770.00', sum: '762.25' },
  UNIT_SUSPECT: { field: 'initial', value: '100000.00' },
  VALUE_RECOVERED: { field: 'executed', text: '７５８．０２', value: '758.02' },
  VALUE_NOT_NUMBER: { field: 'executed', text: '758. ()2' },
  CELL_ERROR: { field: 'executed', error: '#DIV/0!' },
  UNIT_MISMATCH: { name: '保障对象满意度', targetUnit: '%', actualUnit: '个' },
  SCORE_OVER_WEIGHT: { name: '合同履约达标率', score: '12.00', weight: '10.00' },
  SCORE_NEGATIVE: { name: '合同履约达标率', score: '-1.00' },
  SCORE_OUT_OF_BAND: { name: '日常保障完成及时性', score: '7.99', tier: 'met', low: '8.00', high: '10.00' },
  QUALITATIVE_UNCLASSIFIED: { name: '日常保障完成及时性', actual: '效果良好' },
  DEVIATION_MISSING: { name: '保障对象满意度', reason: 'lostPoints', score: '8.89', weight: '10.00' },
  FULL_SCORE_NOT_MET: { name: '保障对象满意度', score: '10.00', target: '≥90.00(%)', actual: '80.00(%)' },
  WEIGHT_MISSING: { name: '合同履约达标率' },
  SCORE_MISSING: { name: '合同履约达标率' },
  KIND_CONTRADICTS: { name: '项目验收合格率', stated: 'qualitative', target: '≥95%' },
  DIRECTION_CONTRADICTS: { name: '结余率', stated: 'negative', target: '≥5%' },
  WEIGHTS_SUM: { sum: '102.00' },
  ROUNDING_DIFF: { field: 'rate', computed: '99.45', sheetValue: '99.44' },
  STALE_VALUE: { field: 'totalScore', computed: '99.95', sheetValue: '99.93' },
  GRADE_MISMATCH: { computed: '优', sheetValue: '良', totalScore: '99.95' },
  FORMULA_RESULT_DIFFERS: { field: 'totalScore', computed: '99.95', sheetValue: '99.94', formula: '=H6+SUM(G13:G20)' },
  FORM_INCOMPLETE: { missing: 'budget' },
  COLUMN_MISSING: { columns: 'indicator.deviation' },
  SHEET_PROTECTED: { cells: 7 },
  BINDING_MISMATCH: { part: 'budget', range: 'A30:H35' },
  OUTPUT_DIMENSION_MISSING: { level2: '经济成本指标', output: 3 },
  TARGET_UNMEASURABLE: { name: '合同履约达标率', target: '有效提升', dimension: 'quality' },
  SATISFACTION_WITHOUT_NUMBER: { name: '保障对象满意度', target: '满意' },
  WEIGHT_MIX_UNUSUAL: {
    off: 'output,effect', tolerance: '10.00', output: '38.00', effect: '42.00', satisfaction: '10.00', budget: '10.00',
    standardOutput: '50.00', standardEffect: '30.00', standardSatisfaction: '10.00', standardBudget: '10.00',
  },
  ACTUAL_EQUALS_TARGET: { name: '保障对象满意度', target: '≥90.00(%)', actual: '≥90.00(%)' },
  FILE_UNREADABLE: { reason: 'not a zip file' },
  FILE_TOO_LARGE: { reason: 'its part xl/worksheets/sheet1.xml inflates beyond the 256 MB limit', part: 'xl/worksheets/sheet1.xml' },
  SHEET_CUT: { reason: 'cells', limit: 2000000, cells: 2500000, fromRow: 400001 },
  SHEET_NOT_READ: { cells: 1000000 },
  SUMMARY_MISMATCH: { project: '其他专项工作经费(安亭城运日常运行费用)', measure: 'executed', fund: 'total', summary: '758.00', form: '758.02', formSheet: '安亭城运日常运行费用', formCell: 'E6' },
  SUMMARY_ROW_WITHOUT_FORM: { project: '其他专项工作经费(安亭城运日常运行费用)', unit: '上海市嘉定区安亭镇城市运行管理中心' },
  FORM_MISSING_FROM_SUMMARY: { project: '其他专项工作经费(安亭城运日常运行费用)', range: 'A1:I23' },
  REVIEW_SCORE_OVER_WEIGHT: { name: '合同履约达标率', score: '12.00', weight: '10.00', reason: 'overWeight' },
  REVIEW_GRADE_CHANGED: { project: '安亭城运日常运行费用', selfTotal: '99.95', reviewTotal: '89.95', selfGrade: '优', reviewGrade: '良' },
  REVIEW_TOTAL_DIFFERS: { project: '安亭城运日常运行费用', selfTotal: '99.95', reviewTotal: '89.95', difference: '-10.00', threshold: '5.00' },
  REVIEW_STALE: { reason: 'changed', sheet: '安亭城运日常运行费用', cell: 'G14', recorded: '9.00', current: '10.00' },
  REVIEW_ROW_MISSING: { name: '合同履约达标率', record: '复核记录' },
};

const VARIANTS: [FindingCode, Record<string, ParamValue>][] = [
  ['DEVIATION_MISSING', { name: '年度资金总额', reason: 'lowExecution', rate: '78.79', threshold: '90.00' }],
  ['DEVIATION_MISSING', { name: '保障对象满意度', reason: 'overAchievement', actual: '117', target: '90', ratio: '130' }],
  ['FORM_INCOMPLETE', { missing: 'indicators' }],
  ['FORM_INCOMPLETE', { missing: 'budget,indicators' }],
  ['COLUMN_MISSING', { columns: 'weight,score,indicator.deviation,fundRows,totalRow,gradeRow' }],
  ['SCORE_OUT_OF_BAND', { name: 'x', score: '8.00', tier: 'partial', low: '6.00', high: '8.00' }],
  ['SCORE_OUT_OF_BAND', { name: 'x', score: '6.00', tier: 'notMet', low: '0.00', high: '6.00' }],
  ['GRADE_MISMATCH', { computed: '优', sheetValue: '良', totalScore: null }],
  ['STALE_VALUE', { field: 'grade', computed: '99.95', sheetValue: '' }],
  ['BINDING_MISMATCH', { part: 'indicators', range: 'K5:R15' }],
  ['SUMMARY_MISMATCH', { project: 'x', measure: 'initial', fund: 'other', summary: null, form: '345.29', formSheet: '联勤队伍组建', formCell: 'C9' }],
  ['SUMMARY_ROW_WITHOUT_FORM', { project: 'x', unit: null }],
  ['FORM_MISSING_FROM_SUMMARY', { project: '', range: 'A1:I23' }],
  ['OUTPUT_DIMENSION_MISSING', { level2: '', output: 0 }],
  ['TARGET_UNMEASURABLE', { name: '日常运作计划完成率', target: '进一步提高', dimension: 'quantity' }],
  ['WEIGHT_MIX_UNUSUAL', {
    off: 'budget', tolerance: '0.00', output: '50.00', effect: '30.00', satisfaction: '5.00', budget: '15.00',
    standardOutput: '50.00', standardEffect: '30.00', standardSatisfaction: '10.00', standardBudget: '10.00',
  }],
];

const BAD = /undefined|null|\[object|NaN|\$\{/;

function check(f: Finding, lang: Lang): string {
  const m = formatFinding(f, lang);
  expect(m.trim().length).toBeGreaterThan(f.cell ? 8 : 4);
  expect(m).not.toMatch(BAD);
  return m;
}

describe('messages', () => {
  test('every code has a message', () => {
    expect(FINDING_CODES.filter((c) => !hasMessage(c))).toEqual([]);
    expect(Object.keys(PARAMS).sort()).toEqual([...FINDING_CODES].sort());
  });

  const cases = FINDING_CODES.flatMap((code) => LANGS.map((lang) => [code, lang] as const));
  test.each(cases)('%s in %s: non-empty, no undefined/null/[object', (code, lang) => {
    check(finding(code, 'S', 'E6', PARAMS[code]), lang);
    check(finding(code, 'S', null, PARAMS[code]), lang);
  });

  test.each(VARIANTS.flatMap(([code, p]) => LANGS.map((lang) => [code, JSON.stringify(p), lang] as const)))('%s %s in %s', (code, p, lang) => {
    check(finding(code, 'S', 'G20', JSON.parse(p)), lang);
  });

  test.each(CATALOGUE.flatMap((s) => LANGS.map((lang) => [s.code, lang, s] as const)))('real %s finding in %s', (code, lang, s) => {
    const found = s.defect().filter((f) => f.code === code);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      const m = check(f, lang);
      if (f.cell) expect(m.startsWith(lang === 'zh-CN' ? `第${f.cell.replace(/^[A-Z]+/, '')}行` : `row ${f.cell.replace(/^[A-Z]+/, '')}`)).toBe(true);
    }
  });

  test('SCORE_OVER_WEIGHT at G14 (12.00 over 10.00) starts with 第14行', () => {
    const f = finding('SCORE_OVER_WEIGHT', 'S', 'G14', { name: '合同履约达标率', score: '12.00', weight: '10.00' });
    expect(formatFinding(f, 'zh-CN').startsWith('第14行')).toBe(true);
    expect(formatFinding(f, 'en-US').startsWith('row 14')).toBe(true);
  });

  test('BINDING_MISMATCH names the part and the range, and what to do', () => {
    const budget = finding('BINDING_MISMATCH', 'S', 'A30', { part: 'budget', range: 'A30:H35' });
    expect(formatFinding(budget, 'zh-CN')).toBe('第30行 绑定的预算表区域 A30:H35 中找不到表头（年初预算数/全年预算数/全年执行数…），请重新绑定或重新识别');
    expect(formatFinding(budget, 'en-US')).toMatch(/^row 30: the range A30:H35 bound as the budget block has no header .*bind it again or detect the forms again$/);
    const table = finding('BINDING_MISMATCH', 'S', 'K5', { part: 'indicators', range: 'K5:R15' });
    expect(formatFinding(table, 'zh-CN')).toMatch(/^第5行 绑定的指标表区域 K5:R15 中找不到表头（一级指标/);
    expect(formatFinding(table, 'en-US')).toContain('bound as the indicator table');
  });

  test('zh-CN and en-US differ for every code', () => {
    const same = FINDING_CODES.filter((c) => formatFinding(finding(c, 'S', 'E6', PARAMS[c]), 'zh-CN') === formatFinding(finding(c, 'S', 'E6', PARAMS[c]), 'en-US'));
    expect(same).toEqual([]);
  });
});
