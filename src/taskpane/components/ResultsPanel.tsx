/**
 * 生成汇总 in the pane (lazy-loaded with its chart): what became of 「绩效自评结果」, the unit's
 * totals, the grade counts, a chart of 总分 and 执行率 per project, and the table of every form —
 * sortable by any column, a row's sheet link selects the form.
 */
import { useMemo, useState } from 'react';
import {
  Badge, Button, Caption1, Link, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens,
} from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import { format2OrNull, GRADES, ResultRow, ResultSortKey, sortResults } from '../../core';
import { useI18n } from '../i18n/I18nContext';
import type { ResultsView } from '../sessionState';
import { GradeBadge } from './GradeBadge';
import { ResultsChart } from './ResultsChart';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  grades: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  figure: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: 'nowrap', textAlign: 'right' },
  project: { wordBreak: 'break-all' },
});

const dash = (v: string | null) => v ?? '—';

export interface ResultsPanelProps {
  results: ResultsView;
  onSelect: (sheet: string, cell: string) => void;
  onDismiss: () => void;
}

export default function ResultsPanel({ results, onSelect, onDismiss }: ResultsPanelProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [sort, setSort] = useState<{ key: ResultSortKey; descending: boolean } | null>(null);
  const { rows, totals } = results.model;
  const shown = useMemo(() => (sort ? sortResults(rows, sort.key, sort.descending) : rows), [rows, sort]);
  const columns: { key: ResultSortKey; label: string; figure: boolean }[] = [
    { key: 'project', label: t.colProject, figure: false },
    { key: 'rate', label: t.colRate, figure: true },
    { key: 'totalScore', label: t.colTotal, figure: true },
    { key: 'grade', label: t.colGrade, figure: false },
    { key: 'errors', label: `${t.colErrors} / ${t.colWarnings}`, figure: true },
  ];
  const sortBy = (key: ResultSortKey) => setSort(sort?.key === key ? { key, descending: !sort.descending } : { key, descending: false });
  const direction = (key: ResultSortKey) => (sort?.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined);

  return (
    <section className={styles.root} aria-label={t.resultsTitle} data-testid="results" data-outcome={results.outcome}>
      <MessageBar intent={results.outcome === 'written' ? 'success' : 'warning'} layout="multiline">
        <MessageBarBody>
          {results.outcome === 'written' ? t.resultsWritten(results.sheet) : t.resultsForeign(results.sheet)}
          {results.chartSkipped && ` ${t.resultsChartSkipped}`}
        </MessageBarBody>
        <MessageBarActions containerAction={<Button appearance="transparent" icon={<Dismiss16Regular />} aria-label={t.dismiss} onClick={onDismiss} />} />
      </MessageBar>
      <Subtitle2>{t.resultsTitle}</Subtitle2>
      {rows.length === 0 ? (
        <Caption1>{t.resultsNoForms}</Caption1>
      ) : (
        <>
          <Caption1 data-testid="results-totals">{t.resultsTotals(dash(format2OrNull(totals.annual)), dash(format2OrNull(totals.executed)), dash(format2OrNull(totals.rate)))}</Caption1>
          <div className={styles.grades} aria-label={t.gradeCounts}>
            <Caption1>{t.gradeCounts}</Caption1>
            {GRADES.map((g) => (
              <Badge key={g} appearance="tint" shape="rounded" data-grade-count={g}>
                {g} {totals.grades[g]}
              </Badge>
            ))}
            {totals.ungraded > 0 && (
              <Badge appearance="outline" shape="rounded" data-grade-count="none">
                {t.ungraded} {totals.ungraded}
              </Badge>
            )}
          </div>
          <ResultsChart rows={rows} title={t.chartTitle} names={{ total: t.colTotal, rate: t.colRate }} />
          <Table size="small" sortable aria-label={t.resultsTitle}>
            <TableHeader>
              <TableRow>
                {columns.map((c) => (
                  <TableHeaderCell key={c.key} sortDirection={direction(c.key)} onClick={() => sortBy(c.key)} aria-label={t.sortBy(c.label)} data-sort={c.key}>
                    {c.label}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {shown.map((r) => (
                <ResultLine key={`${r.sheet}!${r.range}`} row={r} onSelect={onSelect} />
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}

function ResultLine({ row: r, onSelect }: { row: ResultRow; onSelect: (sheet: string, cell: string) => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <TableRow data-result={r.sheet}>
      <TableCell className={styles.project}>
        {r.project ?? '—'}
        <br />
        <Link as="button" onClick={() => onSelect(r.sheet, r.anchor)} title={t.goTo(`${r.sheet}!${r.anchor}`)}>
          <Caption1>{r.sheet}</Caption1>
        </Link>
      </TableCell>
      <TableCell className={styles.figure} data-testid="result-rate">
        {dash(format2OrNull(r.rate))}
      </TableCell>
      <TableCell className={styles.figure} data-testid="result-total">
        {dash(format2OrNull(r.totalScore))}
      </TableCell>
      <TableCell>
        <GradeBadge grade={r.grade} />
      </TableCell>
      <TableCell className={styles.figure} aria-label={t.issueCounts(r.errors, r.warnings)} title={t.issueCounts(r.errors, r.warnings)}>
        {r.errors} / {r.warnings}
      </TableCell>
    </TableRow>
  );
}
