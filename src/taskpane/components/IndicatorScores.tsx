/**
 * A form's indicators with their 得分 (sheet score / 分值) and a 「说明」 each: the rule that scores
 * it, what counts in 总分 and what 按规则评分 would write (core explainIndicators). A list, not
 * a table: in a 350-px pane the names wrap on their own lines while the figures never break.
 */
import { useMemo, useState } from 'react';
import { Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { eq, explainIndicators, format2OrNull, FormEvaluation, indicatorTag } from '../../core';
import { useI18n } from '../i18n/I18nContext';
import { ExplainButton, ExplainText } from './ExplainButton';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalXXS },
  line: { display: 'flex', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalXS },
  // min-width 0 lets a long name wrap instead of pushing the figures out of the pane
  what: { flex: '1 1 auto', minWidth: 0, overflowWrap: 'anywhere', display: 'flex', flexDirection: 'column' },
  meta: { color: tokens.colorNeutralForeground3 },
  figures: { flex: '0 0 auto', display: 'inline-flex', alignItems: 'center', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  counted: { color: tokens.colorPaletteDarkOrangeForeground1, marginLeft: tokens.spacingHorizontalXXS },
});

export interface IndicatorScoresProps {
  evaluation: FormEvaluation;
}

export function IndicatorScores({ evaluation }: IndicatorScoresProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const [open, setOpen] = useState<string | null>(null);
  const items = useMemo(() => explainIndicators(evaluation, lang), [evaluation, lang]);
  const project = evaluation.form.project ?? evaluation.form.sheet;
  if (items.length === 0) return <Text size={200}>{t.noIndicators}</Text>;
  return (
    <ol className={styles.list} aria-label={t.indicatorsTitle(project)} data-testid="indicator-scores">
      {items.map((x) => {
        const { score, weight, counted } = x.figures;
        const shown = format2OrNull(score) ?? '—';
        // the cap (R5) or 按规则评分 counts another figure than the sheet's: say which
        const differs = counted !== null && (score === null ? !counted.isZero() : !eq(score, counted));
        const label = `${t.kind.indicatorScore} ${x.cell}`;
        return (
          <li key={x.cell} className={styles.item} data-cell={x.cell}>
            <div className={styles.line}>
              <span className={styles.what}>
                <Text size={200}>{x.name}</Text>
                <Caption1 className={styles.meta}>
                  {x.cell} · {indicatorTag(x, lang)}
                </Caption1>
              </span>
              <span className={styles.figures}>
                <Text size={200} data-testid="indicator-score">
                  {t.scoreOfWeight(shown, format2OrNull(weight) ?? '—')}
                </Text>
                {differs && <Caption1 className={styles.counted}>{t.countedAs(format2OrNull(counted) ?? '—')}</Caption1>}
                <ExplainButton label={label} open={open === x.cell} onToggle={() => setOpen(open === x.cell ? null : x.cell)} />
              </span>
            </div>
            {open === x.cell && <ExplainText text={x.text} />}
          </li>
        );
      })}
    </ol>
  );
}
