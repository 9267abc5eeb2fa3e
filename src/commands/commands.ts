/// <reference types="office-js" />
/**
 * The ribbon's function file (commands.html, manifest `FunctionFile`). Two actions:
 *
 *  - `showTaskpane`: opens the task pane (the manifest's 打开助手 button uses the declarative
 *    ShowTaskpane action; this one is for ExecuteFunction callers such as shortcuts).
 *  - `recalcAll` (一键重算): leaves a `recalcAll` request in localStorage (./requests.ts), then
 *    opens the task pane, which runs the same whole-workbook recalculation as its own button
 *    (on start, or at once through the `storage` event when it is already open).
 *
 * Office.addin.showAsTaskpane() needs a shared runtime (SharedRuntime 1.1), which this XML
 * manifest does not declare: without it the request waits (5 minutes at most) until the user
 * opens the pane with 打开助手. Every action calls event.completed(), also when it fails;
 * otherwise Office shows the command as running for a long time.
 */
import { requestAction } from './requests';

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
    // The request first, so that a pane that opens (or is open) finds it.
    try {
      requestAction('recalcAll');
    } catch (err) {
      report('could not leave the recalcAll request for the task pane', err);
    }
    await openTaskpane();
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
