/**
 * What the fuzzer writes into cells and strings: the numbers a reader or the core could choke on
 * (huge, tiny, negative, NaN-ish, half-way roundings), full-width digits, the OCR artefacts of
 * R12, the form's own labels (so that a random cell can look like a header), references and
 * indexes out of range, and arbitrary text including control characters.
 */
import fc from 'fast-check';

const HUGE = ['1e308', '-1e308', '1.7976931348623157e+308', '1e309', '-1e309', '5e-324', '1e-400', '99999999999999999999999', '-123456789012.345', '9007199254740993'];
const EDGES = ['-0', '0', '0.00', '4.355', '4.345', '0.005', '-0.005', '99.445', '100', '100.01', '-100', '1E2', '.5', '5.', '+5'];
const NAN_ISH = ['NaN', 'Infinity', '-Infinity', 'inf', '1e', 'e5', '.', '-', '--3', '0x1F', '1_000', '١٢٣', '١٢٣٫٤', '12-', '(12)'];
const FULL_WIDTH = ['１２３．４５', '－５', '９９．４５％', '１，２３４．５６', '７５２．９４', '１０', '１.５', '≥９０．００(%)', '＝１００％'];
const OCR = ['99.45%', '1,234.56', '12 345', ' 12 ', '12.5万', '¥758.02', '758.O2', '7 58.02', '100.00(%)', '≥90.00(%)', '≤3(次)', '=0.00(次)', '1.2.3', '1e2%'];
const LABELS = ['年度资金总额', '总分', '分值', '得分', '评分等级', '项目名称', '执行率(%)', '全年预算数', '全年执行数', '年初预算数', '一级指标', '三级指标', '实际完成值', '偏差原因分析及改进措施', '项目支出汇总表', '其中：当年财政拨款', '优', '差', '达成指标', '未达成指标且效果较差'];
/** Shared-string indexes and other integers that point nowhere. */
const INDEXES = ['-1', '999999', '4294967296', '1e3', '0', '1', '3', '2.5', 'abc', ''];
const ERRORS = ['#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', 'oops'];
const BOOLEANS = ['1', '0', '2', '-1', 'true', 'x'];

/** Text of any kind, control characters and lone surrogates included. */
// (fast-check's 'grapheme' unit costs a millisecond a value in its slice injection: a few graphemes by hand instead)
const GRAPHEMES = ['é', '👨‍👩‍👧', '🇨🇳', 'ﾃﾞ', '\u200b', '\u3000', '\r\n', '\t', '𠀀'];
const anyText = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 }), fc.array(fc.constantFrom(...GRAPHEMES), { maxLength: 4 }).map((g) => g.join('')));

const fromDouble = fc.double().map((d) => String(d));
const fromInteger = fc.integer().map((i) => String(i));
const twoDecimals = fc.integer({ min: -1_000_000, max: 10_000_000 }).map((c) => (c / 100).toFixed(2));

/** A value for a cell's `<v>` or `<t>`: mostly number-like, often a label, sometimes anything. */
export const cellText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HUGE, ...EDGES) },
  { weight: 2, arbitrary: fc.constantFrom(...NAN_ISH) },
  { weight: 3, arbitrary: fc.constantFrom(...FULL_WIDTH, ...OCR) },
  { weight: 3, arbitrary: fc.constantFrom(...LABELS) },
  { weight: 1, arbitrary: fc.constantFrom(...INDEXES, ...ERRORS, ...BOOLEANS) },
  { weight: 2, arbitrary: fc.oneof(fromDouble, fromInteger, twoDecimals) },
  { weight: 2, arbitrary: anyText },
);

export type CellType = '' | 's' | 'n' | 'str' | 'b' | 'e' | 'inlineStr' | 'd' | 'bogus';

export const cellType: fc.Arbitrary<CellType> = fc.constantFrom<CellType>('', 's', 'n', 'str', 'b', 'e', 'inlineStr', 'd', 'bogus');

/** A cell reference: the cell's own, none, or one that is no cell or lies outside Excel's sheet. */
export const cellRef: fc.Arbitrary<string | null> = fc.oneof(
  { weight: 6, arbitrary: fc.constant('keep') },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom('A0', 'XFE1', 'A1048577', 'ZZZZ99999999', '$A$1', '1A', '', 'a1', 'B', 'XFD1048576', 'A99999999999999999') },
  { weight: 1, arbitrary: fc.tuple(fc.nat(25), fc.nat(60)).map(([c, r]) => `${String.fromCharCode(65 + c)}${r + 1}`) },
);

/** Merge references: ranges near the forms, whole rows/columns/sheet, and no ranges at all. */
export const mergeRef: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.nat(12), fc.nat(45), fc.nat(12), fc.nat(45)).map(([a, b, c, d]) => `${String.fromCharCode(65 + a)}${b + 1}:${String.fromCharCode(65 + c)}${d + 1}`) },
  { weight: 1, arbitrary: fc.constantFrom('A1:XFD1048576', 'A1:A1048576', 'A1:XFD1', 'XFD1048576:XFD1048576', 'A1:XFE2', 'A5:A5') },
  { weight: 1, arbitrary: fc.constantFrom('A0:B2', 'ZZZZ1:A1', '', 'A1:', ':B2', '1:1', 'A:A', '$A$1:$C$3', 'A1:B2:C3', 'A1 B2', 'Sheet1!A1:B2') },
);

/** Text with the three characters that would break the XML escaped (breaking it is another mutation's job). */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Pieces of markup that break a part when dropped in at a random place. */
export const JUNK = ['<', '>', '&', '&bogus;', '&#0;', '&#xD800;', '&#99999999;', ']]>', '<![CDATA[', '<!--', '</c>', '</row>', '<c r="A1">', '<sheetData>', '</sheetData>', '\u0000', '"', "<?xml version='1.0'?>", '<!DOCTYPE x [<!ENTITY a "aaaa">]>', '<x:c r="B2"><x:v>1</x:v></x:c>', '\uFEFF'];
