/** Stub: the colleague's settings store (branch wps-store) replaces this file at merge. */
import type { SettingsStore } from '../core/port';
import type { WpsContext } from './context';

export function createWpsSettings(_ctx: WpsContext): SettingsStore {
  throw new Error('not implemented');
}
