/** Stub: the colleague's bindings (branch wps-store) replace this file at merge. */
import type { BindingsPort, SettingsStore } from '../core/port';
import type { WpsContext } from './context';

export function createWpsBindings(_ctx: WpsContext, _settings: SettingsStore): BindingsPort {
  throw new Error('not implemented');
}
