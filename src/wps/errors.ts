/**
 * ET exceptions → the core's HostError codes (the task pane words them; see src/core/hostError.ts).
 * The object model throws plain errors whose text depends on the build and its language, so the
 * caller says what it was doing (`where`), and the text is only consulted for protection. An error
 * the mapping does not know becomes `unknown`: its text stays in `cause`, never in the message
 * (the pane shows messages by code, not the host's raw words).
 */
import { HostError, type HostErrorCode } from '../core/hostError';
import type { PlanEntry } from '../core/writePlan';

/** What the failing call was: looking a sheet up by name, writing cells, anything else. */
export type EtCallKind = 'sheet' | 'write' | 'other';

const PROTECTED = /protect|保护|受保护|只读|read-?only/i;
const NO_WORKBOOK = /no (active )?workbook|ActiveWorkbook|没有(打开的)?工作簿/i;

const MESSAGES: Record<HostErrorCode, string> = {
  protected: 'The sheet (or cell) is protected.',
  payloadTooLarge: 'The range is too large.',
  requirementMissing: 'This WPS 表格 lacks a feature the operation needs.',
  sheetDeleted: 'The sheet no longer exists.',
  itemNotFound: 'The item no longer exists.',
  generalException: 'WPS 表格 reported an internal error.',
  accessDenied: 'WPS 表格 refused the operation.',
  notInExcel: 'No workbook is open in WPS 表格.',
  cellEditMode: 'WPS 表格 is editing a cell.',
  unknown: 'WPS 表格 reported an error (the original is kept as the cause).',
};

function textOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (typeof err === 'object' && err !== null) {
    const m = (err as { message?: unknown; description?: unknown }).message ?? (err as { description?: unknown }).description;
    if (typeof m === 'string') return m;
  }
  return typeof err === 'string' ? err : '';
}

/** The code for an ET exception thrown by a call of this kind. */
export function etErrorCode(err: unknown, where: EtCallKind = 'other'): HostErrorCode {
  if (err instanceof HostError) return err.code;
  const text = textOf(err);
  if (where === 'sheet') return 'sheetDeleted'; // Item(name) throws exactly when there is no such sheet
  if (PROTECTED.test(text)) return 'protected';
  if (NO_WORKBOOK.test(text)) return 'notInExcel';
  return 'unknown';
}

/** Any thrown value → HostError (a HostError is returned as is, or with `attempted` added). */
export function toHostError(err: unknown, where: EtCallKind = 'other', attempted?: PlanEntry[]): HostError {
  if (err instanceof HostError) {
    if (!attempted || err.attempted) return err;
    return new HostError(err.code, err.message, { attempted, cause: err });
  }
  const code = etErrorCode(err, where);
  return new HostError(code, MESSAGES[code], { attempted, cause: err });
}

/** Runs one object-model call of this kind; its exception becomes a HostError. */
export function etCall<T>(where: EtCallKind, call: () => T): T {
  try {
    return call();
  } catch (err) {
    throw toHostError(err, where);
  }
}
