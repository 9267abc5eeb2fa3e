/**
 * createWpsWorkbook(): the WorkbookPort over WPS 表格's object model (ET JSAPI), and the WpsContext
 * the other parts share (the application, the active workbook, the add-in's own writes).
 *
 * ET calls are synchronous, but the pane awaits every port method: each one yields once first
 * (`await Promise.resolve()`), so nothing in the pane can come to rely on a synchronous answer.
 * Settings, bindings and markers are created when first used.
 */
import { HostError } from '../core/hostError';
import type { BindingsPort, MarkersPort, SettingsStore, WorkbookPort } from '../core/port';
import { applyPlan } from './applyPlan';
import { createWpsBindings } from './bindings';
import { wpsCapabilities } from './capabilities';
import type { WpsContext } from './context';
import type { EtApplication, EtWorkbook } from './et';
import { EditEvents, OwnWrites } from './events';
import { wpsApplication } from './host';
import { createWpsMarkers } from './markers';
import { readRange, readSheet, readWorkbook } from './readSheets';
import { selectCell } from './select';
import { createWpsSettings } from './settings';
import { WpsEnv, WpsState } from './state';
import { writeWpsSheet } from './writeSheet';

export interface WpsWorkbookOptions {
  /** The application object; default `window.Application` (host.ts). */
  app?: EtApplication;
  /** Tests: the clock and how long an own write is remembered (events.ts). */
  ownWrites?: OwnWrites;
}

export function createWpsContext(app: EtApplication, own: OwnWrites): WpsContext {
  return {
    app,
    workbook(): EtWorkbook {
      const wb = app.ActiveWorkbook;
      if (!wb) throw new HostError('notInExcel', 'No workbook is open in WPS 表格.');
      return wb;
    },
    ownWrite(sheet, address) {
      own.add(sheet, address);
    },
  };
}

const tick = () => Promise.resolve();

export function createWpsWorkbook(options: WpsWorkbookOptions = {}): WorkbookPort {
  const app = options.app ?? wpsApplication();
  const own = options.ownWrites ?? new OwnWrites();
  const ctx = createWpsContext(app, own);
  const env: WpsEnv = { ctx, state: new WpsState() };
  const events = new EditEvents(env, own);
  let settings: SettingsStore | undefined;
  let bindings: BindingsPort | undefined;
  let markers: MarkersPort | undefined;
  return {
    async read() {
      await tick();
      return readWorkbook(env);
    },
    async readSheet(sheet) {
      await tick();
      return readSheet(env, sheet);
    },
    async readRange(sheet, range) {
      await tick();
      return readRange(env, sheet, range);
    },
    async apply(plan) {
      await tick();
      return applyPlan(env, plan);
    },
    async writeSheet(spec) {
      await tick();
      return writeWpsSheet(ctx, spec);
    },
    async select(sheet, cell) {
      await tick();
      selectCell(env, sheet, cell);
    },
    async onEdit(handler) {
      await tick();
      return events.subscribe(handler);
    },
    get settings() {
      return (settings ??= createWpsSettings(ctx));
    },
    get bindings() {
      return (bindings ??= createWpsBindings(ctx, this.settings));
    },
    get markers() {
      return (markers ??= createWpsMarkers(ctx, this.settings));
    },
    capabilities: () => wpsCapabilities(env.state),
  };
}
