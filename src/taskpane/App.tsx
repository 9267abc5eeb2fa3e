/**
 * The task pane's root: FluentProvider, language, an error boundary, and either the pane bound
 * to a WorkbookPort or a message saying why there is none (connecting, not inside Excel, failed).
 */
import { ReactNode } from 'react';
import { Caption1, FluentProvider, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Theme, tokens, webLightTheme } from '@fluentui/react-components';
import type { HostKind, WorkbookPort } from '../core';
import { ErrorBar } from './components/ErrorBar';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Shell } from './components/Shell';
import { useSessionState, useTaskpaneSession } from './hooks/useSession';
import { I18nProvider, useI18n } from './i18n/I18nContext';
import { Lang, localeOf, uiStrings } from './i18n/strings';
import type { SessionOptions, TaskpaneSession } from './session';

export type PaneStatus = 'ready' | 'connecting' | 'notInExcel' | 'failed';

export interface AppProps {
  /** The host; null while connecting, outside Excel, or when connecting failed. */
  port: WorkbookPort | null;
  status?: PaneStatus;
  /** Office.context.displayLanguage (or the browser's language): zh-* → 中文, en-* → English. */
  displayLanguage?: string;
  /** Why connecting failed (status 'failed'). */
  startupError?: unknown;
  /** The spreadsheet this page was built for, before the port tells (「正在连接 WPS 表格…」). */
  host?: HostKind;
  sessionOptions?: SessionOptions;
  theme?: Theme;
}

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  pad: { padding: tokens.spacingHorizontalM },
});

export function App({ port, status = port ? 'ready' : 'connecting', displayLanguage, startupError, host = 'excel', sessionOptions, theme = webLightTheme }: AppProps) {
  const styles = useStyles();
  const locale = localeOf(displayLanguage);
  return (
    // The page background is on an inner element: FluentProvider's className also goes onto the
    // portal layer of dialogs, where a full-height white background hid the workbook behind them.
    <FluentProvider theme={theme}>
      <div className={styles.root}>
        <I18nProvider lang={locale} host={host}>
          <ErrorBoundary>
            {port && status === 'ready' ? <Connected port={port} locale={locale} options={sessionOptions} /> : <Waiting status={status} error={startupError} />}
          </ErrorBoundary>
        </I18nProvider>
      </div>
    </FluentProvider>
  );
}

function Connected({ port, locale, options }: { port: WorkbookPort; locale: Lang; options?: SessionOptions }) {
  const session = useTaskpaneSession(port, options);
  if (!session) return <Centered>{<ConnectingSpinner />}</Centered>;
  return <Ready session={session} locale={locale} />;
}

function Ready({ session, locale }: { session: TaskpaneSession; locale: Lang }) {
  const state = useSessionState(session);
  return (
    <I18nProvider lang={state.settings.lang ?? locale} host={state.capabilities.host}>
      <ErrorBoundary>
        <Shell session={session} state={state} />
      </ErrorBoundary>
    </I18nProvider>
  );
}

function Waiting({ status, error }: { status: PaneStatus; error: unknown }) {
  const { t, lang, host } = useI18n();
  const other = uiStrings(lang === 'zh-CN' ? 'en-US' : 'zh-CN', host);
  if (status === 'failed') return <Centered><ErrorBar action="start" error={error} /></Centered>;
  if (status !== 'notInExcel') return <Centered><ConnectingSpinner /></Centered>;
  return (
    <Centered>
      <MessageBar intent="warning" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{t.notInExcelTitle}</MessageBarTitle>
          <div>{t.notInExcelBody}</div>
          <Caption1 lang={lang === 'zh-CN' ? 'en' : 'zh-CN'}>{other.notInExcelBody}</Caption1>
        </MessageBarBody>
      </MessageBar>
    </Centered>
  );
}

function ConnectingSpinner() {
  const { t } = useI18n();
  return <Spinner size="small" label={t.connecting} />;
}

function Centered({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return <div className={styles.pad}>{children}</div>;
}
