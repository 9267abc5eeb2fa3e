/** The pane's actions. Every button is disabled while an action runs. */
import { Button, makeStyles, tokens, ToggleButton } from '@fluentui/react-components';
import { ArrowSync20Regular, ArrowUndo20Regular, Calculator20Regular, DocumentBulletList20Regular, Search20Regular, Settings20Regular, TableSimple20Regular } from '@fluentui/react-icons';
import { useI18n } from '../i18n/I18nContext';

const useStyles = makeStyles({ root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS } });

export interface ToolbarProps {
  disabled: boolean;
  canUndo: boolean;
  settingsOpen: boolean;
  onCheck: () => void;
  onRecalc: () => void;
  onScoreByRule: () => void;
  onUndo: () => void;
  onGenerateResults: () => void;
  onExportIssues: () => void;
  onToggleSettings: () => void;
}

export function Toolbar(p: ToolbarProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.root} role="toolbar" aria-label={t.appTitle}>
      <Button appearance="primary" icon={<ArrowSync20Regular />} disabled={p.disabled} onClick={p.onRecalc}>
        {t.recalcAll}
      </Button>
      <Button icon={<Search20Regular />} disabled={p.disabled} onClick={p.onCheck}>
        {t.check}
      </Button>
      <Button icon={<Calculator20Regular />} disabled={p.disabled} onClick={p.onScoreByRule}>
        {t.scoreByRule}
      </Button>
      <Button icon={<ArrowUndo20Regular />} disabled={p.disabled || !p.canUndo} onClick={p.onUndo}>
        {t.undo}
      </Button>
      <Button icon={<TableSimple20Regular />} disabled={p.disabled} onClick={p.onGenerateResults}>
        {t.generateResults}
      </Button>
      <Button icon={<DocumentBulletList20Regular />} disabled={p.disabled} onClick={p.onExportIssues}>
        {t.exportIssues}
      </Button>
      <ToggleButton icon={<Settings20Regular />} checked={p.settingsOpen} onClick={p.onToggleSettings}>
        {t.settings}
      </ToggleButton>
    </div>
  );
}
