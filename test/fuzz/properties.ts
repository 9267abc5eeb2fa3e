/**
 * The properties every fuzz case must keep, checked along `jixiao recalc`'s own pipeline
 * (src/cli/recalc.ts: read → evaluate → patch → read back → evaluate), under 按规则评分 off and on:
 * - nothing throws: the reader returns Grids or a ReadError, the core evaluates any Grids;
 * - every problem is a refusal (a known read-error code, worded in both languages, and no fault
 *   of the reader's own dressed up as one) or a finding (a known code, its severity, a message in
 *   both languages);
 * - the plan writes only two-decimal figures and grade words, and no indicator score above its
 *   weight; read back, no written score is above its weight or below 0;
 * - the output opens again, and its Grids differ from the input's only in the cells written.
 */
import { parseA1 } from '../../src/core/a1';
import { Decimal } from '../../src/core/decimal';
import { evaluateWorkbook, WorkbookEvaluation } from '../../src/core/evaluate';
import { FINDING_CODES, Finding, SEVERITY_OF } from '../../src/core/findings';
import type { Grid } from '../../src/core/grid';
import { formatFinding, LANGS } from '../../src/core/messages';
import { PROFILES } from '../../src/core/profile';
import { fileReport } from '../../src/core/report';
import type { PlanEntry } from '../../src/core/writePlan';
import { isReadError, ReadError, readWorkbook, ReadLimits } from '../../src/xlsx/read';
import { READ_ERROR_CODES, readErrorText } from '../../src/xlsx/read/readErrorText';
import { openPackage, patchPackage } from '../../src/xlsx/xlsxPatch';
import { cellDiffs } from './gridDiff';
import { checkReadBack } from './readBack';
import { fail, Violation } from './violation';

/** What a case came to, for the run's tally. */
export type Outcome = { refused: string } | { evaluated: number; written: number; patchRefused: string | null };

const KNOWN_CODES = new Set<string>(FINDING_CODES);
const READ_CODES = new Set<string>(READ_ERROR_CODES);
const GRADES = new Set(PROFILES.standard.gradeBands.map((b) => b.grade));
const FIGURE = /^-?\d+\.\d{2}$/;
/** Messages of the engine's own faults (TypeError, RangeError…), which a refusal must never carry. */
const JS_FAULT = /Cannot read prop|is not a function|is not iterable|is not defined|Invalid array length|Invalid string length|Maximum call stack|Cannot convert|undefined|NaN/;
const SILLY = /undefined|NaN|\[object /;

async function guarded<T>(property: string, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof Violation) throw err;
    return fail(property, err instanceof Error ? (err.stack ?? err.message).split('\n').slice(0, 6).join(' | ') : String(err));
  }
}

function checkRefusal(e: ReadError): void {
  if (!READ_CODES.has(e.code)) fail('known refusal', e);
  for (const lang of LANGS) if (!readErrorText(e, lang)) fail('refusal worded', { e, lang });
  // index.ts turns whatever else was thrown into badPart/tooLarge: a reader fault, not the file's.
  if (e.detail && JS_FAULT.test(e.detail)) fail('no reader fault as a refusal', e);
}

function checkFinding(f: Finding): void {
  if (!KNOWN_CODES.has(f.code) || SEVERITY_OF[f.code] !== f.severity) fail('known finding', f);
  if (f.cell !== null && !/^[A-Z]{1,3}[1-9]\d*$/.test(f.cell)) fail('finding cell', f);
  const given = JSON.stringify(f.params);
  for (const lang of LANGS) {
    const message = formatFinding(f, lang);
    if (typeof message !== 'string' || !message.trim()) fail('finding worded', { f, lang });
    if (SILLY.test(message) && !SILLY.test(given)) fail('finding worded', { f, lang, message });
  }
}

function checkEvaluation(ev: WorkbookEvaluation): void {
  for (const f of ev.findings) checkFinding(f);
  const report = fileReport('fuzz.xlsx', ev, 'zh-CN');
  for (const form of report.forms) {
    const figures = [form.budgetWeight, form.budgetScore, form.totalScore, ...form.funds.flatMap((f) => [f.initial, f.annual, f.executed, f.rate]), ...form.indicators.flatMap((i) => [i.weight, i.score, i.suggested])];
    for (const x of figures) if (x !== null && !FIGURE.test(x)) fail('report figures two decimals', { sheet: form.sheet, x });
  }
}

