/** Worksheet.Hyperlinks, Shapes (charts) and PageSetup: recorded in the persisted state. */
import type { EtChart, EtPageSetup, EtRange } from '../../../src/wps/et';
import { FakeRange } from './range';
import { defaultPageSetup, type ChartEntry, type PageSetupEntry, type Session } from './state';

/** The fake behind a Range proxy (its camelCase fields are not counted). */
function rangeOf(session: Session, x: unknown, what: string): FakeRange {
  const r = x as FakeRange;
  if (!r || typeof r !== 'object' || r.session !== session || typeof r.sheetId !== 'number') throw new Error(`fake ET: ${what} needs a Range of this workbook`);
  return r;
}

export class FakeHyperlinks {
  constructor(private readonly session: Session, private readonly sheetId: number) {}

  /** Replaces a hyperlink on the same cells; the cell shows TextToDisplay (or the address). */
  Add(Anchor: EtRange, Address: string, SubAddress = '', ScreenTip = '', TextToDisplay = ''): unknown {
    const a = rangeOf(this.session, Anchor, 'Hyperlinks.Add');
    this.session.guardWrite(this.sheetId);
    const d = this.session.data;
    d.hyperlinks = d.hyperlinks.filter((h) => !(h.sheetId === a.sheetId && h.range.top === a.r.top && h.range.left === a.r.left));
    const entry = { sheetId: a.sheetId, range: { ...a.r }, address: String(Address ?? ''), subAddress: String(SubAddress), screenTip: String(ScreenTip), text: String(TextToDisplay) };
    d.hyperlinks.push(entry);
    const shown = entry.text || entry.address || entry.subAddress;
    d.store.setCell(a.sheetId, a.r.top, a.r.left, { value: shown, formula: null });
    return this.session.om('Hyperlink', {
      get Address() { return entry.address; },
      get SubAddress() { return entry.subAddress; },
      get ScreenTip() { return entry.screenTip; },
      get TextToDisplay() { return entry.text; },
    });
  }
}

export class FakeShapes {
  constructor(private readonly session: Session, private readonly sheetId: number) {}

  AddChart(Type = 51, Left = 0, Top = 0, Width = 360, Height = 216): { readonly Chart: EtChart } {
    this.session.sheetInfo(this.sheetId);
    const entry: ChartEntry = {
      sheetId: this.sheetId, type: Type, left: Left, top: Top, width: Width, height: Height,
      source: null, plotBy: null, hasTitle: false, title: '',
    };
    this.session.data.charts.push(entry);
    const chart = this.session.om('Chart', new FakeChart(this.session, entry));
    return this.session.om('Shape', { get Chart() { return chart; } });
  }
}

class FakeChart implements EtChart {
  constructor(private readonly session: Session, private readonly entry: ChartEntry) {}

  SetSourceData(Source: EtRange, PlotBy?: number): void {
    const r = rangeOf(this.session, Source, 'SetSourceData');
    this.entry.source = { sheetId: r.sheetId, range: { ...r.r }, ...(r.areas ? { areas: r.areas.map((a) => ({ ...a })) } : {}) };
    this.entry.plotBy = PlotBy ?? null;
  }

  get ChartType(): number {
    return this.entry.type;
  }

  set ChartType(t: number) {
    this.entry.type = t;
  }

  get HasTitle(): boolean {
    return this.entry.hasTitle;
  }

  set HasTitle(on: boolean) {
    this.entry.hasTitle = Boolean(on);
  }

  get ChartTitle(): { Text: string } {
    const entry = this.entry;
    return this.session.om('ChartTitle', {
      get Text() { return entry.title; },
      set Text(t: string) { entry.title = String(t); },
    });
  }
}

/** PageSetup: every property is recorded as written, per sheet. */
export function pageSetupOf(session: Session, sheetId: number): EtPageSetup {
  const map = session.data.pageSetup;
  const entry = (): PageSetupEntry => {
    session.sheetInfo(sheetId);
    let e = map.get(sheetId);
    if (!e) map.set(sheetId, (e = defaultPageSetup()));
    return e;
  };
  const target = {} as EtPageSetup;
  for (const key of Object.keys(defaultPageSetup()) as (keyof PageSetupEntry)[]) {
    Object.defineProperty(target, key, {
      get: () => entry()[key],
      set: (v: never) => void (entry()[key] = v),
      enumerable: true,
    });
  }
  return session.om('PageSetup', target);
}
