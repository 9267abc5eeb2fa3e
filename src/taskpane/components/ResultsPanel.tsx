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
import { GradeBadge, useGradeName } from './GradeBadge';
import { ResultsChart } from './ResultsChart';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  grades: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  figure: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: 'nowrap', textAlign: 'right' },
  project: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, alignItems: 'baseline', paddingTop: tokens.spacingVerticalXS },
  name: { fontWeight: tokens.fontWeightSemibold },
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
  const gradeName = useGradeName();
  const shown = useMemo(() => (sort ? sortByColumn(rows, sort.column, sort.descending) : rows), [rows, sort]);
  const sortBy = (column: ResultColumn) => setSort(sort?.column === column ? { column, descending: !sort.descending } : { column, descending: false });
  const direction = (column: ResultColumn) => (sort?.column === column ? (sort.descending ? 'descending' : 'ascending') : undefined);
  const position = useMemo(() => new Map(rows.map((r, i) => [r, i])), [rows]);
  const project = columns.find((c) => c.key === 'project');
  const figures = columns.filter((c) => c !== project);
  const headerCell = (c: ResultColumn, span?: number) => (
    <TableHeaderCell key={c.key} colSpan={span} sortDirection={direction(c)} onClick={() => sortBy(c)} aria-label={t.sortBy(c.header[lang])} data-sort={c.key}>
      {c.header[lang]}
    </TableHeaderCell>
  );
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
                {gradeName(g)} {totals.grades[g]}
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
              {/* 项目名称 on a line of its own above the figures: long names no longer wrap over 6 lines */}
              {project && <TableRow>{headerCell(project, figures.length)}</TableRow>}
              <TableRow>{figures.map((c) => headerCell(c))}</TableRow>
            </TableHeader>
            {shown.map((r) => (
              <ResultLine key={`${r.sheet}!${r.range}`} row={r} index={position.get(r) ?? 0} project={project} figures={figures} onSelect={onSelect} />
            ))}
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
  project: ResultColumn | undefined;
  figures: readonly ResultColumn[];
  onSelect: (sheet: string, cell: string) => void;
}

/** A form's lines: the project with a link to the form across the table, then each column's value, the grade as a badge. */
function ResultLine({ row: r, index, project, figures, onSelect }: ResultLineProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const cell = (c: ResultColumn) => {
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
  return (
    <TableBody>
      {project && (
        <TableRow data-result-project={r.sheet}>
          <TableCell colSpan={figures.length}>
            <div className={styles.project}>
              <span className={styles.name}>{r.project ?? '—'}</span>
              <Link as="button" onClick={() => onSelect(r.sheet, r.anchor)} title={t.goTo(`${r.sheet}!${r.anchor}`)}>
                <Caption1>{r.sheet}</Caption1>
              </Link>
            </div>
          </TableCell>
        </TableRow>
      )}
      <TableRow data-result={r.sheet}>{figures.map(cell)}</TableRow>
    </TableBody>
  );
}
