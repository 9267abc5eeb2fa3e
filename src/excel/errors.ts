/**
 * Errors of the Office.js host, as one typed error with a stable `code`. The task pane owns the
 * Chinese/English text for each code (its message table); this file only names the codes and maps
 * Office.js error codes (`OfficeExtension.Error.code`) onto them.
 *
 * No Office.js runtime object is used here (only the shape of its errors), so the mapping is
 * testable anywhere.
 */
import type { PlanEntry } from '../core/writePlan';

/** Stable codes: add new ones freely, never rename one (the task pane's messages are keyed by them). */
export const HOST_ERROR_CODES = [
  'protected', // a write hit a protected sheet (or cell)
  'payloadTooLarge', // the request or response exceeded the host's payload limit (5 MB on the web)
  'requirementMissing', // the host lacks an API (requirement set) this operation needs
  'sheetDeleted', // a sheet the operation names no longer exists (deleted or renamed)
  'itemNotFound', // another named object (binding, conditional format, setting) does not exist
  'generalException', // Excel reported an internal error
  'accessDenied', // the host refused the operation (read-only document, permissions)
  'notInExcel', // Office.js / Excel is not available (the page runs outside Excel)
  'cellEditMode', // Excel is in cell-edit mode (the user is typing in a cell): try again after Enter/Esc
  'unknown',
] as const;

export type HostErrorCode = (typeof HOST_ERROR_CODES)[number];

export class HostError extends Error {
  readonly code: HostErrorCode;
  /** The Office.js error code (`InvalidArgument`, `ItemNotFound`…), when the error came from Office.js. */
  readonly officeCode?: string;
  /**
   * Only for a failed write (`apply`): the entries that were queued in the failed batch. Office.js
   * batches are not transactional, so some of them may have been written before the failing
   * command; the task pane can offer to undo them (undo skips cells that do not hold our value).
   */
  readonly attempted?: PlanEntry[];

  constructor(code: HostErrorCode, message: string, extra: { officeCode?: string; attempted?: PlanEntry[]; cause?: unknown } = {}) {
    super(message);
    this.name = 'HostError';
    this.code = code;
    if (extra.officeCode !== undefined) this.officeCode = extra.officeCode;
    if (extra.attempted !== undefined) this.attempted = extra.attempted;
    if (extra.cause !== undefined) (this as { cause?: unknown }).cause = extra.cause;
  }
}

/**
 * Office.js error code → HostErrorCode. Codes not listed map to `unknown` (the original code is kept
 * in `officeCode` and the original message in `message`).
 */
export const OFFICE_ERROR_CODE_MAP: Readonly<Record<string, HostErrorCode>> = {
  AccessDenied: 'accessDenied',
  ItemNotFound: 'itemNotFound',
  InvalidReference: 'itemNotFound',
  GeneralException: 'generalException',
  RequestPayloadSizeLimitExceeded: 'payloadTooLarge',
  ResponsePayloadSizeLimitExceeded: 'payloadTooLarge',
  PayloadTooLarge: 'payloadTooLarge',
  RangeExceedsLimit: 'payloadTooLarge',
  OperationCellsExceedLimit: 'payloadTooLarge',
  ApiNotFound: 'requirementMissing',
  NotImplemented: 'requirementMissing',
  UnsupportedFeature: 'requirementMissing',
  InvalidOperationInCellEditMode: 'cellEditMode',
  // InvalidArgument, InvalidOperation, Conflict, ConnectionFailure, RequestAborted … → unknown
};

interface OfficeLikeError {
  code?: unknown;
  message?: unknown;
  name?: unknown;
}

/** Any thrown value → HostError (a HostError is returned as is). */
export function toHostError(err: unknown): HostError {
  if (err instanceof HostError) return err;
  const e = (typeof err === 'object' && err !== null ? err : {}) as OfficeLikeError;
  const officeCode = typeof e.code === 'string' ? e.code : undefined;
  const message = typeof e.message === 'string' && e.message ? e.message : String(err);
  if (officeCode === undefined) {
    // Office.js missing altogether: "Excel is not defined" / "Office is not defined".
    if (err instanceof ReferenceError && /\b(Excel|Office)\b/.test(message)) return new HostError('notInExcel', message, { cause: err });
    return new HostError('unknown', message, { cause: err });
  }
  let code: HostErrorCode = OFFICE_ERROR_CODE_MAP[officeCode] ?? 'unknown';
  // Writing into a protected sheet is reported as AccessDenied or InvalidOperation depending on
  // the platform; the message names the protection.
  if ((officeCode === 'AccessDenied' || officeCode === 'InvalidOperation') && /protect|保护/i.test(message)) code = 'protected';
  return new HostError(code, message, { officeCode, cause: err });
}

/** The same error, re-coded where the caller knows better (e.g. ItemNotFound of a worksheet). */
export function recode(err: HostError, code: HostErrorCode, extra: { attempted?: PlanEntry[] } = {}): HostError {
  return new HostError(code, err.message, { officeCode: err.officeCode, attempted: extra.attempted ?? err.attempted, cause: err });
}
