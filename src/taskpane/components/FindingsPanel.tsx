/**
 * Findings grouped by form (sheet-level findings in their own group), filtered by severity with
 * toggles that show the counts. A finding with a cell is a link: a click selects it in Excel.
 */
import { useMemo, useState } from 'react';
import { Button, Caption1, Link, makeStyles, Subtitle2, Text, ToggleButton, tokens } from '@fluentui/react-components';
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons';
import { compareFindings, countBySeverity, Finding, formatFinding, Severity, WorkbookEvaluation } from '../../core';
import { useI18n } from '../i18n/I18nContext';

const PAGE = 100;
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

const useStyles = makeStyles({
  toggles: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, margin: `${tokens.spacingVerticalXS} 0` },
  group: { margin: `${tokens.spacingVerticalS} 0 0`, padding: 0, listStyleType: 'none' },
  item: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'flex-start', padding: `${tokens.spacingVerticalXXS} 0` },
  cell: { fontFamily: tokens.fontFamilyMonospace, minWidth: '3.5em' },
  error: { color: tokens.colorPaletteRedForeground1, flexShrink: 0, marginTop: '2px' },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0, marginTop: '2px' },
  info: { color: tokens.colorNeutralForeground3, flexShrink: 0, marginTop: '2px' },
});

interface Group {
  key: string;
  title: string;
  findings: Finding[];
}

export interface FindingsPanelProps {
  evaluation: WorkbookEvaluation | null;
  onSelect: (sheet: string, cell: string) => void;
}

export function FindingsPanel({ evaluation, onSelect }: FindingsPanelProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [limit, setLimit] = useState(PAGE);
  const counts = useMemo(() => countBySeverity(evaluation?.findings ?? []), [evaluation]);
  const groups = useMemo(() => groupFindings(evaluation, (sheet) => t.sheetFindings(sheet)), [evaluation, t]);
  if (!evaluation) return null;
  let budget = limit;
  const visible = groups
    .map((g) => ({ ...g, findings: g.findings.filter((f) => shown[f.severity]) }))
    .filter((g) => g.findings.length > 0)
    .map((g) => {
      const findings = g.findings.slice(0, Math.max(0, budget));
      budget -= g.findings.length;
      return { ...g, findings };
    });
  const hidden = -Math.min(0, budget);
  const Icon = { error: ErrorCircle16Filled, warning: Warning16Filled, info: Info16Filled };
  return (
    <section aria-label={t.findingsTitle}>
      <Subtitle2 as="h2">{t.findingsTitle}</Subtitle2>
      <div className={styles.toggles} role="group" aria-label={t.findingsTitle}>
        {SEVERITIES.map((s) => (
          <ToggleButton key={s} size="small" checked={shown[s]} onClick={() => setShown({ ...shown, [s]: !shown[s] })}>
            {t.severity[s]} {counts[s]}
          </ToggleButton>
        ))}
      </div>
      {evaluation.findings.length === 0 && <Text>{t.noFindings}</Text>}
      {evaluation.findings.length > 0 && visible.length === 0 && <Text>{t.noFindingsShown}</Text>}
      {visible.map((g) =>
        g.findings.length === 0 ? null : (
          <div key={g.key}>
            <Caption1 as="h3">{g.title}</Caption1>
            <ul className={styles.group}>
              {g.findings.map((f, i) => {
                const I = Icon[f.severity];
                const message = formatFinding(f, lang);
                return (
                  <li key={i} className={styles.item} data-code={f.code} data-sheet={f.sheet} data-cell={f.cell ?? undefined} data-severity={f.severity}>
                    <I className={styles[f.severity]} aria-label={t.severity[f.severity]} />
                    {f.cell ? (
                      <Link as="button" className={styles.cell} title={t.goTo(`${f.sheet}!${f.cell}`)} onClick={() => onSelect(f.sheet, f.cell as string)}>
                        {f.cell}
                      </Link>
                    ) : (
                      <span className={styles.cell}>—</span>
                    )}
                    <Text size={200}>{message}</Text>
                  </li>
                );
              })}
            </ul>
          </div>
        ),
      )}
      {hidden > 0 && (
        <Button appearance="subtle" onClick={() => setLimit(limit + PAGE)}>
          {t.showMore(Math.min(PAGE, hidden))}
        </Button>
      )}
    </section>
  );
}

/** Sheet-level findings first, then each form's, errors first inside a group. */
export function groupFindings(ev: WorkbookEvaluation | null, sheetTitle: (sheet: string) => string): Group[] {
  if (!ev) return [];
  const groups: Group[] = [];
  for (const s of ev.sheets) {
    if (s.findings.length) groups.push({ key: `sheet:${s.sheet}`, title: sheetTitle(s.sheet), findings: [...s.findings].sort(compareFindings) });
    for (const f of s.forms) {
      if (!f.findings.length) continue;
      const title = `【${f.form.sheet}】${f.form.project ?? ''} (${f.form.range})`;
      groups.push({ key: `form:${f.form.sheet}!${f.form.range}`, title, findings: [...f.findings].sort(compareFindings) });
    }
  }
  return groups;
}
