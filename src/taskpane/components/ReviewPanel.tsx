/**
 * 复核 mode's view (issue 14, lazy-loaded): 创建/刷新复核记录, then per form 自评 vs 复核
 * (./ReviewForm.tsx). Legible at 200+ forms as the overview is: a page of forms at a time, each
 * folded to one line of totals and grades unless its scores changed (or a review finding warns), and a switch to the changed
 * forms only. Host I/O is the session's: this gets the review and functions.
 */
import { useMemo, useState } from 'react';
import { Button, Caption1, makeStyles, Subtitle2, Switch, Text, tokens } from '@fluentui/react-components';
import { ClipboardTextEdit20Regular } from '@fluentui/react-icons';
import type { WorkbookReview } from '../../core';
import { useI18n } from '../i18n/I18nContext';
import { findingsByForm, gradeChanged, isChanged, recordOnlyFindings } from '../reviewView';
import { ReviewFindings, ReviewForm } from './ReviewForm';

const PAGE = 50;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export interface ReviewPanelProps {
  review: WorkbookReview | null;
  busy: boolean;
  onWrite: () => void;
  onSelect: (sheet: string, cell: string) => void;
}

export default function ReviewPanel({ review, busy, onWrite, onSelect }: ReviewPanelProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [onlyChanged, setOnlyChanged] = useState(false);
  // the user's folding by form; a form not in it is open when its scores changed or the review warns about it
  const [folded, setFolded] = useState<Record<string, boolean>>({});
  const [limit, setLimit] = useState(PAGE);
  const byForm = useMemo(() => (review ? findingsByForm(review) : []), [review]);
  const loose = useMemo(() => (review ? recordOnlyFindings(review, byForm) : []), [review, byForm]);
  const forms = useMemo(() => (review?.forms ?? []).map((form, n) => ({ form, n })).filter((x) => !onlyChanged || isChanged(x.form)), [review, onlyChanged]);
  return (
    <section className={styles.root} aria-label={t.reviewTitle} data-testid="review" data-record={review ? review.sheet : undefined}>
      <div className={styles.bar}>
        <Subtitle2 as="h2">{t.reviewTitle}</Subtitle2>
        <Button appearance="primary" size="small" icon={<ClipboardTextEdit20Regular />} disabled={busy} onClick={onWrite} data-testid="review-write">
          {review ? t.reviewRefresh : t.reviewCreate}
        </Button>
      </div>
      {!review && <Text>{t.reviewNone}</Text>}
      {review && (
        <>
          <div className={styles.bar}>
            <Caption1 data-testid="review-summary">
              {t.reviewSummary(review.forms.length, review.forms.filter((f) => f.changed > 0).length, review.forms.filter(gradeChanged).length)}
            </Caption1>
            <Switch label={t.reviewOnlyChanged} checked={onlyChanged} onChange={(_, d) => setOnlyChanged(d.checked)} />
          </div>
          {onlyChanged && forms.length === 0 && <Text>{t.reviewNoneChanged}</Text>}
          {forms.slice(0, limit).map(({ form, n }) => {
            const key = `${form.sheet}!${form.evaluation.form.range}`;
            const open = !(folded[key] ?? (form.changed === 0 && !byForm[n].some((f) => f.severity !== 'info')));
            return <ReviewForm key={key} review={review} form={form} findings={byForm[n]} open={open} onToggle={() => setFolded({ ...folded, [key]: open })} onSelect={onSelect} />;
          })}
          {forms.length > limit && (
            <Button appearance="subtle" onClick={() => setLimit(limit + PAGE)}>
              {t.showMore(Math.min(PAGE, forms.length - limit))}
            </Button>
          )}
          <ReviewFindings findings={loose} onSelect={onSelect} />
        </>
      )}
    </section>
  );
}
