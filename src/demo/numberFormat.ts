/**
 * A cell's text as Excel would show it, for the number formats budget forms use: General, `0`,
 * `0.00`, `#,##0.00`, `0.00%`, `@`, with quoted or `_`/`*` padding parts and a negative section.
 * Exotic formats (dates, fractions, conditions) fall back to General: the demo shows the value,
 * never a wrong figure. Rounding is decimal (the core's Decimal), half away from zero as Excel.
 */
import { CellValue, Decimal } from '../core';

interface Section {
  prefix: string;
  suffix: string;
  decimals: number;
  grouping: boolean;
  percent: boolean;
}

const cache = new Map<string, Section[] | null>();

export function formatCell(value: CellValue, numFmt: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return '#NUM!';
  const sections = numFmt ? parseFormat(numFmt) : null;
  if (!sections) return general(value);
  const negative = value < 0 && sections.length > 1;
  const s = negative ? sections[1] : sections[0];
  const d = negative ? new Decimal(value).abs() : new Decimal(value);
  return s.prefix + digits(s.percent ? d.times(100) : d, s) + (s.percent ? '%' : '') + s.suffix;
}

/** Excel's General: up to 11 significant digits, no trailing zeros; scientific when very large or small. */
function general(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e11 || (abs > 0 && abs < 1e-9)) return new Decimal(n).toSignificantDigits(6).toExponential().replace('e', 'E');
  if (Number.isInteger(n)) return String(n);
  return new Decimal(n).toSignificantDigits(abs >= 1 ? 11 : 10).toString();
}

function digits(d: Decimal, s: Section): string {
  const fixed = d.toDecimalPlaces(s.decimals, Decimal.ROUND_HALF_UP).toFixed(s.decimals);
  if (!s.grouping) return fixed;
  const [int, frac] = fixed.split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const grouped = int.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return sign + grouped + (frac !== undefined ? `.${frac}` : '');
}

function parseFormat(fmt: string): Section[] | null {
  if (cache.has(fmt)) return cache.get(fmt) ?? null;
  const parts = splitSections(fmt).slice(0, 2);
  const sections = parts.map(parseSection);
  const out = parts.length > 0 && sections.every((x): x is Section => x !== null) ? sections : null;
  cache.set(fmt, out);
  return out;
}

function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of fmt) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function parseSection(raw: string): Section | null {
  // literal text: "…" kept, \x kept, _x is a space, *x is padding (dropped), [Red] etc dropped
  let body = '';
  const literal: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '"') {
      const end = raw.indexOf('"', i + 1);
      literal.push(raw.slice(i + 1, end < 0 ? raw.length : end));
      body += '\uE000';
      i = end < 0 ? raw.length : end;
    } else if (ch === '\\') {
      literal.push(raw[++i] ?? '');
      body += '\uE000';
    } else if (ch === '_') {
      literal.push(' ');
      body += '\uE000';
      i++;
    } else if (ch === '*') i++;
    else if (ch === '[') i = raw.indexOf(']', i) < 0 ? raw.length : raw.indexOf(']', i);
    else body += ch;
  }
  if (/^\s*General\s*$/i.test(body)) return null;
  const m = /^([^#0?.,%]*)([#0?,]*)(\.([#0?]*))?(%?)([^#0?]*)$/.exec(body);
  if (!m || !/[0#?]/.test(m[2] + (m[4] ?? ''))) return null;
  let li = 0;
  const text = (s: string) => s.replace(/\uE000/g, () => literal[li++] ?? '').replace(/\s+$/, ' ');
  const prefix = text(m[1]);
  const suffix = text(m[6]);
  return { prefix, suffix: suffix.trimEnd(), decimals: (m[4] ?? '').length, grouping: m[2].includes(','), percent: m[5] === '%' };
}
