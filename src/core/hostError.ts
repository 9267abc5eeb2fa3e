/**
 * A host's failure as one typed error with a stable `code`, the same for every host (Excel through
 * Office.js, WPS 表格 through its object model). The task pane owns the Chinese/English text for each
 * code (its message table); each host adapter maps its own errors onto these codes.
 */
import type { PlanEntry } from './writePlan';

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
