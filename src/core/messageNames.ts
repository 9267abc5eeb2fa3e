/** Names of figures, columns, fund rows and tiers as messages name them (zh-CN, en-US). */
export const FIELD_NAMES: Record<string, [string, string]> = {
  initial: ['年初预算数', 'initial budget'],
  annual: ['全年预算数', 'annual budget'],
  executed: ['全年执行数', 'amount executed'],
  weight: ['分值', 'weight'],
  reviewScore: ['复核得分', 'review score'],
  rate: ['执行率', 'execution rate'],
  score: ['得分', 'score'],
  budgetScore: ['预算执行得分', 'budget execution score'],
  indicatorScore: ['得分', 'score'],
  totalScore: ['总分', 'total score'],
  grade: ['评分等级', 'grade'],
  name: ['三级指标', 'indicator name'],
  target: ['年度指标值', 'target'],
  actual: ['实际完成值', 'actual'],
  deviation: ['偏差原因分析及改进措施', 'deviation explanation'],
  level1: ['一级指标', 'level-1 indicator'],
  fundRows: ['资金行（年度资金总额等）', 'fund rows (年度资金总额 etc.)'],
  totalRow: ['总分行', 'total-score row (总分)'],
  gradeRow: ['评分等级行', 'grade row (评分等级)'],
  budget: ['项目资金（预算执行）表头', 'budget block header'],
  indicators: ['绩效指标表', 'indicator table'],
  nature: ['指标性质', 'indicator nature'],
  direction: ['指标方向', 'indicator direction'],
  unit: ['计量单位', 'unit'],
};

/** Fund rows (SPEC §7) as messages name them. */
export const FUND_NAMES: Record<string, [string, string]> = {
  total: ['年度资金总额', 'total funds'],
  current: ['当年财政拨款', 'current-year appropriation'],
  carry: ['上年结转资金', 'funds carried over'],
  other: ['其他资金', 'other funds'],
  general: ['一般公共预算', 'general public budget'],
  govFund: ['政府性基金预算', 'government fund budget'],
  stateCapital: ['国有资本经营预算', 'state capital budget'],
  central: ['中央补助', 'central subsidy'],
  local: ['地方资金', 'local funds'],
  specialAccount: ['财政专户管理资金', 'special-account funds'],
  unitOwn: ['单位资金', "the unit's own funds"],
  basic: ['基本支出', 'basic expenditure'],
  personnel: ['人员经费', 'personnel costs'],
  publicUse: ['公用经费', 'public-use costs'],
  projectSpending: ['项目支出', 'project expenditure'],
};

export const TIER_NAMES: Record<string, [string, string]> = {
  met: ['达成', 'met'],
  partial: ['部分达成', 'partly met'],
  notMet: ['未达成', 'not met'],
};

