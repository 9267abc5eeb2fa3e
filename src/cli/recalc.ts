/** `jixiao recalc FILE -o OUT`: the recalculated copy, patched surgically; the input is never touched. */
import type JSZip from 'jszip';
import { evaluateWorkbook, WorkbookEvaluation } from '../core/evaluate';
import { RESULTS_SHEET, resultsOf, resultsSheetSpec } from '../core/results/resultsSheet';
import { putSheets, SheetNotOursError } from '../xlsx/sheetWriter';
import type { CellValue } from '../core/grid';
import type { Profile } from '../core/profile';
import { FileReport, fileReport } from '../core/report';
import type { PlanEntry } from '../core/writePlan';
import { WriteFs, writeFileAtomic } from './atomicWrite';
import { destinationRefusal, macroRefusal } from './copyChecks';
import { unreadableReport } from './check';
import type { Io } from './io';
import type { ReadLimits } from '../xlsx/read';
import { gridsFromBytes, isReadError, loadWorkbook, readErrorText } from './load';
import { countSeverities, findingLines } from './table';
import { displayWidth, padEnd } from './width';
import { Lang, t, TextKey } from './text';
import { writeErrorText, writeProblemOf } from './writeErrorText';
import { openPackage, patchPackage, PatchResult, RefusalReason } from '../xlsx/xlsxPatch';

export interface RecalcOptions {
  file: string;
  output: string;
  json: boolean;
  lang: Lang;
  profile: Profile;
  scoreByRule: boolean;
  /** Also write 「绩效自评结果」 into the copy (as 生成汇总 does in the add-in). */
  resultsSheet?: boolean;
  /** The reader's bounds (--max-part-mb); the defaults when absent. */
  limits?: ReadLimits;
}

class Refusal {
  constructor(readonly message: string, readonly report: FileReport | null = null) {}
}

interface Done {
  patch: PatchResult;
  /** 「绩效自评结果」 written into the copy (--results-sheet). */
  resultsSheet: string | null;
  skippedSheets: string[];
  report: FileReport;
}

async function recalc(o: RecalcOptions, fsys?: WriteFs): Promise<Done> {
  const { lang, output } = o;
  const refused = await destinationRefusal(o.file, output, lang, 'recalc');
  if (refused) throw new Refusal(refused);
  const loaded = await loadWorkbook(o.file, o.limits);
  if (!loaded.ok) {
    const reason = readErrorText(loaded.error, lang);
    throw new Refusal(t(lang, 'cannotRead', { file: o.file, reason }), unreadableReport(o.file, loaded.error, lang));
  }
  // JSZip reads every entry's header, where the reader read only the parts it needed: a package
  // the reader accepted may still be one JSZip refuses (found by the fuzzer, test/fuzz/).
  let zip: JSZip;
  try {
    zip = await openPackage(loaded.bytes);
  } catch (err) {
    throw new Refusal(t(lang, 'patchFailed', { output }));
  }
  const macros = macroRefusal(o.file, output, zip, lang);
  if (macros) throw new Refusal(macros);

  const options = { profile: o.profile, scoreByRule: o.scoreByRule };
  const ev = evaluateWorkbook(loaded.grids, options);
  let patch: PatchResult;
  try {
    patch = await patchPackage(zip, loaded.bytes, ev.plan.entries);
  } catch (err) {
    throw new Refusal(t(lang, 'patchFailed', { output }));
  }
  // Read the new package back before writing it: what remains is checked on the real output.
  let after = ev;
  if (patch.applied.length > 0) {
    const grids = await gridsFromBytes(Buffer.from(patch.bytes.buffer, patch.bytes.byteOffset, patch.bytes.byteLength), o.limits); // a view, not a copy
    if (isReadError(grids)) throw new Refusal(t(lang, 'verifyFailed', { detail: readErrorText(grids, lang), output }));
    after = evaluateWorkbook(grids, options);
  }
  const bytes = o.resultsSheet ? await withResultsSheet(patch.bytes, after, o) : patch.bytes;
  try {
    await writeFileAtomic(output, bytes, fsys);
  } catch (err) {
    throw new Refusal(writeErrorText(writeProblemOf(err), lang, output));
  }
  return { patch, resultsSheet: o.resultsSheet ? RESULTS_SHEET : null, skippedSheets: ev.plan.skippedSheets, report: fileReport(output, after, lang) };
}

