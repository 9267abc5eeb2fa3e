import { createContext, ReactNode, useContext, useMemo } from 'react';
import { Lang, uiStrings, UiStrings } from './strings';

export interface I18n {
  lang: Lang;
  t: UiStrings;
}

const I18nContext = createContext<I18n>({ lang: 'zh-CN', t: uiStrings('zh-CN') });

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => ({ lang, t: uiStrings(lang) }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The UI language and its strings. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}

export { I18nContext };
