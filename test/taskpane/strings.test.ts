import { CHROME } from '../../src/taskpane/i18n/chrome';
import { FINDINGS } from '../../src/taskpane/i18n/findings';
import { INDICATORS } from '../../src/taskpane/i18n/indicators';
import { ISSUES } from '../../src/taskpane/i18n/issues';
import { OVERVIEW } from '../../src/taskpane/i18n/overview';
import { PREVIEW } from '../../src/taskpane/i18n/preview';
import { RESULTS } from '../../src/taskpane/i18n/results';
import { REVIEW } from '../../src/taskpane/i18n/review';
import { RUN_RESULT } from '../../src/taskpane/i18n/runResult';
import { SETTINGS } from '../../src/taskpane/i18n/settings';
import { uiStrings } from '../../src/taskpane/i18n/strings';

const AREAS: Record<string, Record<string, readonly unknown[]>> = { CHROME, OVERVIEW, INDICATORS, RUN_RESULT, FINDINGS, PREVIEW, SETTINGS, RESULTS, ISSUES, REVIEW };

describe('the pane strings, one table per area', () => {
  it('gives every key to one area only (the merge would silently keep the last)', () => {
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const [area, table] of Object.entries(AREAS)) {
      for (const key of Object.keys(table)) {
        if (owner.has(key)) twice.push(`${key}: ${owner.get(key)} and ${area}`);
        owner.set(key, area);
      }
    }
    expect(twice).toEqual([]);
  });

  it('has a zh-CN and an en-US text of the same kind in every entry', () => {
    for (const table of Object.values(AREAS)) {
      for (const [key, pair] of Object.entries(table)) {
        expect([key, pair.length]).toEqual([key, 2]);
        expect([key, typeof pair[1]]).toEqual([key, typeof pair[0]]);
      }
    }
  });

  it('resolves every area key in both languages', () => {
    const keys = Object.values(AREAS).flatMap((t) => Object.keys(t));
    for (const lang of ['zh-CN', 'en-US'] as const) {
      const s = uiStrings(lang) as unknown as Record<string, unknown>;
      expect(keys.filter((k) => s[k] === undefined)).toEqual([]);
    }
    expect(uiStrings('en-US').cancel).toBe('Cancel');
  });
});

describe('host-specific wording (WPS 表格)', () => {
  const { WPS_STRINGS, WPS_HOST_MESSAGES } = jest.requireActual<typeof import('../../src/taskpane/i18n/wps')>('../../src/taskpane/i18n/wps');
  const { HOST_ERROR_CODES, hostErrorMessage } = jest.requireActual<typeof import('../../src/taskpane/i18n/hostErrors')>('../../src/taskpane/i18n/hostErrors');
  const keys = new Set(Object.values(AREAS).flatMap((t) => Object.keys(t)));

  it('overrides only keys the areas have, and every one of them differs from the Excel text', () => {
    expect(Object.keys(WPS_STRINGS).filter((k) => !keys.has(k))).toEqual([]);
    for (const lang of ['zh-CN', 'en-US'] as const) {
      const wps = uiStrings(lang, 'wps') as unknown as Record<string, unknown>;
      const excel = uiStrings(lang) as unknown as Record<string, unknown>;
      for (const k of Object.keys(WPS_STRINGS)) expect([k, wps[k] === excel[k]]).toEqual([k, false]);
      expect(wps.recalcAll).toBe(excel.recalcAll);
    }
  });

  it('never names Excel inside WPS, in the UI strings or the host errors', () => {
    for (const lang of ['zh-CN', 'en-US'] as const) {
      const wps = uiStrings(lang, 'wps') as unknown as Record<string, unknown>;
      const named = [...keys].filter((k) => typeof wps[k] === 'string' && /Excel/.test(wps[k] as string));
      expect(named).toEqual([]);
      expect(HOST_ERROR_CODES.filter((c) => /Excel/.test(hostErrorMessage(c, lang, 'wps')))).toEqual([]);
    }
    expect(Object.keys(WPS_HOST_MESSAGES).length).toBeGreaterThan(0);
  });
});
