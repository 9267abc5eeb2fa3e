/**
 * One group of findings: a heading button (what the group is, its counts, folded or open) and,
 * when open, its findings — each the cell as a link (sheet and cell when the group spans sheets)
 * and the message.
 */
import { Badge, Button, Caption1, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronRight16Regular, ErrorCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons';
import { codeTitle, Finding, formatFinding } from '../../core';
import type { FindingGroup } from '../findingGroups';
import { useI18n } from '../i18n/I18nContext';

const useStyles = makeStyles({
  group: { marginTop: tokens.spacingVerticalXS },
  head: { width: '100%', justifyContent: 'flex-start', textAlign: 'start', minHeight: '28px', paddingLeft: 0, paddingRight: 0, fontWeight: tokens.fontWeightSemibold },
  headText: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS, flexGrow: 1, minWidth: 0 },
  sub: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  badges: { display: 'inline-flex', gap: tokens.spacingHorizontalXXS, marginLeft: 'auto', flexShrink: 0 },
  list: { margin: 0, padding: `0 0 0 ${tokens.spacingHorizontalL}`, listStyleType: 'none' },
  item: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'flex-start', padding: `${tokens.spacingVerticalXXS} 0` },
  cell: { fontFamily: tokens.fontFamilyMonospace, minWidth: '3.5em', textAlign: 'start', flexShrink: 0 },
  error: { color: tokens.colorPaletteRedForeground1, flexShrink: 0, marginTop: '2px' },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0, marginTop: '2px' },
  info: { color: tokens.colorNeutralForeground3, flexShrink: 0, marginTop: '2px' },
});

const ICON = { error: ErrorCircle16Filled, warning: Warning16Filled, info: Info16Filled };

export interface FindingGroupViewProps {
  group: FindingGroup;
  open: boolean;
  /** The findings to draw (the open group's, within the page budget). */
  findings: Finding[];
  onToggle: () => void;
  onSelect: (sheet: string, cell: string) => void;
}

export function FindingGroupView({ group, open, findings, onToggle, onSelect }: FindingGroupViewProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const h = group.head;
  const n = group.findings.length;
  const title =
    h.kind === 'code' ? t.codeGroup(codeTitle(h.code, lang), n) : h.kind === 'sheet' ? t.sheetFindings(h.sheet) : h.project ?? h.sheet;
  const sub = h.kind === 'form' ? `${h.sheet}!${h.range}` : null;
  const HeadIcon = h.kind === 'code' ? ICON[h.severity] : null;
  const spansSheets = h.kind === 'code';
  const { error, warning, info } = group.counts;
  return (
    <div className={styles.group} data-group={group.key} data-open={open ? 'true' : 'false'} data-count={n}>
      <Button appearance="subtle" className={styles.head} aria-expanded={open} onClick={onToggle} icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}>
        <span className={styles.headText}>
          {HeadIcon && <HeadIcon className={styles[h.kind === 'code' ? h.severity : 'info']} />}
          <span>{title}</span>
          {sub && <Caption1 className={styles.sub}>{sub}</Caption1>}
          {h.kind !== 'code' && (
            <span className={styles.badges} aria-label={t.issueCounts(error, warning)}>
              {error > 0 && <Badge size="small" appearance="filled" color="danger">{error}</Badge>}
              {warning > 0 && <Badge size="small" appearance="filled" color="warning">{warning}</Badge>}
              {info > 0 && <Badge size="small" appearance="tint" color="informative">{info}</Badge>}
            </span>
          )}
        </span>
      </Button>
      {open && (
        <ul className={styles.list}>
          {findings.map((f, i) => {
            const I = ICON[f.severity];
            return (
              <li key={i} className={styles.item} data-code={f.code} data-sheet={f.sheet} data-cell={f.cell ?? undefined} data-severity={f.severity}>
                <I className={styles[f.severity]} aria-label={t.severity[f.severity]} />
                {f.cell ? (
                  <Link as="button" className={styles.cell} title={t.goTo(`${f.sheet}!${f.cell}`)} onClick={() => onSelect(f.sheet, f.cell as string)}>
                    {spansSheets ? `${f.sheet}!${f.cell}` : f.cell}
                  </Link>
                ) : (
                  <span className={styles.cell}>{spansSheets ? f.sheet : '—'}</span>
                )}
                <Text size={200}>{formatFinding(f, lang)}</Text>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
