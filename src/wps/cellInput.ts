/** The value put into `Range.Value2` for a plan value: core/cellInput.ts (Office.js and ET coerce alike). */
export { cellInput, needsTextMarker } from '../core/cellInput';
