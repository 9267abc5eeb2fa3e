/**
 * What the last write did: a summary MessageBar (cells written, protected sheets, cells skipped
 * and why, what remains to fix, markers) and the change list: sheet!cell, old → new, kind, 「说明」.
 */
import { Fragment, memo, useMemo, useState } from 'react';
import {
  Button, Link, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens,
} from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronRight16Regular, Dismiss16Regular } from '@fluentui/react-icons';
import { CellValue, explainForm, Explanation, HostKind, PlanEntry, SkipReason, valueOfPlan } from '../../core';
import { useI18n } from '../i18n/I18nContext';
import type { UiStrings } from '../i18n/strings';
import type { RunResult } from '../sessionState';
import { ExplainButton, ExplainText } from './ExplainButton';
import { describeError } from '../i18n/hostErrors';

const PAGE = 100;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  cell: { fontFamily: tokens.fontFamilyMonospace },
  change: { whiteSpace: 'nowrap' },
  fold: { justifyContent: 'flex-start', paddingLeft: 0, alignSelf: 'flex-start' },
});

export function showValue(v: CellValue, t: UiStrings): string {
  if (v === null || v === undefined || v === '') return t.empty;
  if (typeof v === 'object') return v.error;
  return String(v);
}

function summary(result: RunResult, t: UiStrings, lang: 'zh-CN' | 'en-US', host: HostKind): string[] {
  const lines: string[] = [];
  const n = result.written.length;
  if (result.action === 'undo') lines.push(t.undone(n));
  else lines.push(n ? t.written(n) : t.nothingWritten);
  if (result.skippedSheets.length) lines.push(t.skippedSheets(result.skippedSheets.join('、')));
  const byReason = new Map<SkipReason, number>();
  for (const s of result.skipped) byReason.set(s.reason, (byReason.get(s.reason) ?? 0) + 1);
  for (const [reason, count] of byReason) lines.push(t.skippedCells(count, t.skip[reason]));
  if (result.remaining) {
    const { error, warning, info } = result.remaining;
    const remaining = { undo: t.remainingAfterUndo, scoreByRule: t.remainingAfterScores, recalcAll: t.remaining }[result.action];
    lines.push(remaining(error, warning, info));
  }
  if (result.markers?.userValidationKept.length) lines.push(t.markersKept(result.markers.userValidationKept.length));
  if (result.markersError) lines.push(t.markersFailed + describeError(result.markersError, lang, host).message);
  return lines;
}

export interface RunResultViewProps {
  result: RunResult;
  onSelect: (sheet: string, cell: string) => void;
  onDismiss: () => void;
}

export const RunResultView = memo(function RunResultView({ result, onSelect, onDismiss }: RunResultViewProps) {
  const { t, lang, host } = useI18n();
  const styles = useStyles();
  const [open, setOpen] = useState<string | null>(null);
  const [limit, setLimit] = useState(PAGE);
  // the change list starts folded: the findings below stay in view after a large recalculation
  const [listOpen, setListOpen] = useState(false);
  // the 「说明」 of the change opened only: explaining every form up front made a 200-form result slow
  const openText = useMemo(() => (open ? explanationOf(result, open, lang) : null), [result, open, lang]);
  const explains = result.action !== 'undo';
  const problems = result.skipped.length > 0 || result.skippedSheets.length > 0 || Boolean(result.markersError);
  const title = { recalcAll: t.resultRecalc, scoreByRule: t.resultScoreByRule, undo: t.resultUndo }[result.action];
  return (
    <section className={styles.root} aria-label={title} data-testid="run-result" data-action={result.action}>
      <MessageBar intent={problems ? 'warning' : 'success'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {summary(result, t, lang, host).map((line, i) => (
            <div key={i}>{line}</div>
          ))}
        </MessageBarBody>
        <MessageBarActions containerAction={<Button appearance="transparent" icon={<Dismiss16Regular />} aria-label={t.dismiss} onClick={onDismiss} />} />
      </MessageBar>
      {result.written.length > 0 && (
        <Button appearance="subtle" className={styles.fold} icon={listOpen ? <ChevronDown16Regular /> : <ChevronRight16Regular />} aria-expanded={listOpen} onClick={() => setListOpen(!listOpen)} data-testid="changes-toggle">
          <Subtitle2 as="h2">{t.changesCount(result.written.length)}</Subtitle2>
        </Button>
      )}
      {listOpen && result.written.length > 0 && (
        <>
          <Table size="small" aria-label={t.changesTitle}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.colCell}</TableHeaderCell>
                <TableHeaderCell>{t.colChange}</TableHeaderCell>
                <TableHeaderCell>{t.colKind}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.written.slice(0, limit).map((e) => {
                const key = `${e.sheet}!${e.cell}`;
                const text = open === key ? openText : null;
                return (
                  <Fragment key={key}>
                    <TableRow data-change={key}>
                      <TableCell>
                        <Link as="button" className={styles.cell} title={t.goTo(key)} onClick={() => onSelect(e.sheet, e.cell)}>
                          {key}
                        </Link>
                      </TableCell>
                      <TableCell className={styles.change}>{changeText(e, t)}</TableCell>
                      <TableCell>
                        {t.kind[e.kind]}
                        {explains && <ExplainButton label={key} open={open === key} onToggle={() => setOpen(open === key ? null : key)} />}
                      </TableCell>
                    </TableRow>
                    {open === key && (
                      <TableRow>
                        <TableCell colSpan={3}>
                          <ExplainText text={text} />
                        </TableCell>
                      </TableRow>
                    )}
                  </Fragment>
                );
              })}
            </TableBody>
          </Table>
          {result.written.length > limit && (
            <Button appearance="subtle" onClick={() => setLimit(limit + PAGE)}>
              {t.showMore(Math.min(PAGE, result.written.length - limit))}
            </Button>
          )}
        </>
      )}
    </section>
  );
});

export function changeText(e: PlanEntry, t: UiStrings): string {
  return `${showValue(e.before, t)} → ${showValue(valueOfPlan(e.after), t)}`;
}

/** The 「说明」 of the figure written at sheet!cell, from the forms of that sheet; undo restores what was there: nothing computed. */
function explanationOf(result: RunResult, key: string, lang: 'zh-CN' | 'en-US'): string | null {
  if (result.action === 'undo') return null;
  for (const ev of result.sources) {
    if (!key.startsWith(`${ev.form.sheet}!`)) continue;
    const hit = (explainForm(ev, lang) as Explanation[]).find((x) => `${x.sheet}!${x.cell}` === key);
    if (hit) return hit.text;
  }
  return null;
}
