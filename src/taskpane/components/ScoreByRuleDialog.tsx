/**
 * 按规则评分 — preview (lazy-loaded): only the quantitative indicator scores that differ from the
 * sheet (old → new, with the rule's arithmetic), then the 总分/评分等级 that follow. Nothing is
 * written unless the user confirms; Cancel, Esc or a click outside write nothing.
 */
import { useMemo, useRef } from 'react';
import {
  Button, Caption1, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens,
} from '@fluentui/react-components';
import { explainForm } from '../../core';
import { useI18n } from '../i18n/I18nContext';
import type { ScoreByRulePreview } from '../workbook';
import { changeText } from './RunResultView';

const useStyles = makeStyles({
  cell: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: 'nowrap' },
  why: { display: 'block', color: tokens.colorNeutralForeground3 },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface ScoreByRuleDialogProps {
  /** Null: the dialog is closed (it stays mounted, showing the last preview while it closes). */
  preview: ScoreByRulePreview | null;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export default function ScoreByRuleDialog({ preview: current, busy, onConfirm, onCancel }: ScoreByRuleDialogProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const last = useRef(current);
  if (current) last.current = current;
  const preview = current ?? last.current;
  const why = useMemo(() => {
    const m = new Map<string, string>();
    const forms = new Set((preview?.scores ?? []).map((s) => s.form));
    for (const f of forms) for (const x of explainForm(f, lang)) m.set(`${x.sheet}!${x.cell}`, x.text);
    return m;
  }, [preview, lang]);
  if (!preview) return null;
  const count = preview.scores.length + preview.dependent.length;
  return (
    <Dialog open={current !== null} modalType="modal" onOpenChange={(_, d) => !d.open && current && onCancel()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{t.previewTitle}</DialogTitle>
          <DialogContent className={styles.content}>
            {preview.scores.length === 0 ? (
              <Text>{t.previewNone}</Text>
            ) : (
              <>
                <Caption1>{t.previewIntro}</Caption1>
                <Table size="small" aria-label={t.previewTitle}>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>{t.colIndicator}</TableHeaderCell>
                      <TableHeaderCell>{t.colChange}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {preview.scores.map(({ entry, name }) => {
                      const key = `${entry.sheet}!${entry.cell}`;
                      return (
                        <TableRow key={key} data-change={key}>
                          <TableCell>
                            <span className={styles.cell}>{key}</span> {name}
                            {why.get(key) && <Caption1 className={styles.why}>{why.get(key)}</Caption1>}
                          </TableCell>
                          <TableCell className={styles.cell}>{changeText(entry, t)}</TableCell>
                        </TableRow>
                      );
                    })}
                    {preview.dependent.map((entry) => {
                      const key = `${entry.sheet}!${entry.cell}`;
                      return (
                        <TableRow key={key} data-change={key}>
                          <TableCell>
                            <span className={styles.cell}>{key}</span> {t.kind[entry.kind]} · {t.dependent}
                          </TableCell>
                          <TableCell className={styles.cell}>{changeText(entry, t)}</TableCell>
                        </TableRow>
                      );
                    })}
                  </TableBody>
                </Table>
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onCancel}>
              {t.cancel}
            </Button>
            {count > 0 && (
              <Button appearance="primary" disabled={busy} onClick={onConfirm}>
                {t.confirmWrite(count)}
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
