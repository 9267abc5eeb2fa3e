/// <reference types="office-js" />
/**
 * The ribbon's function file (commands.html, manifest `FunctionFile`). Two actions:
 *
 *  - `showTaskpane`: opens the task pane (the manifest's 打开助手 button uses the declarative
 *    ShowTaskpane action; this one is for ExecuteFunction callers such as shortcuts).
 *  - `recalcAll` (一键重算): recalculates the whole workbook right here, in the function file's
 *    runtime (./ribbonRecalc.ts: read → evaluate → write, 2 syncs), stores what it wrote in the
 *    workbook for 撤销上次重算, and tells an open task pane to refresh. If it fails, it leaves a
 *    `recalcAll` request (./requests.ts) so that the task pane, once opened, runs it again and
 *    explains the failure in words (the function file has no UI of its own).
 *
 * Office.addin.showAsTaskpane() needs a shared runtime (SharedRuntime 1.1), which this XML
 * manifest does not declare; where it is missing the pane is not opened by the command. Every
 * action calls event.completed(), also when it fails; otherwise Office shows it as running.
 */
import { announceRibbonDone, requestAction } from '../bridge/requests';

type CommandEvent = Pick<Office.AddinCommands.Event, 'completed'>;

function officeAvailable(): boolean {
  return typeof Office !== 'undefined';
}

/** Opens the task pane when the host allows it; false when it cannot (no shared runtime). */
export async function openTaskpane(): Promise<boolean> {
  if (!officeAvailable()) return false;
  const supported = (() => {
    try {
      return Office.context?.requirements?.isSetSupported('SharedRuntime', '1.1') === true;
    } catch {
      return false;
    }
  })();
  if (!supported || typeof Office.addin?.showAsTaskpane !== 'function') return false;
  await Office.addin.showAsTaskpane();
  return true;
}

function report(what: string, err: unknown): void {
  // The function file has no UI of its own; the console is visible in the runtime's dev tools.
  console.error(`[绩效自评助手] ${what}:`, err);
}

async function finish(event: CommandEvent, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (err) {
    report('ribbon command failed', err);
  } finally {
    try {
      event.completed();
    } catch (err) {
      report('event.completed() failed', err);
    }
  }
}

export function showTaskpane(event: CommandEvent): Promise<void> {
  return finish(event, openTaskpane);
}

export function recalcAll(event: CommandEvent): Promise<void> {
  return finish(event, async () => {
    try {
      // Loaded on demand: showTaskpane needs none of the engine.
      const [{ recalculateFromRibbon }, { createOfficeWorkbook }, { createSettingsStore }, { officeHost }] = await Promise.all([
        import('./ribbonRecalc'),
        import('../excel/officeWorkbook'),
        import('../excel/settings'),
        import('../excel/host'),
      ]);
      const settings = createSettingsStore(officeHost());
      await recalculateFromRibbon({ settings, openPort: (known) => createOfficeWorkbook(known ? { knownSheets: known } : {}) });
      announceRibbonDone();
    } catch (err) {
      report('recalcAll failed; the task pane will run it again and explain', err);
      try {
        requestAction('recalcAll');
      } catch (e) {
        report('could not leave the recalcAll request for the task pane', e);
      }
      await openTaskpane();
    }
  });
}

/** Registers the actions named in manifest.xml (<FunctionName>). */
export function registerCommands(): boolean {
  if (!officeAvailable() || typeof Office.actions?.associate !== 'function') return false;
  Office.actions.associate('showTaskpane', showTaskpane);
  Office.actions.associate('recalcAll', recalcAll);
  return true;
}

if (officeAvailable()) {
  // Same order as Microsoft's template: onReady, then associate at load time.
  Office.onReady(() => undefined);
  registerCommands();
}
