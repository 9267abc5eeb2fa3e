/**
 * 生成汇总 in the pane (lazy-loaded with its chart): what became of 「绩效自评结果」, the unit's
 * totals, the grade counts, a chart of 总分 and 执行率 per project, and the table of every form —
 * the 'pane' view of the core's results columns, sortable by any of them; a row's sheet link
 * selects the form.
 */
import { useMemo, useState } from 'react';
import {
  Badge, Button, Caption1, Link, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens,
} from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import { columnsFor, format2OrNull, GRADES, plainValue, resultColumn, ResultColumn, ResultRow, sortByColumn } from '../../core';
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
  /** The table's columns; the core's 'pane' view unless a test gives others. */
  columns?: readonly ResultColumn[];
}

const PANE_COLUMNS = columnsFor('pane');

export default function ResultsPanel({ results, onSelect, onDismiss, columns = PANE_COLUMNS }: ResultsPanelProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const [sort, setSort] = useState<{ column: ResultColumn; descending: boolean } | null>(null);
  const { rows, totals } = results.model;
  const shown = useMemo(() => (sort ? sortByColumn(rows, sort.column, sort.descending) : rows), [rows, sort]);
  const sortBy = (column: ResultColumn) => setSort(sort?.column === column ? { column, descending: !sort.descending } : { column, descending: false });
  const direction = (column: ResultColumn) => (sort?.column === column ? (sort.descending ? 'descending' : 'ascending') : undefined);
  const position = useMemo(() => new Map(rows.map((r, i) => [r, i])), [rows]);
  const names = { total: resultColumn('totalScore').header[lang], rate: resultColumn('rate').header[lang], tooltip: t.chartTooltip };

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
          <ResultsChart rows={rows} title={t.chartTitle} names={names} />
          <Table size="small" sortable aria-label={t.resultsTitle}>
            <TableHeader>
              <TableRow>
                {columns.map((c) => (
                  <TableHeaderCell key={c.key} sortDirection={direction(c)} onClick={() => sortBy(c)} aria-label={t.sortBy(c.header[lang])} data-sort={c.key}>
                    {c.header[lang]}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {shown.map((r) => (
                <ResultLine key={`${r.sheet}!${r.range}`} row={r} index={position.get(r) ?? 0} columns={columns} onSelect={onSelect} />
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}

interface ResultLineProps {
  row: ResultRow;
  /** The row's position before sorting. */
  index: number;
  columns: readonly ResultColumn[];
  onSelect: (sheet: string, cell: string) => void;
}

/** A form's line: each column's value; the project with a link to the form, the grade as a badge. */
function ResultLine({ row: r, index, columns, onSelect }: ResultLineProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const cell = (c: ResultColumn) => {
    if (c.key === 'project') {
      return (
        <TableCell key={c.key} className={styles.project}>
          {r.project ?? '—'}
          <br />
          <Link as="button" onClick={() => onSelect(r.sheet, r.anchor)} title={t.goTo(`${r.sheet}!${r.anchor}`)}>
            <Caption1>{r.sheet}</Caption1>
          </Link>
        </TableCell>
      );
    }
    if (c.key === 'grade') {
      return (
        <TableCell key={c.key}>
          <GradeBadge grade={r.grade} />
        </TableCell>
      );
    }
    const v = plainValue(c.value(r, index));
    return (
      <TableCell key={c.key} className={c.format === 'text' ? undefined : styles.figure} data-testid={`result-${c.key}`}>
        {v === null || v === '' ? '—' : String(v)}
      </TableCell>
    );
  };
  return <TableRow data-result={r.sheet}>{columns.map(cell)}</TableRow>;
}
