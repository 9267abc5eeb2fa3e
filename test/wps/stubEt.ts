/**
 * A tiny stand-in for the ET object model, only until test/wps/fakeEt (a colleague's) lands: cells
 * from Grids, every property get/set and method call counted, writes parsed like typed input
 * (apostrophe → text, `=` → formula), SheetChange fired synchronously on writes.
 */
import { parseRange, RangeRef, toA1 } from '../../src/core/a1';
import { CellValue, Grid, GridView } from '../../src/core/grid';

interface Cell { v: unknown; f?: string; fmt?: string }
interface Sheet { name: string; cells: Map<string, Cell>; merges: string[]; protect: boolean; visible: number }

export function stubEt(grids: Grid[], options: { xml?: boolean } = {}) {
  const calls = { n: 0, log: [] as string[] };
  const hit = (what: string) => { calls.n++; calls.log.push(what); };
  const sheets: Sheet[] = grids.map((g) => {
    const view = new GridView(g);
    const cells = new Map<string, Cell>();
    for (let r = view.top; r <= view.bottom; r++)
      for (let c = view.left; c <= view.right; c++) {
        const v = view.raw(r, c);
        const f = view.formula(r, c) ?? undefined;
        const fmt = view.numberFormat(r, c) ?? undefined;
        if (v !== null || f || fmt) cells.set(toA1(r, c), { v: etValue(v), f, fmt });
      }
    return { name: g.sheet, cells, merges: [...g.merges], protect: g.protected === true, visible: -1 };
  });
  const listeners: ((...a: unknown[]) => void)[] = [];
  const window = { row: 1, col: 1 };
  const sheetObj = (s: Sheet) => ({
    get Name() { hit('Name'); return s.name; },
    get ProtectContents() { hit('ProtectContents'); return s.protect; },
    get Visible() { hit('Visible'); return s.visible; },
    get UsedRange() { hit('UsedRange'); return rangeObj(s, usedArea(s)); },
    Range(a: string) { hit('Range'); return rangeObj(s, parseRange(a)); },
    Activate() { hit('Activate'); },
  });
  const rangeObj = (s: Sheet, area: RangeRef) => {
    const each = <T>(fn: (cell: string, r: number, c: number) => T): T[][] =>
      Array.from({ length: area.bottom - area.top + 1 }, (_, i) => Array.from({ length: area.right - area.left + 1 }, (_, j) => fn(toA1(area.top + i, area.left + j), i, j)));
    const shape = <T>(rows: T[][]) => (rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows);
    return {
      Address() { hit('Address'); return address(area); },
      get Value2() { hit('Value2'); return shape(each((a) => s.cells.get(a)?.v)); },
      set Value2(x: unknown) {
        hit('Value2=');
        if (s.protect) throw new Error('The cell you are trying to change is on a protected sheet.');
        const rows = Array.isArray(x) ? (x as unknown[][]) : [[x]];
        each((a, i, j) => s.cells.set(a, typed(rows[i][j], s.cells.get(a)?.fmt)));
        for (const l of [...listeners]) l(sheetObj(s), rangeObj(s, area));
      },
      get Formula() { hit('Formula'); return shape(each((a) => { const c = s.cells.get(a); return c?.f ?? (c?.v === undefined ? '' : String(c.v)); })); },
      get NumberFormat() { hit('NumberFormat'); return shape(each((a) => s.cells.get(a)?.fmt ?? 'General')); },
      Value(kind?: number) {
        hit('Value');
        if (kind !== 11 || options.xml === false) throw new Error('not supported');
        return xmlOf(s, area);
      },
      Select() { hit('Select'); },
    };
  };
  const wsList = {
    get Count() { hit('Count'); return sheets.length; },
    Item(i: number | string) {
      hit('Item');
      const s = typeof i === 'number' ? sheets[i - 1] : sheets.find((x) => x.name === i);
      if (!s) throw new Error('下标越界');
      return sheetObj(s);
    },
  };
  const app = {
    get ActiveWorkbook() { hit('ActiveWorkbook'); return { get Worksheets() { hit('Worksheets'); return wsList; } }; },
    get ActiveWindow() {
      hit('ActiveWindow');
      return { set ScrollRow(v: number) { hit('ScrollRow='); window.row = v; }, set ScrollColumn(v: number) { hit('ScrollColumn='); window.col = v; } };
    },
    get ApiEvent() {
      hit('ApiEvent');
      return {
        AddApiEventListener(_n: string, fn: (...a: unknown[]) => void) { hit('AddApiEventListener'); listeners.push(fn); },
        RemoveApiEventListener(_n: string, fn: (...a: unknown[]) => void) { hit('RemoveApiEventListener'); listeners.splice(listeners.indexOf(fn), 1); },
      };
    },
  };
  /** The user edits a cell (no counting: it is not the add-in's call). */
  const userEdit = (sheet: string, a: string, v: unknown) => {
    const s = sheets.find((x) => x.name === sheet)!;
    const saved = calls.n;
    s.cells.set(a, typed(v));
    for (const l of [...listeners]) l(sheetObj(s), rangeObj(s, parseRange(a)));
    calls.n = saved;
  };
  return { app: app as never, calls, sheets, window, listeners, userEdit };
}

