/**
 * Confirmation of a settings action (markers cleared, forms re-detected, selection bound), forms
 * bound again after a check, or what became of 「问题清单」 (written, or left alone as the user's).
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import { useI18n } from '../i18n/I18nContext';
import type { UiStrings } from '../i18n/strings';
import type { Notice } from '../sessionState';

function noticeText(notice: Notice, t: UiStrings): string {
  switch (notice.type) {
    case 'markersCleared':
      return t.markersCleared(notice.count);
    case 'redetected':
      return t.redetected(notice.forms);
    case 'rebound':
      return t.rebound(notice.forms);
    case 'bound':
      return t.bound(`${notice.binding.sheet}!${notice.binding.range}`, notice.binding.part === 'budget' ? t.partBudget : t.partIndicators);
    case 'issuesWritten':
      return t.issuesWritten(notice.sheet, notice.count) + (notice.printSkipped ? ` ${t.issuesPrintSkipped}` : '');
    case 'issuesForeign':
      return t.issuesForeign(notice.sheet);
  }
}

const INTENT: Partial<Record<Notice['type'], 'info' | 'warning'>> = { rebound: 'info', issuesForeign: 'warning' };

export function NoticeBar({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const { t } = useI18n();
  return (
    <MessageBar intent={INTENT[notice.type] ?? 'success'} data-notice={notice.type}>
      <MessageBarBody>{noticeText(notice, t)}</MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" icon={<Dismiss16Regular />} aria-label={t.dismiss} onClick={onDismiss} />} />
    </MessageBar>
  );
}
