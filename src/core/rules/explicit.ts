import { CellValue } from '../grid';
import { IndicatorRow } from '../form';
import { Direction, Measure, parseMeasure } from '../indicator';

/**
 * What a form states about an indicator in columns of their own (issue 13): 指标性质 (定量/定性,
 * or — 四川, 云南 — the comparator), 指标方向 (正向/反向, or ≥/≤), 计量单位. Stated facts win
 * over parsing the target text; a contradiction is reported by the caller.
 */
export interface Stated {
  kind: 'quantitative' | 'qualitative' | null;
  direction: Direction | null;
  /** The target as one text (comparator + number + unit) where the form split it, else the cell's value. */
  target: CellValue;
  /** The actual with the unit column's unit where the actual is a bare number. */
  actual: CellValue;
}

const text = (v: CellValue | undefined): string => (typeof v === 'string' ? v.normalize('NFKC').replace(/\s+/g, '') : typeof v === 'number' ? String(v) : '');

/** A comparator written alone (﹦ is U+FE66, = after NFKC; ≧ ≦ are Japanese-style). */
const COMPARATOR_RE = /^(≥|≧|>=|=>|≤|≦|<=|=<|>|<|=|==|大于等于|小于等于|不低于|不高于|不少于|不超过|大于|小于|等于)$/;

function statedDirection(v: string): Direction | null {
  if (/^(正向|正向指标|越大越好|↑)$/.test(v)) return 'positive';
  if (/^(反向|反向指标|越小越好|↓)$/.test(v)) return 'negative';
  const m = COMPARATOR_RE.test(v) ? parseMeasure(`${v}1`) : null;
  return m ? m.direction : null;
}

export function statedOf(row: IndicatorRow): Stated {
  const nature = text(row.nature?.value);
  const directionText = text(row.direction?.value);
  const kind = /^定量/.test(nature) ? 'quantitative' : /^定性/.test(nature) ? 'qualitative' : null;
  // a comparator in 指标性质 (四川/云南) or in 指标方向 / 计算符号 (天津)
  const comparator = COMPARATOR_RE.test(nature) ? nature : COMPARATOR_RE.test(directionText) ? directionText : '';
  const direction = statedDirection(directionText) ?? (comparator ? statedDirection(comparator) : null);
  const unit = text(row.unit?.value);
  const target = row.target?.value ?? null;
  const actual = row.actual?.value ?? null;
  return {
    kind,
    direction,
    target: compose(comparator, target, unit),
    actual: unit && isBareNumber(actual) ? `${text(actual)}${unit}` : actual,
  };
}

const isBareNumber = (v: CellValue): boolean => typeof v === 'number' || (typeof v === 'string' && /^[+-]?\d[\d,]*(\.\d+)?$/.test(text(v)));

/** comparator | number | unit cells as the one text parseMeasure reads (=72890元, ≥95%). */
function compose(comparator: string, target: CellValue, unit: string): CellValue {
  if (!comparator && !unit) return target;
  if (!isBareNumber(target)) return target;
  return `${comparator.replace(/^==$/, '=')}${text(target)}${unit}`;
}

/** The measure with the stated direction, where the form states one. */
export function withDirection(m: Measure, direction: Direction | null): Measure {
  if (direction === null || direction === m.direction) return m;
  return { ...m, direction };
}
