/**
 * A HostError-like error (an Error with a stable `code`, as the task pane reads it) until a
 * colleague moves HostError to src/core/hostError.ts; then this file goes and callers import it.
 */
export type WpsErrorCode = 'accessDenied' | 'requirementMissing' | 'sheetDeleted' | 'itemNotFound' | 'notInExcel' | 'unknown';

export function wpsError(code: WpsErrorCode, message: string): Error & { code: WpsErrorCode } {
  return Object.assign(new Error(message), { name: 'HostError', code });
}
