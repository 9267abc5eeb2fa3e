/**
 * One line above the overview when the forms' layout suggests another scoring profile than the
 * workbook's (e.g. 四川's template under 标准): a button switches to it (stored in the workbook, the
 * forms re-evaluated, as in 设置), another closes the hint until the suggestion changes.
 */
import { memo, useState } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import { otherSuggestedProfile, WorkbookEvaluation } from '../../core';
import { useI18n } from '../i18n/I18nContext';

export interface ProfileHintProps {
  evaluation: WorkbookEvaluation | null;
  /** The name of the workbook's profile. */
  profile: string;
  busy: boolean;
  onSwitch: (name: string) => void;
}

export const ProfileHint = memo(function ProfileHint({ evaluation, profile, busy, onSwitch }: ProfileHintProps) {
  const { t } = useI18n();
  const [dismissed, setDismissed] = useState<string | null>(null);
  const suggested = evaluation ? otherSuggestedProfile(evaluation.forms.map((f) => f.form.layout.suggestedProfile), profile) : null;
  if (!suggested || suggested === dismissed) return null;
  const name = (t.profileName as Record<string, string>)[suggested] ?? suggested;
  return (
    <MessageBar intent="info" data-testid="profile-hint" data-profile={suggested}>
      <MessageBarBody>{t.profileHint(name)}</MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" icon={<Dismiss16Regular />} aria-label={t.dismiss} onClick={() => setDismissed(suggested)} />}>
        <Button size="small" disabled={busy} onClick={() => onSwitch(suggested)}>
          {t.switchProfile(name)}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
});
