import { CellValue } from './grid';
import { memoizeString } from './memo';

/**
 * Label normalisation for the form locator: NFKC (full-width brackets and letters become
 * half-width), no spaces or line breaks, other bracket styles as (), no trailing colon.
 */
export function normalizeText(value: CellValue): string {
  return typeof value === 'string' ? normalizeMemo(value) : '';
}

const normalizeMemo = memoizeString((value: string): string =>
  value
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '')
    .replace(/[【〔［[{]/g, '(')
    .replace(/[】〕］\]}]/g, ')')
    .replace(/[:：]+$/, '')
    .toLowerCase(),
);

/** A header label without its bracketed unit and without a leading 其中: — for matching. */
export function labelKey(value: CellValue): string {
  return typeof value === 'string' ? keyMemo(value) : '';
}

const keyMemo = memoizeString((value: string): string =>
  normalizeMemo(value)
    .replace(/\([^)]*\)/g, '')
    .replace(/^其中[:：]?/, '')
    .replace(/^\*+|\*+$/g, ''),
);

export type HeaderField =
  | 'initial' | 'annual' | 'executed' | 'weight' | 'rate' | 'score'
  | 'level1' | 'level2' | 'name' | 'target' | 'actual' | 'deviation';

/** SPEC §2 synonyms, compared after labelKey(). */
export const HEADER_SYNONYMS: Record<HeaderField, readonly string[]> = {
  initial: ['年初预算数', '年初预算', '年初预算金额', '年初数', '年初预算资金'],
  annual: ['全年预算数', '调整后预算数', '全年预算', '调整后预算', '全年预算金额', '调整预算数', '预算数'],
  executed: ['全年执行数', '预算执行数', '全年实际执行数', '实际执行数', '执行数', '全年执行金额', '实际支出数', '全年实际支出'],
  weight: ['分值', '权重', '分数', '指标分值'],
  rate: ['执行率', '预算执行率', '资金执行率', '全年执行率'],
  score: ['得分', '自评得分', '实际得分'],
  level1: ['一级指标'],
  level2: ['二级指标'],
  name: ['三级指标', '指标名称', '三级指标名称'],
  target: ['年度指标值', '指标值', '年度目标值', '目标值', '预期指标值', '年度指标'],
  actual: ['实际完成值', '全年实际值', '实际完成情况', '完成值', '实际值', '全年实际完成值'],
  deviation: [
    '偏差原因分析及改进措施', '偏差原因分析和改进措施', '未完成原因分析', '未完成原因分析及改进措施',
    '偏差原因分析', '偏差原因', '原因分析及改进措施', '偏差原因及改进措施',
  ],
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
  totalScore: ['总分', '合计得分', '总得分', '自评总分'],
  grade: ['评分等级', '自评等级', '绩效等级', '评价等级', '等级'],
  project: ['项目名称'],
  department: ['主管部门', '主管部门及代码'],
  unit: ['实施单位'],
  goal: ['年度总体目标', '总体目标'],
} as const;

const headerIndex = new Map<string, HeaderField[]>();
for (const [field, words] of Object.entries(HEADER_SYNONYMS) as [HeaderField, readonly string[]][]) {
  for (const w of words) headerIndex.set(w, [...(headerIndex.get(w) ?? []), field]);
}
const fundIndex = new Map<string, FundKind>();
for (const [kind, words] of Object.entries(FUND_SYNONYMS) as [FundKind, readonly string[]][]) {
  for (const w of words) fundIndex.set(w, kind);
}

/**
 * First characters a label can start with (after NFKC): a quick filter so that indicator names
 * and values, the bulk of a sheet's text, never reach the label tables.
 */
// Besides the label words' own first characters: 其中…, 项目资金(万元), 单位:万元, 金额(元),
// titles (项目支出…, 2024年度…, 部门…, 区级…) and bracketed or starred labels.
const EXTRA_FIRST_CHARS = '其项单金部区市县省绩(（[【〔*0123456789０１２３４５６７８９';
const LABEL_FIRST_CHARS = new Set<number>(
  [...Object.values(HEADER_SYNONYMS), ...Object.values(FUND_SYNONYMS), ...Object.values(ROW_LABELS)]
    .flat()
    .map((w) => w.charCodeAt(0))
    .concat([...EXTRA_FIRST_CHARS].map((c) => c.charCodeAt(0))),
);

/** False only when the text certainly is no label; true means "look it up". */
export function mayBeLabel(text: string): boolean {
  const c = text.charCodeAt(0);
  return c <= 32 || c === 0xa0 || c === 0x3000 || c === 0xfeff || LABEL_FIRST_CHARS.has(c);
}

export function headerFields(key: string): readonly HeaderField[] {
  return headerIndex.get(key) ?? [];
}

export function fundKind(key: string): FundKind | undefined {
  return fundIndex.get(key);
}

const rowLabelIndex = new Map<string, Set<keyof typeof ROW_LABELS>>();
for (const [which, words] of Object.entries(ROW_LABELS) as [keyof typeof ROW_LABELS, readonly string[]][]) {
  for (const w of words) rowLabelIndex.set(w, new Set([...(rowLabelIndex.get(w) ?? []), which]));
}

export function isRowLabel(key: string, which: keyof typeof ROW_LABELS): boolean {
  return rowLabelIndex.get(key)?.has(which) ?? false;
}

/** Whether a key is any of the row labels (总分, 评分等级, 项目名称 …). */
export function isAnyRowLabel(key: string): boolean {
  return rowLabelIndex.has(key);
}

// A title, not a sentence that mentions one: [2024年度]项目支出绩效自评表[(…)].
const TITLE_RE = /^(\d{4}年度?)?[\u4e00-\u9fff]{0,12}绩效自评表(\([^)]*\))?$/;

/** The title of a form: 项目支出绩效自评表 and its variants (normalised text). */
export function isFormTitle(normalized: string): boolean {
  return normalized.length <= 40 && TITLE_RE.test(normalized);
}

/** 万元 or 元 as written in a header such as 项目资金(万元). */
export function amountUnitOf(normalized: string): '万元' | '元' | null {
  if (normalized.includes('万元')) return '万元';
  if (/\(元\)|单位:元|^元$/.test(normalized)) return '元';
  return null;
}
