/** Stub: the colleague's markers (branch wps-store) replace this file at merge. */
import type { MarkersPort, SettingsStore } from '../core/port';
import type { WpsContext } from './context';

export function createWpsMarkers(_ctx: WpsContext, _settings: SettingsStore): MarkersPort {
  throw new Error('not implemented');
}
