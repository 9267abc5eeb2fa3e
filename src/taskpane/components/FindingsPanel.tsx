/**
 * The findings: severity toggles with their counts, a switch between grouping by form and by
 * kind (./findingGroups.ts), then the groups — each a heading button with its counts that folds
 * it; notes start folded. A finding with a cell is a link: a click selects it in the workbook.
 */
import { memo, useMemo, useState } from 'react';
import { Button, makeStyles, Subtitle2, Tab, TabList, ToggleButton, tokens } from '@fluentui/react-components';
import { countBySeverity, Severity, WorkbookEvaluation } from '../../core';
import { findingGroups, GroupBy, visibleFindings } from '../findingGroups';
import { useI18n } from '../i18n/I18nContext';
import { FindingGroupView } from './FindingGroupView';

const PAGE = 100;
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: `${tokens.spacingVerticalXS} 0` },
  toggles: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  empty: { padding: `${tokens.spacingVerticalS} 0` },
});

export interface FindingsPanelProps {
  evaluation: WorkbookEvaluation | null;
  onSelect: (sheet: string, cell: string) => void;
}

export const FindingsPanel = memo(function FindingsPanel({ evaluation, onSelect }: FindingsPanelProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [by, setBy] = useState<GroupBy>('form');
  // the user's folding, by group key; a group not in it is open unless it starts folded
  const [folded, setFolded] = useState<Record<string, boolean>>({});
  const [limit, setLimit] = useState(PAGE);
  const counts = useMemo(() => countBySeverity(evaluation?.findings ?? []), [evaluation]);
  const groups = useMemo(() => findingGroups(evaluation, by, shown), [evaluation, by, shown]);
  if (!evaluation) return null;
  const isOpen = (key: string, collapsed: boolean) => !(folded[key] ?? collapsed);
  const view = visibleFindings(groups, (g) => isOpen(g.key, g.collapsed), limit);
  return (
    <section aria-label={t.findingsTitle} data-testid="findings" data-group-by={by}>
      <Subtitle2 as="h2">{t.findingsTitle}</Subtitle2>
      <div className={styles.bar}>
        <div className={styles.toggles} role="group" aria-label={t.findingsTitle}>
          {SEVERITIES.map((s) => (
            <ToggleButton key={s} size="small" checked={shown[s]} onClick={() => setShown({ ...shown, [s]: !shown[s] })} data-severity-toggle={s}>
              {t.severityCount(t.severity[s], counts[s])}
            </ToggleButton>
          ))}
        </div>
        <TabList size="small" selectedValue={by} onTabSelect={(_, d) => setBy(d.value as GroupBy)} aria-label={t.groupBy}>
          <Tab value="form">{t.groupByForm}</Tab>
          <Tab value="code">{t.groupByCode}</Tab>
        </TabList>
      </div>
      {evaluation.findings.length === 0 && <div className={styles.empty}>{t.noFindings}</div>}
      {evaluation.findings.length > 0 && groups.length === 0 && <div className={styles.empty}>{t.noFindingsShown}</div>}
      {view.groups.map(({ group, open, findings }) => (
        <FindingGroupView
          key={group.key}
          group={group}
          open={open}
          findings={findings}
          onToggle={() => setFolded({ ...folded, [group.key]: open })}
          onSelect={onSelect}
        />
      ))}
      {view.hidden > 0 && (
        <Button appearance="subtle" onClick={() => setLimit(limit + PAGE)}>
          {t.showMore(Math.min(PAGE, view.hidden))}
        </Button>
      )}
    </section>
  );
});
