import { CellValue } from './grid';
import { FundKind, FUND_SYNONYMS, HeaderField, HEADER_SYNONYMS, ROW_LABELS } from './labelWords';
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

export type { FundKind, HeaderField } from './labelWords';
export { FOOTER_RE, FUND_PARENTS, FUND_SYNONYMS, HEADER_SYNONYMS, ROW_LABELS } from './labelWords';

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
