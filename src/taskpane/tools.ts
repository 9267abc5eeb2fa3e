/**
 * The controller's settings and workbook tools: settings stored in the workbook (profile,
 * language, inline check, 复核 mode), 清除标记, 重新识别 (bind every form's budget block and indicator table)
 * and binding the user's selection (a hint for the locator: odd layouts).
 */
import { evaluateWorkbook } from '../core';
import type { BindingKeeper } from './bindings';
import type { InlineCheck } from './inlineCheck';
import type { ActionPort } from './sessionPorts';
import { PaneSettings, REVIEW_MODE_KEY, SETTING_KEYS, storedProfile } from './settings';

/** What the tools ask of the controller: its actions, its bindings, switching the inline check. */
export interface ToolsPort extends ActionPort {
  readonly bindings: Pick<BindingKeeper, 'load' | 'ensureLoaded' | 'addUser' | 'dropMismatched' | 'reconcile'>;
  readonly inline: Pick<InlineCheck, 'enable'>;
}

export class SessionTools {
  constructor(private readonly s: ToolsPort) {}

  clearMarkers = (): Promise<boolean> =>
    this.s.run('clearMarkers', async () => {
      const count = await this.s.port.markers.clear();
      this.s.set({ notice: { type: 'markersCleared', count } });
    });

  /**
   * 重新识别: list the workbook's bindings afresh, locate every form again, drop the user's bound
   * ranges that no longer hold their table (BINDING_MISMATCH), bind every form's budget block and
   * indicator table again and remove the bindings of forms that are gone.
   */
  redetect = (): Promise<boolean> =>
    this.s.run('redetect', async () => {
      const s = this.s;
      await s.bindings.load();
      const read = await s.readAndEvaluate('redetect');
      const ev = (await s.bindings.dropMismatched(read.ev)) ? evaluateWorkbook(read.grids, s.evaluateOptions()) : read.ev;
      s.set({ evaluation: ev });
      await s.bindings.reconcile(ev, 'all');
      s.set({ notice: { type: 'redetected', forms: ev.forms.length } });
    });

  /**
   * 绑定所选区域为预算表/指标表: the selection becomes a user binding (replacing the same part bound
   * before over those cells, or one that no longer holds its table) and the workbook is evaluated
   * again at once with it as a hint.
   */
  bindSelection = (part: 'budget' | 'indicators'): Promise<boolean> =>
    this.s.run('bindSelection', async () => {
      const s = this.s;
      await s.bindings.ensureLoaded(true);
      const binding = await s.port.bindings.bindSelection(part);
      await s.bindings.addUser(binding, s.getState().evaluation);
      const { ev } = await s.readAndEvaluate('bindSelection');
      s.set({ evaluation: ev });
      await s.bindings.reconcile(ev, 'quiet');
      s.set({ notice: { type: 'bound', binding } });
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
        if ('reviewMode' in patch) await s.port.settings.set(REVIEW_MODE_KEY, patch.reviewMode);
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
