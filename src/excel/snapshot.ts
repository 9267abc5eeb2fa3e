/** The sheet snapshot is host-neutral (the WPS adapter keeps the same): it lives in the core. */
export { SheetSnapshot } from '../core/sheetSnapshot';
