/**
 * Errors of the Office.js host, as one typed error with a stable `code`. The task pane owns the
 * Chinese/English text for each code (its message table); this file only names the codes and maps
 * Office.js error codes (`OfficeExtension.Error.code`) onto them.
 *
 * No Office.js runtime object is used here (only the shape of its errors), so the mapping is
 * testable anywhere.
 */
import type { PlanEntry } from '../core/writePlan';
import { HostError, type HostErrorCode } from '../core/hostError';

// The host-neutral part lives in the core (the WPS adapter raises the same errors); its users
// here keep importing it from this file.
export { HOST_ERROR_CODES, HostError } from '../core/hostError';
export type { HostErrorCode } from '../core/hostError';

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