/** Figures with two decimals, grades from the bands, and no indicator score planned above its weight. */
function checkPlan(ev: WorkbookEvaluation): void {
  const seen = new Set<string>();
  const names = ev.sheets.map((s) => s.sheet);
  for (const e of ev.plan.entries) {
    const key = `${e.sheet}!${e.cell}`;
    // two sheets of one name (no Excel file has them) plan under one name: the patcher refuses those
    if (seen.has(key) && names.indexOf(e.sheet) === names.lastIndexOf(e.sheet)) fail('one write per cell', e);
    seen.add(key);
    parseA1(e.cell);
    if (e.kind === 'grade' ? e.after.type !== 'text' || !GRADES.has(e.after.text) : e.after.type !== 'number' || !FIGURE.test(e.after.text)) fail('plan figures two decimals', e);
  }
  for (const form of ev.forms) {
    for (const ind of form.indicators) {
      const e = form.plan.find((p) => p.kind === 'indicatorScore' && p.cell === ind.row.score?.cell);
      if (!e || ind.weight === null || ind.weight.isNegative()) continue;
      const planned = new Decimal(e.after.text);
      if (planned.greaterThan(ind.weight) || planned.isNegative()) fail('planned score within its weight', { e, weight: ind.weight.toString() });
    }
  }
}

/** The recalc of one reading, under one option set. */
async function recalcOnce(bytes: Uint8Array, grids: Grid[], limits: ReadLimits, scoreByRule: boolean): Promise<{ written: number; patchRefused: string | null }> {
  const options = { profile: PROFILES.standard, scoreByRule };
  const ev = await guarded('core never throws', () => evaluateWorkbook(grids, options));
  await guarded('findings and reports never throw', () => checkEvaluation(ev));
  checkPlan(ev);
  if (!ev.plan.entries.length) return { written: 0, patchRefused: null };
  let patch;
  try {
    // recalc.ts words a throw of either as its refusal 'patchFailed' (exit 2, nothing written)
    patch = await patchPackage(await openPackage(bytes), bytes, ev.plan.entries);
  } catch (err) {
    return { written: 0, patchRefused: err instanceof Error ? err.message.replace(/\(inner file.*|named .*/, '').slice(0, 60) : String(err) };
  }
  if (!patch.applied.length) return { written: 0, patchRefused: null };
  const after = await guarded('reader never throws', () => readWorkbook(patch.bytes, limits));
  if (isReadError(after)) fail('recalc output opens again', after);
  if (after.length !== grids.length || after.some((g, i) => g.sheet !== grids[i].sheet)) fail('same sheets after recalc', after.map((g) => g.sheet));
  const written = new Set(patch.applied.map((e: PlanEntry) => `${e.sheet}!${e.cell}`));
  grids.forEach((g, i) => {
    if (JSON.stringify(g.merges) !== JSON.stringify(after[i].merges) || !!g.protected !== !!after[i].protected) fail('only output cells differ', { sheet: g.sheet, merges: true });
    const stray = cellDiffs(g, after[i]).filter((d) => !written.has(`${d.sheet}!${d.cell}`));
    if (stray.length) fail('only output cells differ', stray.slice(0, 3));
  });
  const ev2 = await guarded('core never throws', () => evaluateWorkbook(after, options));
  await guarded('findings and reports never throw', () => checkEvaluation(ev2));
  checkReadBack(patch.applied, after, ev2);
  return { written: patch.applied.length, patchRefused: null };
}

/** One case through every property; throws a Violation (or the first property's error) when one breaks. */
export async function checkCase(bytes: Uint8Array, limits: ReadLimits): Promise<Outcome> {
  const grids = await guarded('reader never throws', () => readWorkbook(bytes, limits));
  if (isReadError(grids)) {
    checkRefusal(grids);
    return { refused: grids.code };
  }
  const plain = await recalcOnce(bytes, grids, limits, false);
  const byRule = await recalcOnce(bytes, grids, limits, true);
  return { evaluated: grids.length, written: plain.written + byRule.written, patchRefused: plain.patchRefused ?? byRule.patchRefused };
}
