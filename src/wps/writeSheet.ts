/** Stub: the colleague's writeSheet (branch wps-store) replaces this file at merge. */
import type { WriteSheetResult } from '../core/port';
import type { SheetSpec } from '../core/sheetSpec';
import type { WpsContext } from './context';

export function writeWpsSheet(_ctx: WpsContext, _spec: SheetSpec): Promise<WriteSheetResult> {
  throw new Error('not implemented');
}
