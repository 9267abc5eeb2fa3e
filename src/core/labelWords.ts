/**
 * The words the locator reads (SPEC §2 and docs/layouts.md): header synonyms, fund rows, row
 * labels. Data only; labels.ts indexes them.
 */
export type HeaderField =
  | 'initial' | 'annual' | 'executed' | 'weight' | 'rate' | 'score'
  | 'level1' | 'level2' | 'name' | 'target' | 'actual' | 'deviation'
  // columns other provinces' indicator tables add (docs/layouts.md)
  | 'nature' | 'direction' | 'unit' | 'criteria' | 'completion' | 'remark';

/** SPEC §2 synonyms, compared after labelKey(). */
export const HEADER_SYNONYMS: Record<HeaderField, readonly string[]> = {
  initial: ['年初预算数', '年初预算', '年初预算金额', '年初数', '年初预算资金'],
  annual: ['全年预算数', '调整后预算数', '全年预算', '调整后预算', '全年预算金额', '调整预算数', '预算数'],
  executed: ['全年执行数', '预算执行数', '全年实际执行数', '实际执行数', '执行数', '全年执行金额', '实际支出数', '全年实际支出'],
  weight: ['分值', '权重', '分数', '指标分值', '参考分值', '权重分值', '标准分值'],
  rate: ['执行率', '预算执行率', '资金执行率', '全年执行率', '执行率%', '预算执行率%'],
  score: ['得分', '自评得分', '实际得分'],
  level1: ['一级指标'],
  level2: ['二级指标'],
  name: ['三级指标', '指标名称', '三级指标名称'],
  target: ['年度指标值', '指标值', '年度目标值', '目标值', '预期指标值', '年度指标', '年初目标值', '年度绩效指标值'],
  actual: ['实际完成值', '全年实际值', '实际完成情况', '完成值', '实际值', '全年实际完成值', '实际完成指标值'],
  deviation: [
    '偏差原因分析及改进措施', '偏差原因分析和改进措施', '未完成原因分析', '未完成原因分析及改进措施',
    '偏差原因分析', '偏差原因', '原因分析及改进措施', '偏差原因及改进措施',
    '未完成原因和改进措施', '未完成原因及改进措施', '未完成原因', '原因分析', '原因', '偏差原因说明', '偏差说明',
  ],
  // 四川/云南 put the comparator (=, ≥, ≤) under 指标性质; the values decide (rules/explicit.ts).
  nature: ['指标性质', '指标类型', '指标属性'],
  direction: ['指标方向', '计算符号', '指标方向性', '比较符号'],
  unit: ['计量单位', '度量单位', '指标单位'],
  criteria: ['评分标准', '评分规则', '评分方法', '指标解释', '评分说明'],
  completion: ['完成率', '完成比例', '完成程度', '指标完成率'],
  remark: ['备注'],
};

/**
 * Fund rows. The first four are SPEC §2's; the rest are what other provinces' forms list
 * (docs/layouts.md): parts of 财政拨款 (一般公共预算 / 政府性基金预算 / 国有资本经营预算, 中央/地方),
 * 财政专户管理资金 and 单位资金 (四川), and the department form's 基本支出 (人员经费 / 公用经费) and 项目支出.
 */
export type FundKind =
  | 'total' | 'current' | 'carry' | 'other'
  | 'general' | 'govFund' | 'stateCapital' | 'central' | 'local' | 'specialAccount' | 'unitOwn'
  | 'basic' | 'personnel' | 'publicUse' | 'projectSpending';

export const FUND_SYNONYMS: Record<FundKind, readonly string[]> = {
  total: ['年度资金总额', '资金总额', '年度资金总计', '合计', '总额', '年度财政资金总额', '预算资金总额', '资金总计'],
  current: ['当年财政拨款', '本年财政拨款', '财政拨款', '当年财政资金', '财政资金', '本级财政拨款', '预算内', '财政拨款资金'],
  carry: ['上年结转资金', '上年结转', '结转资金', '上年结余结转', '上年结转结余资金'],
  other: ['其他资金', '其他'],
  general: ['一般公共预算', '一般公共预算资金', '一般公共预算拨款', '一般公共预算财政拨款'],
  govFund: ['政府性基金预算', '政府性基金', '政府性基金预算资金', '政府性基金预算拨款'],
  stateCapital: ['国有资本经营预算', '国有资本经营预算资金', '国有资本经营预算拨款'],
  central: ['中央补助', '中央补助资金', '中央资金', '中央财政资金', '中央财政补助', '中央财政'],
  local: ['地方资金', '地方财政资金', '地方配套资金', '地方财政', '省级资金', '市级资金', '县级资金', '区级资金', '本级资金'],
  specialAccount: ['财政专户管理资金', '财政专户资金', '专户资金', '财政专户'],
  unitOwn: ['单位资金', '单位自有资金', '自有资金'],
  basic: ['基本支出'],
  personnel: ['人员经费', '人员支出', '人员经费支出'],
  publicUse: ['公用经费', '日常公用经费', '公用支出', '公用经费支出'],
  projectSpending: ['项目支出'],
};

/** Fund kinds that are parts of another row when that row stands above them in the block. */
export const FUND_PARENTS: Partial<Record<FundKind, FundKind>> = {
  general: 'current', govFund: 'current', stateCapital: 'current', central: 'current', local: 'current',
  personnel: 'basic', publicUse: 'basic',
};

export const ROW_LABELS = {
  // 合计 closes 四川's indicator table with the weight sum (docs/layouts.md, P5)
  totalScore: ['总分', '合计得分', '总得分', '自评总分', '合计', '总计'],
  grade: ['评分等级', '自评等级', '绩效等级', '评价等级', '等级'],
  project: ['项目名称', '转移支付名称'],
  department: ['主管部门', '主管部门及代码', '市级主管部门', '地方主管部门', '主管单位'],
  unit: ['实施单位', '项目实施单位', '资金使用单位'],
  // the department form names its unit where the project form names its project
  departmentName: ['部门名称', '单位名称', '预算部门名称', '预算单位名称', '预算单位'],
  goal: ['年度总体目标', '总体目标', '年度目标', '项目年度目标', '年度绩效目标', '年度总体目标完成情况', '总体目标完成情况'],
} as const;

/**
 * Text that starts what follows a form's indicator table: conclusions, signatures, contacts,
 * notes (填表说明, 注：1.…). Matched on a cell's start: these cells carry their content too.
 */
export const FOOTER_RE =
  /^(填表说明|评价结论|存在问题|改进措施|项目负责人|财务负责人|单位负责人|填表人|联系人|联系电话|填报日期|审核人|填报人)|^(说明|注)([:：\d.、]|$)/;
