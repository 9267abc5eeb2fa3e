/**
 * The pane's layout: a header that stays in view (toolbar, progress, errors, notices), then either
 * the settings (lazy) or 生成汇总's results, 复核 mode's review view (lazy), the last write's result, the hint to the profile the
 * layout suggests (when it is another than the workbook's), the findings (before the
 * overview: a new inline warning shows without scrolling past 200 forms, and Tab reaches it before
 * the overview's 「说明」 buttons) and the overview. F6 / Shift+F6 move between these regions, as in
 * Office. The 按规则评分 dialog is lazy too.
 */
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { resolveProfile } from '../../core';
import type { ActionName } from '../i18n/strings';
import type { SessionState, TaskpaneSession } from '../session';
import { reviewModeOn } from '../settings';
import { CapabilityNotices } from './CapabilityNotices';
import { ErrorBar } from './ErrorBar';
import { ErrorBoundary } from './ErrorBoundary';
import { FindingsPanel } from './FindingsPanel';
import { NoticeBar } from './NoticeBar';
import { Overview } from './Overview';
import { ProfileHint } from './ProfileHint';
import { ProgressPanel } from './ProgressPanel';
import { RunResultView } from './RunResultView';
import { landmarkKeys } from './landmarks';
import { Toolbar } from './Toolbar';

/**
 * The rarely used views, loaded on first use. Made anew after 重新加载界面: React.lazy keeps a
 * failed load for good, while a new import() asks the server again (e.g. after a network blip).
 */
function lazyViews() {
  return {
    SettingsPanel: lazy(() => import(/* webpackChunkName: "settings" */ './SettingsPanel')),
    ScoreByRuleDialog: lazy(() => import(/* webpackChunkName: "score-by-rule" */ './ScoreByRuleDialog')),
    // the results table and its chart (d3 behind @fluentui/react-charts): loaded on 生成汇总 only
    ResultsPanel: lazy(() => import(/* webpackChunkName: "results" */ './ResultsPanel')),
    ReviewPanel: lazy(() => import(/* webpackChunkName: "review" */ './ReviewPanel')),
  };
}

const useStyles = makeStyles({
  // minWidth 0: a flex item may shrink below its content (tables then wrap instead of overflowing)
  root: { display: 'flex', flexDirection: 'column', '& > *': { minWidth: 0 } },
  // the toolbar, progress and messages stay in view while the lists scroll under them
  header: {
    position: 'sticky', top: 0, zIndex: 2, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, '& > *': { minWidth: 0 },
  },
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, '& > *': { minWidth: 0 }, outline: 'none' },
});

