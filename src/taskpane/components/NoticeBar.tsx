/**
 * Confirmation of an action: 检查 ran (with its counts and time), markers cleared, forms
 * re-detected, selection bound, forms bound again after a check, or what became of 「问题清单」
 * (written, or left alone as the user's), or of 「复核记录」 (written, the user's, damaged).
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import { useI18n } from '../i18n/I18nContext';
import type { UiStrings } from '../i18n/strings';
import type { Notice } from '../sessionState';

const clock = (ms: number) => {
  const d = new Date(ms);
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
};

function noticeText(notice: Notice, t: UiStrings): string {
  switch (notice.type) {
    case 'checked': {
      const { error, warning, info } = notice.counts;
      return t.checked(error, warning, info, notice.forms, clock(notice.at), (notice.ms / 1000).toFixed(1));
    }
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
    case 'reviewWritten':
      return t.reviewWritten(notice.sheet, notice.rows, notice.forms, [notice.scores, notice.comments, notice.orphans, notice.drafted]);
    case 'reviewForeign':
      return t.reviewForeign(notice.sheet);
    case 'reviewDamaged':
      return t.reviewDamaged(notice.sheet);
  }
}

function intentOf(notice: Notice): 'info' | 'warning' | 'success' {
  if (notice.type === 'rebound') return 'info';
  if (notice.type === 'issuesForeign' || notice.type === 'reviewForeign' || notice.type === 'reviewDamaged') return 'warning';
  if (notice.type === 'checked' && notice.counts.error + notice.counts.warning > 0) return 'warning';
  return 'success';
}

export function NoticeBar({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const { t } = useI18n();
  return (
    <MessageBar intent={intentOf(notice)} data-testid="notice" data-notice={notice.type} role="status">
      <MessageBarBody>{noticeText(notice, t)}</MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" icon={<Dismiss16Regular />} aria-label={t.dismiss} onClick={onDismiss} />} />
    </MessageBar>
  );
}
