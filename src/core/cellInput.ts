/**
 * The value a host is given for a plan value (Office.js `Range.values`, ET `Range.Value2`). Both
 * parse a string like typed input (`=…`, `+…`, `-…`, `@…` become formulas, `1/2` a date, `99.45` a
 * number, `TRUE` a boolean, `#N/A` an error), so text they would not keep as text gets a leading
 * apostrophe: the host stores the rest as text, as when a user types `'=abc` (the cell's quote
 * prefix). A figure is a JS number (`Number` of the core's exact 2-decimal text); blank is ''.
 */
import type { PlanValue } from './writePlan';

export function cellInput(v: PlanValue): string | number {
  if (v.type === 'blank') return '';
  if (v.type === 'number') {
    // the core's exact decimal text; a double is what a cell stores
    const n = Number(v.text);
    if (!Number.isFinite(n)) throw new TypeError(`not a number to write: ${JSON.stringify(v.text)}`);
    return n;
  }
  return needsTextMarker(v.text) ? `'${v.text}` : v.text;
}

const NUMBER_LIKE = /^[(]?[-+]?[$¥￥€£]?[-+]?(\d[\d,]*(\.\d*)?|\.\d+)(e[-+]?\d+)?[)]?%?$/i;
const DATE_LIKE = /^\d{1,4}\s*[-/.年]\s*\d{1,2}\s*(月\s*(\d{1,2}\s*日)?|[-/.]\s*\d{1,4})?(\s+\d{1,2}:\d{2}(:\d{2})?)?$/;
// 12:30, and 12时30分 (WPS reads it as a time)
const TIME_LIKE = /^\d{1,2}(:\d{2}(:\d{2}(\.\d+)?)?|时\d{1,2}分(\d{1,2}秒)?)(\s*[ap]m?)?$/i;
const MONTH_NAME = /^\d{1,2}[-\s/]?[a-z]{3,9}([-\s/]?\d{2,4})?$|^[a-z]{3,9}[-\s/]?\d{1,4}$/i;
const ERROR_LIKE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)/i;

/** True when a host would not keep this text as text if it were typed into a cell. */
export function needsTextMarker(text: string): boolean {
  if (/^[=+\-@']/.test(text)) return true;
  const t = text.normalize('NFKC').trim();
  if (t === '') return false;
  if (/^[=+\-@']/.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  return NUMBER_LIKE.test(t) || DATE_LIKE.test(t) || TIME_LIKE.test(t) || MONTH_NAME.test(t) || ERROR_LIKE.test(t);
}
