/** Spinner and progress text while reading / evaluating / writing; a bar for large workbooks. */
import { Caption1, makeStyles, ProgressBar, Spinner, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nContext';
import type { Busy } from '../sessionState';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS } });

export function ProgressPanel({ busy, rechecking }: { busy: Busy | null; rechecking: string[] }) {
  const { t } = useI18n();
  const styles = useStyles();
  if (!busy) {
    if (!rechecking.length) return null;
    return <Caption1 aria-live="polite">{t.rechecking(rechecking.join('、'))}</Caption1>;
  }
  const p = busy.progress;
  const text =
    busy.phase === 'reading'
      ? t.phaseReading
      : busy.phase === 'evaluating'
        ? p && p.sheetsDone > 0
          ? t.phaseEvaluating(p.sheetsRead, p.formsFound)
          : t.phaseLocating(p?.sheetsRead ?? 0)
        : busy.phase === 'writing'
          ? t.phaseWriting(busy.cells ?? 0)
          : busy.phase === 'markers'
            ? t.phaseMarkers
            : busy.phase === 'bindings'
              ? t.phaseBindings
              : t.phaseBusy;
  const value = busy.phase === 'evaluating' && p && p.sheetsRead > 0 && p.sheetsDone > 0 ? p.sheetsDone / p.sheetsRead : undefined;
  return (
    <div className={styles.root} role="status" aria-live="polite">
      <Spinner size="tiny" labelPosition="after" label={text} />
      {(busy.phase === 'evaluating' || busy.phase === 'writing') && <ProgressBar value={value} thickness="medium" aria-label={text} />}
    </div>
  );
}
