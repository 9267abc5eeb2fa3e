/**
 * 「说明」: a small ⓘ button next to a computed figure. It toggles an inline explanation (the
 * arithmetic from explainForm) instead of a popover, which keeps the initial bundle free of the
 * positioning library and reads well in a narrow task pane.
 */
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { Info16Regular } from '@fluentui/react-icons';
import { useI18n } from '../i18n/I18nContext';

const useStyles = makeStyles({
  text: {
    display: 'block',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    fontFamily: tokens.fontFamilyBase,
    whiteSpace: 'pre-wrap',
  },
});

export interface ExplainButtonProps {
  /** What is explained, e.g. 「执行率 G6」 (the button's accessible name: 「说明：执行率 G6」). */
  label: string;
  open: boolean;
  onToggle: () => void;
}

export function ExplainButton({ label, open, onToggle }: ExplainButtonProps) {
  const { t } = useI18n();
  return (
    <Button
      size="small"
      appearance="transparent"
      icon={<Info16Regular />}
      aria-label={t.explain(label)}
      title={t.explain(label)}
      aria-expanded={open}
      onClick={onToggle}
    />
  );
}

/** The explanation itself (or why there is none). */
export function ExplainText({ text }: { text: string | null | undefined }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <Text size={200} className={styles.text} role="note">
      {text ?? t.noExplanation}
    </Text>
  );
}
