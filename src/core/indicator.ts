import { Decimal, fromExcelNumber } from './decimal';
import { CellValue } from './grid';
import { memoizeString } from './memo';
import { parseNumberText } from './numbers';

/** positive (≥), negative (≤), equal (=). */
export type Direction = 'positive' | 'negative' | 'equal';
export type Tier = 'met' | 'partial' | 'notMet';

export interface Measure {
  comparator: '≥' | '>' | '≤' | '<' | '=' | null;
  direction: Direction;
  value: Decimal;
  /** Unit as written, brackets removed ('%', '个', '工作日'), '' when none. */
  unit: string;
}

// Word comparators accountants write instead of symbols; longest first.
const WORD_COMPARATORS: [RegExp, Measure['comparator']][] = [
  [/^(大于等于|大于或等于|不低于|不少于|不小于|≧|>=|=>|≥)/, '≥'],
  [/^(小于等于|小于或等于|不高于|不超过|不多于|不大于|≦|<=|=<|≤)/, '≤'],
  [/^(大于|高于|超过|多于|>)/, '>'],
  [/^(小于|低于|少于|<)/, '<'],
  [/^(等于|==|=)/, '='],
];
const NUMBER_AND_UNIT_RE = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)(.*)$/;
const UNIT_RE = /^\(?([^\d()]{0,8}?)\)?$/;

// Memoised: qualitative 实际完成值 and targets repeat across forms (达成指标, 有效改善 …).
const clean = memoizeString((text: string): string =>
  text
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/[（【〔]/g, '(')
    .replace(/[）】〕]/g, ')')
    .replace(/％/g, '%'),
);

/**
 * A target or actual written as comparator + number [+ unit]: `≥90%`, `＞＝90%`, `=1.00(年)`,
 * `≤1.00(工作日)`, `不低于95%`, `90%以上`, `>70%`. Null when the text is not such a measure.
 */
export function parseMeasure(value: CellValue): Measure | null {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { comparator: null, direction: 'equal', value: fromExcelNumber(value), unit: '' } : null;
  }
  if (typeof value !== 'string') return null;
  return parseMeasureMemo(value);
}

const parseMeasureMemo = memoizeString((value: string): Measure | null => {
  let text = clean(value);
  let comparator: Measure['comparator'] = null;
  for (const [re, cmp] of WORD_COMPARATORS) {
    const m = re.exec(text);
    if (m) {
      comparator = cmp;
      text = text.slice(m[0].length);
      break;
    }
  }
  // 90%以上 / 90%及以上 / 3天以内 / 5%以下
  const suffix = /(及以上|以上|及以内|以内|及以下|以下)$/.exec(text);
  if (suffix) {
    if (!comparator) comparator = /上/.test(suffix[1]) ? '≥' : '≤';
    text = text.slice(0, -suffix[1].length);
  }
  const m = NUMBER_AND_UNIT_RE.exec(text);
  if (!m) return null;
  const unitMatch = UNIT_RE.exec(m[2]);
  if (!unitMatch) return null;
  const number = parseNumberText(m[1]);
  if (!number) return null;
  return { comparator, direction: directionOf(comparator), value: number, unit: unitMatch[1] };
});

function directionOf(c: Measure['comparator']): Direction {
  if (c === '≥' || c === '>') return 'positive';
  if (c === '≤' || c === '<') return 'negative';
  return 'equal';
}

const NOT_MET_RE = /未达成|未完成|没有达成|未达到|未实现|没有完成/;
const PARTIAL_RE = /部分达成|基本达成|部分完成|基本完成|部分实现|基本实现/;
const MET_RE = /^(已|全部|全面|完全)?(达成|完成|实现|达到)/;

/** The 定性 tier from 实际完成值 (R4); null when the text fits no tier. */
export function qualitativeTier(actual: CellValue, target: CellValue): Tier | null {
  const a = typeof actual === 'string' ? clean(actual) : '';
  if (!a) return null;
  if (NOT_MET_RE.test(a)) return 'notMet';
  if (PARTIAL_RE.test(a)) return 'partial';
  if (MET_RE.test(a)) return 'met';
  const t = typeof target === 'string' ? clean(target) : '';
  if (t && a === t) return 'met';
  return null;
}

/** Units compare without brackets and case: (%) = %, (个) = 个. */
export function sameUnit(a: string, b: string): boolean {
  return a === b || a.toLowerCase() === b.toLowerCase();
}