/** The recalculated figures as 「绩效自评结果」 (replacing the add-in's own sheet, never the user's). */
async function withResultsSheet(bytes: Uint8Array, ev: WorkbookEvaluation, o: RecalcOptions): Promise<Uint8Array> {
  try {
    return await putSheets(bytes, [resultsSheetSpec(resultsOf(ev))]);
  } catch (err) {
    if (err instanceof SheetNotOursError) throw new Refusal(t(o.lang, 'resultsSheetForeign', { sheet: err.sheet, file: o.file }));
    throw new Refusal(t(o.lang, 'patchFailed', { output: o.output }));
  }
}

function shown(v: CellValue, lang: Lang): string {
  if (v === null || v === '') return t(lang, 'empty_value');
  if (typeof v === 'object') return v.error;
  return String(v).replace(/\s+/g, ' ');
}

const REFUSAL_TEXT: Record<RefusalReason, TextKey> = { formula: 'refusedFormula', noSheet: 'refusedNoSheet', badValue: 'refusedBadValue' };

function renderDone(o: RecalcOptions, d: Done): string {
  const { lang } = o;
  const { applied, refused } = d.patch;
  const lines: string[] = [];
  if (applied.length === 0) lines.push(t(lang, 'writtenUnchanged', { output: o.output }));
  else {
    lines.push(t(lang, 'written', { output: o.output, count: applied.length }));
    const at = applied.map((e) => `${e.sheet}!${e.cell}:`);
    const before = applied.map((e) => shown(e.before, lang));
    const aw = Math.max(...at.map(displayWidth));
    const bw = Math.max(...before.map(displayWidth));
    applied.forEach((e, i) => {
      const kind = t(lang, `kind_${e.kind}` as TextKey);
      lines.push(`  ${padEnd(at[i], aw)} ${padEnd(before[i], bw)} → ${e.after.text}  ${lang === 'zh-CN' ? `（${kind}）` : `(${kind})`}`);
    });
    lines.push(t(lang, 'fullCalcNote'));
  }
  if (d.resultsSheet) lines.push(t(lang, 'resultsSheetWritten', { sheet: d.resultsSheet }));
  for (const sheet of d.skippedSheets) lines.push(t(lang, 'skippedSheet', { sheet }));
  for (const r of refused) lines.push('  ' + t(lang, REFUSAL_TEXT[r.reason], { at: `${r.entry.sheet}!${r.entry.cell}`, value: r.entry.after.text }));
  lines.push(t(lang, 'remaining', countSeverities(d.report)));
  const serious = [...d.report.findings, ...d.report.forms.flatMap((f) => f.findings)].filter((f) => f.severity !== 'info');
  lines.push(...findingLines(serious, lang, true));
  return lines.join('\n') + '\n';
}

function change(e: PlanEntry) {
  return { sheet: e.sheet, cell: e.cell, kind: e.kind, before: e.before, after: e.after };
}

/** Exit 0: written, no error findings remain; 1: written, errors remain; 2: nothing written. */
export async function runRecalc(o: RecalcOptions, io: Io): Promise<number> {
  let done: Done;
  try {
    done = await recalc(o, io.fs);
  } catch (err) {
    if (!(err instanceof Refusal)) throw err;
    io.err(`jixiao: ${err.message}\n`);
    if (o.json) {
      const doc = { file: o.file, output: o.output, written: false, error: err.message, changes: [], skippedSheets: [], report: err.report };
      io.out(JSON.stringify(doc, null, 2) + '\n');
    }
    return 2;
  }
  if (o.json) {
    const doc = {
      file: o.file,
      output: o.output,
      written: true,
      changes: done.patch.applied.map(change),
      skippedSheets: done.skippedSheets,
      notWritten: done.patch.refused.map((r) => ({ ...change(r.entry), reason: r.reason })),
      fullCalcOnLoad: done.patch.applied.length > 0,
      resultsSheet: done.resultsSheet,
      report: done.report,
    };
    io.out(JSON.stringify(doc, null, 2) + '\n');
  } else {
    io.out(renderDone(o, done));
  }
  return countSeverities(done.report).error > 0 ? 1 : 0;
}
