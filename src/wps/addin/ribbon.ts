/**
 * Entry of index.html, the page WPS loads when the add-in starts: the callbacks ribbon.xml names
 * (onLoad, onAction, getImage, getEnabled), defined on `window` because WPS calls them by name in
 * this page's global scope (wpsjs templates: et/main.js). The page loads this script without
 * `defer`, so that they exist before WPS builds the ribbon.
 */
import type { EtApplication } from '../et';
import { RibbonUi, wpsApplication } from './app';
import { failureText, langOf } from './messages';
import { toggleTaskpane } from './pane';

/** Control ids of ribbon.xml (test/web/wpsPackage.test.ts checks both sides agree). */
export const CONTROL_IDS = { openPane: 'btnJixiaoOpen', recalc: 'btnJixiaoRecalc' } as const;

/** Button images, relative to the add-in's folder as WPS resolves them (templates: "images/1.svg"). */
const IMAGES: Record<string, string> = {
  [CONTROL_IDS.openPane]: 'images/icon-32.png',
  [CONTROL_IDS.recalc]: 'images/recalc-32.png',
};

interface RibbonControl {
  readonly Id: string;
}

let ribbonUi: RibbonUi | null = null;
let recalcRunning = false;

const lang = () => langOf(typeof navigator !== 'undefined' ? navigator.language : undefined);

function say(text: string): void {
  // The wpsjs templates report with alert(); the typings offer no Application.Alert.
  if (typeof alert === 'function') alert(text);
}

function refresh(id: string): void {
  try {
    ribbonUi?.InvalidateControl?.(id);
  } catch {
    /* an older ribbon object: the button keeps its state until the next redraw */
  }
}

export function OnAddinLoad(ribbon: RibbonUi): boolean {
  ribbonUi = ribbon ?? null;
  return true;
}

async function recalc(app: EtApplication): Promise<void> {
  if (recalcRunning) return;
  recalcRunning = true;
  refresh(CONTROL_IDS.recalc);
  try {
    // Loaded on the first click: the engine is not needed to show the ribbon.
    const { recalcActiveWorkbook } = await import(/* webpackChunkName: "wps-recalc" */ './recalc');
    say(await recalcActiveWorkbook(app, lang()));
  } catch (err) {
    say(failureText(err, lang()));
  } finally {
    recalcRunning = false;
    refresh(CONTROL_IDS.recalc);
  }
}

export function OnAction(control: RibbonControl): boolean {
  const app = wpsApplication();
  if (!app) return false;
  switch (control?.Id) {
    case CONTROL_IDS.openPane:
      try {
        toggleTaskpane(app, document.location.href);
      } catch (err) {
        say(failureText(err, lang(), 'pane'));
      }
      return true;
    case CONTROL_IDS.recalc:
      void recalc(app);
      return true;
    default:
      return false;
  }
}

export function GetImage(control: RibbonControl): string {
  return IMAGES[control?.Id] ?? IMAGES[CONTROL_IDS.openPane];
}

/** 一键重算 is greyed while it runs (a second click would recalculate twice). */
export function OnGetEnabled(control: RibbonControl): boolean {
  return !(control?.Id === CONTROL_IDS.recalc && recalcRunning);
}

if (typeof window !== 'undefined') {
  Object.assign(window, { OnAddinLoad, OnAction, GetImage, OnGetEnabled });
}
