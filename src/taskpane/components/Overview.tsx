/**
 * 自评表概览: per form its project and sheet (a 部门整体支出 form with a badge saying so), then 执行率 (with 执行得分), 总分, the grade badge and
 * the error/warning counts, each computed figure with its 「说明」. One row group per form: the
 * project on a full-width line (project names are long and share their first words), the figures
 * below, which suits a narrow task pane.
 */
import { memo, useMemo, useState } from 'react';
import {
  Badge, Body1Strong, Button, Caption1, makeStyles, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens,
} from '@fluentui/react-components';
import { Checkmark16Filled } from '@fluentui/react-icons';
import { countBySeverity, explainForm, format2OrNull, FormEvaluation, OutputKind, resultColumn, WorkbookEvaluation } from '../../core';
import { useI18n } from '../i18n/I18nContext';
import type { Lang } from '../i18n/strings';
import { ExplainButton, ExplainText } from './ExplainButton';
import { GradeBadge } from './GradeBadge';
import { IndicatorScores } from './IndicatorScores';

// A first screenful; painting hundreds of forms at once made a 200-form recalculation wait on React.
const PAGE = 50;

const useStyles = makeStyles({
  titleCell: { paddingTop: tokens.spacingVerticalS, fontWeight: 'normal', textAlign: 'start' },
  title: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  sheet: { color: tokens.colorNeutralForeground3 },
  figure: { display: 'inline-flex', alignItems: 'center', whiteSpace: 'nowrap' },
  // the label may wrap above its figure in a narrow pane; the figure and its 「说明」 stay together
  sub: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: '2px', color: tokens.colorNeutralForeground3 },
  counts: { display: 'flex', gap: tokens.spacingHorizontalXXS },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  // narrow pane: border-box widths that add up to 100 %, small side padding
  cell: { boxSizing: 'border-box', paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  rate: { width: '38%' },
  total: { width: '24%' },
  grade: { width: '22%' },
  issues: { width: '16%' },
});

export interface OverviewProps {
  evaluation: WorkbookEvaluation | null;
}

/** A figure's name: the header of the results column that shows it. */
const header = (key: 'rate' | 'budgetScore' | 'totalScore' | 'grade', lang: Lang) => resultColumn(key).header[lang];

export const Overview = memo(function Overview({ evaluation }: OverviewProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const [limit, setLimit] = useState(PAGE);
  if (!evaluation) return <Text>{t.notChecked}</Text>;
  const forms = evaluation.forms;
  if (forms.length === 0) return <Text data-testid="overview" data-forms={0}>{t.noForms}</Text>;
  return (
    <section aria-label={t.overviewTitle} data-testid="overview" data-forms={forms.length}>
      <Caption1>{t.formsCount(forms.length)}</Caption1>
      <Table size="small" aria-label={t.overviewTitle}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={mergeClasses(styles.cell, styles.rate)}>{header('rate', lang)}</TableHeaderCell>
            <TableHeaderCell className={mergeClasses(styles.cell, styles.total)}>{header('totalScore', lang)}</TableHeaderCell>
            <TableHeaderCell className={mergeClasses(styles.cell, styles.grade)}>{header('grade', lang)}</TableHeaderCell>
            <TableHeaderCell className={mergeClasses(styles.cell, styles.issues)}>{t.colIssues}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        {forms.slice(0, limit).map((ev) => (
          <FormRows key={`${ev.form.sheet}!${ev.form.range}`} ev={ev} />
        ))}
      </Table>
      {forms.length > limit && (
        <Button appearance="subtle" onClick={() => setLimit(limit + PAGE)}>
          {t.showMore(Math.min(PAGE, forms.length - limit))}
        </Button>
      )}
    </section>
  );
});

const FormRows = memo(function FormRows({ ev }: { ev: FormEvaluation }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const [open, setOpen] = useState<OutputKind | null>(null);
  const [indicators, setIndicators] = useState(false);
  const explanations = useMemo(() => (open ? explainForm(ev, lang) : []), [ev, lang, open]);
  const total = ev.funds.find((f) => f.kind === 'total');
  const cells: Partial<Record<OutputKind, string | undefined>> = {
    rate: total?.row.rate?.cell,
    budgetScore: total?.row.score?.cell,
    totalScore: ev.form.totalScore?.cell,
    grade: ev.form.grade?.cell,
  };
  const counts = countBySeverity(ev.findings);
  const explain = (kind: OutputKind) => {
    const cell = cells[kind];
    if (!cell) return null;
    return <ExplainButton label={`${t.kind[kind]} ${cell}`} open={open === kind} onToggle={() => setOpen(open === kind ? null : kind)} />;
  };
  const openText = open ? explanations.find((x) => x.kind === open && x.cell === cells[open])?.text : null;
  const issues = t.issueCounts(counts.error, counts.warning);
  return (
    <TableBody data-sheet={ev.form.sheet}>
      <TableRow>
        <TableHeaderCell colSpan={4} scope="rowgroup" className={mergeClasses(styles.cell, styles.titleCell)}>
          <div className={styles.title}>
            {ev.form.kind === 'department' && (
              <Badge appearance="tint" color="informative" shape="rounded" data-testid="form-kind">
                {t.departmentForm}
              </Badge>
            )}
            <Body1Strong>{ev.form.project ?? ev.form.sheet}</Body1Strong>
            <Caption1 className={styles.sheet}>
              {ev.form.sheet}!{ev.form.range}
            </Caption1>
            <Button size="small" appearance="subtle" aria-expanded={indicators} onClick={() => setIndicators(!indicators)}>
              {t.indicatorsToggle(ev.indicators.length)}
            </Button>
          </div>
        </TableHeaderCell>
      </TableRow>
      <TableRow>
        <TableCell className={styles.cell}>
          <span className={styles.figure} data-testid="rate">
            {format2OrNull(total?.rate) ?? '—'}
            {explain('rate')}
          </span>
          <span className={styles.sub}>
            <Caption1>{header('budgetScore', lang)}</Caption1>
            <span className={styles.figure}>
              <Caption1>{format2OrNull(ev.budgetScore) ?? '—'}</Caption1>
              {explain('budgetScore')}
            </span>
          </span>
        </TableCell>
        <TableCell className={styles.cell}>
          <span className={styles.figure} data-testid="total">
            {format2OrNull(ev.totalScore) ?? '—'}
            {explain('totalScore')}
          </span>
        </TableCell>
        <TableCell className={styles.cell}>
          <span className={styles.figure}>
            <GradeBadge grade={ev.grade} />
            {explain('grade')}
          </span>
        </TableCell>
        <TableCell className={styles.cell}>
          <span className={styles.counts} role="group" aria-label={issues} title={issues}>
            {counts.error > 0 && <Badge appearance="filled" color="danger">{counts.error}</Badge>}
            {counts.warning > 0 && <Badge appearance="filled" color="warning">{counts.warning}</Badge>}
            {counts.error + counts.warning === 0 && <Checkmark16Filled className={styles.ok} />}
          </span>
        </TableCell>
      </TableRow>
      {open && (
        <TableRow>
          <TableCell colSpan={4} className={styles.cell}>
            <ExplainText text={openText} />
          </TableCell>
        </TableRow>
      )}
      {indicators && (
        <TableRow>
          <TableCell colSpan={4} className={styles.cell}>
            <IndicatorScores evaluation={ev} />
          </TableCell>
        </TableRow>
      )}
    </TableBody>
  );
});
