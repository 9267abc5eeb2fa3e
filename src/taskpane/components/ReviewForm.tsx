/**
 * One form in the review view (issue 14): its 自评 and 复核 totals, the difference and the grades
 * (a changed grade highlighted), folded; open, every item — 指标 (a link to the form's 得分 cell) |
 * 分值 | 自评得分 | 复核得分 (a link to its cell on 「复核记录」) | 差异, the item's 复核意见 on a line
 * of its own (a narrow pane) — then the draft 复核意见 in the UI language with what the record's
 * （总体） cell holds, and the form's review findings.
 */
import { memo, useMemo } from 'react';
import { Badge, Body1Strong, Button, Caption1, Link, makeStyles, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { ArrowRight16Regular, ChevronDown16Regular, ChevronRight16Regular } from '@fluentui/react-icons';
import { Decimal, draftComment, Finding, format2, formatFinding, FormReview, WorkbookReview } from '../../core';
import { useI18n } from '../i18n/I18nContext';
import { draftState, formTarget, gradeChanged, overallTarget, recordTarget } from '../reviewView';
import { GradeBadge } from './GradeBadge';

const useStyles = makeStyles({
  form: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  head: { width: '100%', justifyContent: 'flex-start', textAlign: 'start', paddingLeft: 0, paddingRight: 0 },
  headText: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, alignItems: 'baseline', minWidth: 0 },
  sub: { color: tokens.colorNeutralForeground3 },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  gradeChange: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, padding: '1px 4px', borderRadius: tokens.borderRadiusMedium },
  highlight: { backgroundColor: tokens.colorPaletteYellowBackground2, outline: `1px solid ${tokens.colorPaletteYellowBorderActive}` },
  cell: { paddingLeft: tokens.spacingHorizontalXXS, paddingRight: tokens.spacingHorizontalXXS },
  num: { textAlign: 'end', whiteSpace: 'nowrap', width: '15%' },
  up: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  down: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  comment: { color: tokens.colorNeutralForeground2 },
  draft: { display: 'block', whiteSpace: 'pre-wrap', padding: tokens.spacingVerticalXS, backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusMedium },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const fig = (d: Decimal | null): string => (d === null ? '—' : format2(d));
/** A difference with its sign (a minus sign, not a hyphen); 0 without one. */
export const signed = (d: Decimal | null): string => (d === null ? '—' : d.isZero() ? '0.00' : d.isNegative() ? `−${format2(d.abs())}` : `+${format2(d)}`);

export interface ReviewFormProps {
  review: WorkbookReview;
  form: FormReview;
  findings: Finding[];
  open: boolean;
  onToggle: () => void;
  onSelect: (sheet: string, cell: string) => void;
}

export const ReviewForm = memo(function ReviewForm({ review, form, findings, open, onToggle, onSelect }: ReviewFormProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const tone = (d: Decimal | null) => (d === null || d.isZero() ? undefined : d.isNegative() ? styles.down : styles.up);
  const changed = gradeChanged(form);
  return (
    <section className={styles.form} aria-label={form.project ?? form.sheet} data-review-form={form.sheet} data-range={form.evaluation.form.range}
      data-difference={form.difference?.toFixed(2)} data-self-grade={form.selfGrade ?? undefined} data-review-grade={form.reviewGrade ?? undefined}
      data-grade-changed={changed ? 'true' : 'false'} data-changed={form.changed}>
      <Button appearance="subtle" className={styles.head} aria-expanded={open} onClick={onToggle} icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}>
        <span className={styles.headText}>
          <Body1Strong>{form.project ?? form.sheet}</Body1Strong>
          <Caption1 className={styles.sub}>{form.sheet}</Caption1>
          {!open && findings.length > 0 && <Badge size="small" appearance="tint" color="warning" aria-label={t.reviewFindingsTitle}>{findings.length}</Badge>}
        </span>
      </Button>
      <div className={styles.line}>
        <Text size={200} data-testid="review-totals">{t.reviewTotals(fig(form.selfTotal), fig(form.reviewTotal), signed(form.difference))}</Text>
        <span className={mergeClasses(styles.gradeChange, changed && styles.highlight)} aria-label={t.reviewGrades} data-testid="review-grades">
          <GradeBadge grade={form.selfGrade} />
          <ArrowRight16Regular />
          <GradeBadge grade={form.reviewGrade} />
        </span>
      </div>
      {open && (
        <>
          <Table size="extra-small" aria-label={t.reviewItemsToggle(form.items.length)}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.cell}>{t.reviewColIndicator}</TableHeaderCell>
                {[t.reviewColWeight, t.reviewColSelf, t.reviewColReview, t.reviewColDelta].map((h) => (
                  <TableHeaderCell key={h} className={mergeClasses(styles.cell, styles.num)}>{h}</TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            {form.items.map((i) => {
              const to = recordTarget(review, i);
              const at = formTarget(i);
              return (
                <TableBody key={i.item.cell} data-review-item={i.item.cell} data-delta={i.delta?.toFixed(2)}>
                  <TableRow>
                    <TableCell className={styles.cell}>
                      <Link as="button" title={t.reviewToForm(`${at.sheet}!${at.cell}`)} onClick={() => onSelect(at.sheet, at.cell)}>{i.item.name}</Link>
                    </TableCell>
                    <TableCell className={mergeClasses(styles.cell, styles.num)}>{fig(i.item.weight)}</TableCell>
                    <TableCell className={mergeClasses(styles.cell, styles.num)}>{fig(i.item.selfScore)}</TableCell>
                    <TableCell className={mergeClasses(styles.cell, styles.num)}>
                      {to ? <Link as="button" title={t.reviewToRecord(`${to.sheet}!${to.cell}`)} onClick={() => onSelect(to.sheet, to.cell)}>{fig(i.counted)}</Link> : fig(i.counted)}
                    </TableCell>
                    <TableCell className={mergeClasses(styles.cell, styles.num, tone(i.delta))} data-testid="review-delta">{signed(i.delta)}</TableCell>
                  </TableRow>
                  {i.comment && (
                    <TableRow>
                      <TableCell colSpan={5} className={mergeClasses(styles.cell, styles.comment)}>
                        <Caption1>{t.reviewColComment}：{i.comment}</Caption1>
                      </TableCell>
                    </TableRow>
                  )}
                </TableBody>
              );
            })}
          </Table>
          <Draft review={review} form={form} lang={lang} onSelect={onSelect} />
          <ReviewFindings findings={findings} onSelect={onSelect} />
        </>
      )}
    </section>
  );
});

function Draft({ review, form, lang, onSelect }: { review: WorkbookReview; form: FormReview; lang: 'zh-CN' | 'en-US'; onSelect: (sheet: string, cell: string) => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const draft = useMemo(() => draftComment(form, lang), [form, lang]);
  const state = draftState(form, lang === 'zh-CN' ? draft : draftComment(form, 'zh-CN'));
  const note = { noRow: t.reviewDraftNoRow, empty: t.reviewDraftEmpty, same: t.reviewDraftSame, stale: t.reviewDraftStale, own: t.reviewDraftOwn }[state];
  const to = overallTarget(review, form);
  return (
    <div data-testid="review-draft" data-draft-state={state}>
      <div className={styles.line}>
        <Caption1><strong>{t.reviewDraftTitle}</strong></Caption1>
        {to && <Link as="button" title={t.reviewToRecord(`${to.sheet}!${to.cell}`)} onClick={() => onSelect(to.sheet, to.cell)}>{to.cell}</Link>}
      </div>
      <Text size={200} className={styles.draft}>{draft}</Text>
      <Caption1>{note}</Caption1>
    </div>
  );
}

/** Review findings, each with its cell as a link. */
export function ReviewFindings({ findings, onSelect }: { findings: Finding[]; onSelect: (sheet: string, cell: string) => void }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  if (findings.length === 0) return null;
  return (
    <div>
      <Caption1><strong>{t.reviewFindingsTitle}</strong></Caption1>
      <ul className={styles.list}>
        {findings.map((f, n) => (
          <li key={n} data-review-finding={f.code} data-sheet={f.sheet} data-cell={f.cell ?? undefined}>
            {f.cell && <Link as="button" title={t.goTo(`${f.sheet}!${f.cell}`)} onClick={() => onSelect(f.sheet, f.cell as string)}>{f.cell}</Link>}{' '}
            <Text size={200}>{formatFinding(f, lang)}</Text>
          </li>
        ))}
      </ul>
    </div>
  );
}
