/**
 * The controller's settings and workbook tools: settings stored in the workbook (profile,
 * language, inline check), 清除标记, 重新识别 (bind every form's budget block and indicator table)
 * and binding the user's selection.
 */
import { evaluateWorkbook } from '../core';
import type { TaskpaneSession } from './session';
import { PaneSettings, SETTING_KEYS, storedProfile } from './settings';
import { bindingParts } from './workbook';

export class SessionTools {
  constructor(private readonly s: TaskpaneSession) {}

  clearMarkers = (): Promise<boolean> =>
    this.s.run('clearMarkers', async () => {
      const count = await this.s.port.markers.clear();
      this.s.set({ notice: { type: 'markersCleared', count } });
    });

  /** 重新识别: locate every form again and (re-)bind its budget block and indicator table. */
  redetect = (): Promise<boolean> =>
    this.s.run('redetect', async () => {
      const { ev } = await this.s.readAndEvaluate('redetect');
      this.s.set({ evaluation: ev });
      const parts = bindingParts(ev.forms);
      if (parts.length) await this.s.port.bindings.bind(parts);
      this.s.set({ notice: { type: 'redetected', forms: ev.forms.length } });
    });

  bindSelection = (part: 'budget' | 'indicators'): Promise<boolean> =>
    this.s.run('bindSelection', async () => {
      const binding = await this.s.port.bindings.bindSelection(part);
      this.s.set({ notice: { type: 'bound', binding } });
    });

  /** Applies settings at once, stores them in the workbook, re-evaluates when the profile changed. */
  updateSettings = async (patch: Partial<PaneSettings>): Promise<void> => {
    const s = this.s;
    const settings = { ...s.getState().settings, ...patch };
    s.set({ settings });
    if ('inlineCheck' in patch) await s.inline.enable(settings.inlineCheck);
    if (s.getState().capabilities.settings) {
      try {
        if (patch.profile) await s.port.settings.set(SETTING_KEYS.profile, storedProfile(patch.profile));
        if ('lang' in patch) await s.port.settings.set(SETTING_KEYS.lang, patch.lang);
        if ('inlineCheck' in patch) await s.port.settings.set(SETTING_KEYS.inlineCheck, patch.inlineCheck);
      } catch (error) {
        s.set({ error: { action: 'settings', error } });
      }
    }
    const grids = s.lastGrids;
    if (patch.profile && grids) {
      // the figures under the new profile, from the grids already read (no round trip)
      await s.run('check', async () => s.set({ evaluation: evaluateWorkbook(grids, s.evaluateOptions()) }));
    }
  };
}
