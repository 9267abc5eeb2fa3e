/**
 * The pane's actions, in Fluent's Toolbar: one Tab stop, arrow keys move between the buttons (so
 * Tab reaches the findings after a few stops). It wraps in a narrow pane. Every button is disabled
 * while an action runs.
 */
import { makeStyles, Toolbar as FluentToolbar, ToolbarButton, ToolbarToggleButton, tokens } from '@fluentui/react-components';
import { ArrowSync20Regular, ArrowUndo20Regular, Calculator20Regular, ClipboardTextEdit20Regular, DocumentBulletList20Regular, Search20Regular, Settings20Regular, TableSimple20Regular } from '@fluentui/react-icons';
import { useI18n } from '../i18n/I18nContext';

const useStyles = makeStyles({ root: { flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, padding: 0 } });

export interface ToolbarProps {
  disabled: boolean;
  canUndo: boolean;
  settingsOpen: boolean;
  /** 复核 mode (a workbook setting): the toggle shows it and switches it. */
  reviewMode: boolean;
  onCheck: () => void;
  onRecalc: () => void;
  onScoreByRule: () => void;
  onUndo: () => void;
  onGenerateResults: () => void;
  onExportIssues: () => void;
  onToggleSettings: () => void;
  onToggleReview: () => void;
}

export function Toolbar(p: ToolbarProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <FluentToolbar className={styles.root} aria-label={t.appTitle} checkedValues={{ view: p.settingsOpen ? ['settings'] : [], mode: p.reviewMode ? ['review'] : [] }}>
      <ToolbarButton appearance="primary" icon={<ArrowSync20Regular />} disabled={p.disabled} onClick={p.onRecalc}>
        {t.recalcAll}
      </ToolbarButton>
      <ToolbarButton icon={<Search20Regular />} disabled={p.disabled} onClick={p.onCheck}>
        {t.check}
      </ToolbarButton>
      <ToolbarButton icon={<Calculator20Regular />} disabled={p.disabled} onClick={p.onScoreByRule}>
        {t.scoreByRule}
      </ToolbarButton>
      <ToolbarButton icon={<ArrowUndo20Regular />} disabled={p.disabled || !p.canUndo} onClick={p.onUndo}>
        {t.undo}
      </ToolbarButton>
      <ToolbarButton icon={<TableSimple20Regular />} disabled={p.disabled} onClick={p.onGenerateResults}>
        {t.generateResults}
      </ToolbarButton>
      <ToolbarButton icon={<DocumentBulletList20Regular />} disabled={p.disabled} onClick={p.onExportIssues}>
        {t.exportIssues}
      </ToolbarButton>
      <ToolbarToggleButton name="mode" value="review" icon={<ClipboardTextEdit20Regular />} disabled={p.disabled} onClick={p.onToggleReview} data-testid="review-mode">
        {t.reviewMode}
      </ToolbarToggleButton>
      <ToolbarToggleButton name="view" value="settings" icon={<Settings20Regular />} onClick={p.onToggleSettings}>
        {t.settings}
      </ToolbarToggleButton>
    </FluentToolbar>
  );
}
