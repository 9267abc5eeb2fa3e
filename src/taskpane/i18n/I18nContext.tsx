import { createContext, ReactNode, useContext, useMemo } from 'react';
import { HostKind, Lang, uiStrings, UiStrings } from './strings';

export interface I18n {
  lang: Lang;
  /** The spreadsheet the pane runs in: host-specific wording (「在 WPS 中…」). */
  host: HostKind;
  t: UiStrings;
}

const I18nContext = createContext<I18n>({ lang: 'zh-CN', host: 'excel', t: uiStrings('zh-CN') });

/** A nested provider without `host` keeps the outer one's. */
export function I18nProvider({ lang, host, children }: { lang: Lang; host?: HostKind; children: ReactNode }) {
  const outer = useContext(I18nContext).host;
  const h = host ?? outer;
  const value = useMemo(() => ({ lang, host: h, t: uiStrings(lang, h) }), [lang, h]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The UI language, the host and their strings. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}

export { I18nContext };
