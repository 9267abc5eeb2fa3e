/** Confirmation of a settings action (markers cleared, forms re-detected, selection bound), or forms bound again after a check. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import { useI18n } from '../i18n/I18nContext';
import type { Notice } from '../sessionState';

export function NoticeBar({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const { t } = useI18n();
  const text =
    notice.type === 'markersCleared'
      ? t.markersCleared(notice.count)
      : notice.type === 'redetected'
        ? t.redetected(notice.forms)
        : notice.type === 'rebound'
          ? t.rebound(notice.forms)
          : t.bound(`${notice.binding.sheet}!${notice.binding.range}`, notice.binding.part === 'budget' ? t.partBudget : t.partIndicators);
  return (
    <MessageBar intent={notice.type === 'rebound' ? 'info' : 'success'}>
      <MessageBarBody>{text}</MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" icon={<Dismiss16Regular />} aria-label={t.dismiss} onClick={onDismiss} />} />
    </MessageBar>
  );
}
