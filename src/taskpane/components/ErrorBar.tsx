/** A failed action: what happened and what to do, in the UI language; the pane stays usable. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import { describeError } from '../i18n/hostErrors';
import { ErrorDetail } from './ErrorDetail';
import { useI18n } from '../i18n/I18nContext';
import type { ActionName } from '../i18n/strings';

export interface ErrorBarProps {
  action: ActionName;
  error: unknown;
  onDismiss?: () => void;
  onRetry?: () => void;
}

export function ErrorBar({ action, error, onDismiss, onRetry }: ErrorBarProps) {
  const { t, lang, host } = useI18n();
  const d = describeError(error, lang, host);
  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-error-code={d.code ?? 'error'}>
      <MessageBarBody>
        <MessageBarTitle>{t.failed(t.action[action])}</MessageBarTitle>
        <div>{d.message}</div>
        <ErrorDetail label={t.details} detail={d.detail} />
      </MessageBarBody>
      <MessageBarActions
        containerAction={onDismiss ? <Button appearance="transparent" icon={<Dismiss16Regular />} aria-label={t.dismiss} onClick={onDismiss} /> : undefined}
      >
        {onRetry && <Button onClick={onRetry}>{t.action[action]}</Button>}
      </MessageBarActions>
    </MessageBar>
  );
}