export function Shell({ session, state }: { session: TaskpaneSession; state: SessionState }) {
  const styles = useStyles();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [generation, setGeneration] = useState(0);
  const { SettingsPanel, ScoreByRuleDialog, ResultsPanel, ReviewPanel } = useMemo(lazyViews, [generation]);
  const [dialogUsed, setDialogUsed] = useState(false);
  if (state.preview && !dialogUsed) setDialogUsed(true);
  const retryLazy = () => setGeneration((n) => n + 1);
  const busy = state.busy !== null;
  const retry = state.error && retryOf(session, state.error.action);
  // the session's own functions: stable, so the memoised lists below skip a progress tick's render
  const select = session.select;
  const reviewMode = reviewModeOn(state.settings, state.evaluation);
  const switchProfile = useCallback((name: string) => {
    const profile = resolveProfile(name);
    if (profile) void session.tools.updateSettings({ profile });
  }, [session]);
  return (
    <div className={styles.root} onKeyDown={landmarkKeys} data-busy={state.busy ? 'true' : undefined} data-rechecking={state.rechecking.length > 0 ? 'true' : undefined}>
      <header className={styles.header} data-landmark="toolbar" data-testid="pane-header">
        <Toolbar
          disabled={busy || !state.ready}
          canUndo={Boolean(state.undo?.length)}
          settingsOpen={settingsOpen}
          reviewMode={reviewMode}
          onCheck={() => void session.check()}
          onRecalc={() => void session.recalcAll()}
          onScoreByRule={() => void session.previewScoreByRule()}
          onUndo={() => void session.undo()}
          onGenerateResults={() => {
            setSettingsOpen(false);
            void session.results.generate();
          }}
          onExportIssues={() => void session.issues.export()}
          onToggleSettings={() => setSettingsOpen(!settingsOpen)}
          onToggleReview={() => void session.tools.updateSettings({ reviewMode: !reviewMode })}
        />
        <ProgressPanel busy={state.busy} rechecking={state.rechecking} />
        {state.error && <ErrorBar action={state.error.action} error={state.error.error} onDismiss={session.dismissError} onRetry={busy ? undefined : retry ?? undefined} />}
        {state.notice && <NoticeBar notice={state.notice} onDismiss={session.dismissNotice} />}
      </header>
      <main className={styles.main}>
        <CapabilityNotices capabilities={state.capabilities} features={['mergedAreas']} />
        {settingsOpen ? (
          <ErrorBoundary onReset={retryLazy}>
            <Suspense fallback={<Spinner size="small" />}>
              <SettingsPanel
                settings={state.settings}
                reviewMode={reviewMode}
                capabilities={state.capabilities}
                busy={busy}
                onChange={(patch) => void session.tools.updateSettings(patch)}
                onClearMarkers={() => void session.tools.clearMarkers()}
                onRedetect={() => void session.tools.redetect()}
                onBindSelection={(part) => void session.tools.bindSelection(part)}
              />
            </Suspense>
          </ErrorBoundary>
        ) : (
          <>
            {state.results && (
              <div data-landmark="results">
                <ErrorBoundary onReset={retryLazy}>
                  <Suspense fallback={<Spinner size="small" />}>
                    <ResultsPanel results={state.results} onSelect={select} onDismiss={session.results.dismiss} />
                  </Suspense>
                </ErrorBoundary>
              </div>
            )}
            {reviewMode && (
              <div data-landmark="review">
                <ErrorBoundary onReset={retryLazy}>
                  <Suspense fallback={<Spinner size="small" />}>
                    <ReviewPanel review={state.evaluation?.review ?? null} busy={busy} onWrite={() => void session.review.writeRecord()} onSelect={select} />
                  </Suspense>
                </ErrorBoundary>
              </div>
            )}
            {state.result && <RunResultView result={state.result} onSelect={select} onDismiss={session.dismissResult} />}
            <ProfileHint evaluation={state.evaluation} profile={state.settings.profile.name} busy={busy} onSwitch={switchProfile} />
            <div data-landmark="findings">
              <FindingsPanel evaluation={state.evaluation} onSelect={select} />
            </div>
            <div data-landmark="overview">
              <Overview evaluation={state.evaluation} />
            </div>
          </>
        )}
      </main>
      {/* Once opened, the dialog stays mounted and closes through `open`: unmounting an open Fluent
          dialog leaves aria-hidden on the rest of the page (microsoft/fluentui#35139). */}
      {(state.preview || dialogUsed) && (
        <ErrorBoundary onReset={retryLazy}>
          <Suspense fallback={<Spinner size="small" />}>
            <ScoreByRuleDialog preview={state.preview} busy={busy} onConfirm={() => void session.confirmScoreByRule()} onCancel={session.cancelScoreByRule} />
          </Suspense>
        </ErrorBoundary>
      )}
    </div>
  );
}

/** The button that repeats a failed action, where repeating makes sense. */
function retryOf(session: TaskpaneSession, action: ActionName): (() => void) | null {
  const map: Partial<Record<ActionName, () => void>> = {
    start: () => void session.check(),
    check: () => void session.check(),
    recalcAll: () => void session.recalcAll(),
    scoreByRule: () => void session.previewScoreByRule(),
    undo: () => void session.undo(),
    recheck: () => void session.check(),
    redetect: () => void session.tools.redetect(),
    clearMarkers: () => void session.tools.clearMarkers(),
    bindings: () => void session.check(),
    generateResults: () => void session.results.generate(),
    reviewRecord: () => void session.review.writeRecord(),
  };
  return map[action] ?? null;
}
