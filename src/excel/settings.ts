/// <reference types="office-js" />
/**
 * Settings stored in the workbook: the Office common API's property bag
 * (`Office.context.document.settings`), which every Excel that runs add-ins has, rather than the
 * Excel API's `workbook.settings` (ExcelApi 1.4). Both end up in the same place in the file; the
 * common one needs no Excel.run and works on every host version.
 *
 * Keys are stored as `jixiao.<key>`; values as JSON (a copy: what `get` returns is never the stored
 * object). `set` persists with `saveAsync`, so the next person who opens the saved file gets the
 * same (the workbook itself still has to be saved, as with any change). `set(key, undefined)`
 * removes the key. Co-authors each hold their own copy of the bag until they reload.
 */
import type { SettingsStore } from '../core/port';
import { settingsKey } from '../core/workbookSettings';
import { HostError } from './errors';
import type { OfficeHost } from './host';

function bag(host: OfficeHost): Office.Settings {
  const s = host.documentSettings();
  if (!s) throw new HostError('notInExcel', 'Document settings are not available outside Office.');
  return s;
}

export function saveSettings(settings: Office.Settings): Promise<void> {
  return new Promise((resolve, reject) => {
    settings.saveAsync((result: Office.AsyncResult<void>) => {
      if (String(result.status) === 'failed') {
        const e = result.error;
        reject(new HostError('unknown', e?.message || 'Settings could not be saved.', { officeCode: e ? String(e.code) : undefined }));
      } else resolve();
    });
  });
}

export function createSettingsStore(host: OfficeHost): SettingsStore {
  return {
    async get<T>(key: string): Promise<T | undefined> {
      const v = bag(host).get(settingsKey(key)) as unknown;
      if (v === null || v === undefined) return undefined;
      return JSON.parse(JSON.stringify(v)) as T;
    },
    async set<T>(key: string, value: T): Promise<void> {
      const s = bag(host);
      if (value === undefined) s.remove(settingsKey(key));
      else s.set(settingsKey(key), JSON.parse(JSON.stringify(value)));
      await saveSettings(s);
    },
  };
}