function etValue(v: CellValue): unknown {
  if (v !== null && typeof v === 'object') return ({ '#DIV/0!': -2146826281, '#N/A': -2146826246 } as Record<string, number>)[v.error] ?? -2146826273;
  return v === null ? undefined : v;
}

function typed(x: unknown, fmt?: string): Cell {
  if (typeof x === 'string' && x.startsWith("'")) return { v: x.slice(1), fmt };
  if (typeof x === 'string' && x.startsWith('=')) return { v: 0, f: x, fmt };
  if (typeof x === 'string' && x !== '' && !Number.isNaN(Number(x))) return { v: Number(x), fmt };
  return { v: x === '' ? undefined : x, fmt };
}

const address = (a: RangeRef) => (a.top === a.bottom && a.left === a.right ? toA1(a.top, a.left) : `${toA1(a.top, a.left)}:${toA1(a.bottom, a.right)}`);

function usedArea(s: Sheet): RangeRef {
  const refs = [...s.cells.keys()].map((a) => parseRange(a));
  if (!refs.length) return { top: 0, left: 0, bottom: 0, right: 0 };
  return { top: Math.min(...refs.map((r) => r.top)), left: Math.min(...refs.map((r) => r.left)), bottom: Math.max(...refs.map((r) => r.bottom)), right: Math.max(...refs.map((r) => r.right)) };
}

function xmlOf(s: Sheet, area: RangeRef): string {
  const fmts = [...new Set([...s.cells.values()].map((c) => c.fmt).filter(Boolean))] as string[];
  const styles = fmts.map((f, i) => `<Style ss:ID="s${i}"><NumberFormat ss:Format="${f.replace(/"/g, '&quot;')}"/></Style>`).join('');
  const merges = s.merges.map((m) => parseRange(m));
  let rows = '';
  for (let r = area.top; r <= area.bottom; r++) {
    let cells = '';
    for (let c = area.left; c <= area.right; c++) {
      const cell = s.cells.get(toA1(r, c));
      const m = merges.find((x) => x.top === r && x.left === c);
      if (!cell && !m) continue;
      const style = cell?.fmt ? ` ss:StyleID="s${fmts.indexOf(cell.fmt)}"` : '';
      const merge = m ? ` ss:MergeAcross="${m.right - m.left}" ss:MergeDown="${m.bottom - m.top}"` : '';
      cells += `<Cell ss:Index="${c - area.left + 1}"${style}${merge}/>`;
    }
    if (cells) rows += `<Row ss:Index="${r - area.top + 1}">${cells}</Row>`;
  }
  return `<?xml version="1.0"?><Workbook xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Styles>${styles}</Styles><Worksheet ss:Name="x"><Table>${rows}</Table></Worksheet></Workbook>`;
}
