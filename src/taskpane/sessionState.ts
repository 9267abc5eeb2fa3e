/** The task pane's state, as the controller (session.ts) holds it and the components read it. */
import type { FormBinding, FormEvaluation, HostCapabilities, MarkerResult, PlanEntry, ResultsModel, Severity, SkippedEntry, WorkbookEvaluation, WorkbookPort } from '../core';
import type { ActionName } from './i18n/strings';
import { defaultSettings, PaneSettings } from './settings';
import type { EvalProgress, ScoreByRulePreview } from './workbook';

export type Phase = 'busy' | 'reading' | 'evaluating' | 'writing' | 'markers' | 'bindings';

export interface Busy {
  action: ActionName;
  phase: Phase;
  progress?: EvalProgress;
  /** Cells being written. */
  cells?: number;
}

/** What the last write did (一键重算, 按规则评分 or 撤销). */
export interface RunResult {
  action: 'recalcAll' | 'scoreByRule' | 'undo';
  written: PlanEntry[];
  skipped: SkippedEntry[];
  /** Protected sheets the plan left out (known from the read). */
  skippedSheets: string[];
  /** The evaluations the written figures come from (for the 「说明」 of each change). */
  sources: FormEvaluation[];
  /** Findings left after the write. */
  remaining: Record<Severity, number> | null;
  markers: MarkerResult | null;
  markersError: unknown;
}

/** 生成汇总: the results of every form, and what became of the sheet 「绩效自评结果」. */
export interface ResultsView {
  model: ResultsModel;
  sheet: string;
  /** written: the sheet was (re)written; foreign: a sheet of that name is the user's, left alone. */
  outcome: 'written' | 'foreign';
  replaced: boolean;
  chartSkipped: boolean;
}

export type Notice =
  | { type: 'markersCleared'; count: number }
  | { type: 'redetected'; forms: number }
  /** Forms bound again after a check because their bindings were lost or no longer matched. */
  | { type: 'rebound'; forms: number }
  | { type: 'bound'; binding: FormBinding }
  /** 检查 ran: what it found, when it finished (epoch ms) and how long it took. */
  | { type: 'checked'; counts: Record<Severity, number>; forms: number; at: number; ms: number }
  /** 导出问题清单 wrote 「问题清单」 (`count` findings); `printSkipped`: without its print setup. */
  | { type: 'issuesWritten'; sheet: string; count: number; printSkipped: boolean }
  /** A sheet of that name is the user's: left alone. */
  | { type: 'issuesForeign'; sheet: string }
  /**
   * 创建/刷新复核记录 wrote 「复核记录」: `rows` body rows for `forms` forms; the 复核得分 and 复核意见
   * carried over (`scores`, `comments`: earlier drafts included), `orphans` rows moved to the end
   * (their cell is no item any more); `drafted` drafts put into empty （总体） cells.
   */
  | { type: 'reviewWritten'; sheet: string; replaced: boolean; forms: number; rows: number; scores: number; comments: number; orphans: number; drafted: number }
  /** A 「复核记录」 that is not the add-in's: left alone (rename it). */
  | { type: 'reviewForeign'; sheet: string }
  /** The signed record has lost its header row: nothing can be matched, nothing written over it. */
  | { type: 'reviewDamaged'; sheet: string };

export interface SessionState {
  /** Settings loaded (or their loading failed): the pane can be used. */
  ready: boolean;
  busy: Busy | null;
  evaluation: WorkbookEvaluation | null;
  result: RunResult | null;
  /** Entries the last write changed, with their old values; null when there is nothing to undo. */
  undo: PlanEntry[] | null;
  preview: ScoreByRulePreview | null;
  error: { action: ActionName; error: unknown } | null;
  notice: Notice | null;
  settings: PaneSettings;
  capabilities: HostCapabilities;
  /** Sheets being re-checked after an edit. */
  rechecking: string[];
  results: ResultsView | null;
}

const NO_CAPABILITIES: HostCapabilities = { mergedAreas: false, settings: false, bindings: false, markers: false, editEvents: false, sheets: false };

/** What the host supports, as the state holds it. */
export function capabilitiesOf(port: WorkbookPort): HostCapabilities {
  try {
    return { ...NO_CAPABILITIES, ...port.capabilities() };
  } catch {
    return NO_CAPABILITIES; // a host that cannot say what it supports gets the safe subset
  }
}

export function initialState(capabilities: HostCapabilities): SessionState {
  return {
    ready: false,
    busy: null,
    evaluation: null,
    result: null,
    undo: null,
    preview: null,
    error: null,
    notice: null,
    settings: defaultSettings(),
    capabilities,
    rechecking: [],
    results: null,
  };
}
