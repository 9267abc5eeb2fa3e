/**
 * XML-level mutations of a package's parts: the parts stay well-formed zip entries, their content
 * is what a careless writer, a hand edit or a hostile file could hold. Each mutation is plain data
 * drawn by fast-check (indexes as naturals taken modulo what is there, so they shrink to the first
 * element) and applied by `applyXml`, so a failing case prints as data and replays exactly.
 */
import fc from 'fast-check';
import { CellType, cellRef, cellText, cellType, escapeXml, JUNK, mergeRef } from './values';
import { Part, text, withText } from './zip';

export type CellPick = { at: number; figure: boolean; type: CellType; value: string; ref: string | null; empty: boolean };
export type FormulaPick = { at: number; kind: 'orphan' | 'masterBadRef' | 'array' | 'dataTable'; si: number; ref: string; value: string };

export type XmlMutation =
  | { kind: 'cells'; sheet: number; picks: CellPick[] }
  | { kind: 'merges'; sheet: number; overlap: number[]; refs: string[] }
  | { kind: 'sharedFormula'; sheet: number; picks: FormulaPick[] }
  | { kind: 'strings'; picks: { at: number; text: string; rich: boolean }[] }
  | { kind: 'rows'; sheet: number; picks: { at: number; r: string | null }[] }
  | { kind: 'sheetNames'; picks: { at: number; name: string | number }[] }
  | { kind: 'dimension'; sheet: number; ref: string }
  | { kind: 'junk'; part: number; at: number; junk: string; cut: number };

const nat = fc.nat(10_000);

const cellPick: fc.Arbitrary<CellPick> = fc.record({ at: nat, figure: fc.boolean(), type: cellType, value: cellText, ref: cellRef, empty: fc.boolean() });
const formulaPick: fc.Arbitrary<FormulaPick> = fc.record({
  at: nat,
  kind: fc.constantFrom<FormulaPick['kind']>('orphan', 'masterBadRef', 'array', 'dataTable'),
  si: fc.oneof(fc.nat(3), fc.constantFrom(50, 99999, -1)),
  ref: fc.oneof(mergeRef, fc.constantFrom('ZZ1:ZZ0', 'A1048576:A1048577', 'garbage')),
  value: cellText,
});

export const xmlMutation: fc.Arbitrary<XmlMutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('cells' as const), sheet: nat, picks: fc.array(cellPick, { minLength: 1, maxLength: 8 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('merges' as const), sheet: nat, overlap: fc.array(nat, { maxLength: 4 }), refs: fc.array(mergeRef, { maxLength: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('sharedFormula' as const), sheet: nat, picks: fc.array(formulaPick, { minLength: 1, maxLength: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('strings' as const), picks: fc.array(fc.record({ at: nat, text: cellText, rich: fc.boolean() }), { minLength: 1, maxLength: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rows' as const), sheet: nat, picks: fc.array(fc.record({ at: nat, r: fc.option(fc.constantFrom('0', '-1', '1048577', '99999999999', 'abc', '', '1.5', '3', '1'), { nil: null }) }), { minLength: 1, maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('sheetNames' as const), picks: fc.array(fc.record({ at: nat, name: fc.oneof(nat, fc.constantFrom('', ' ', '自评表', 'SHEET1', 'a'.repeat(40), "O'Brien!", '绩效自评结果', 'History')) }), { minLength: 1, maxLength: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dimension' as const), sheet: nat, ref: fc.constantFrom('A1:XFD1048576', 'garbage', 'A1', '', 'B2:A1') }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('junk' as const), part: nat, at: nat, junk: fc.constantFrom(...JUNK), cut: fc.oneof(fc.constant(0), fc.nat(40)) }) },
);

const CELL = /<c\b(?:[^>"']|"[^"]*"|'[^']*')*?(?:\/>|>[\s\S]*?<\/c>)/g;
const attrOf = (tag: string, name: string): string | null => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

/** The `<c>` elements of a sheet's XML with their offsets; `figure`: numeric cells only (when any). */
function cellsOf(xml: string, figure: boolean): { start: number; end: number; tag: string }[] {
  const all = [...xml.matchAll(CELL)].map((m) => ({ start: m.index as number, end: (m.index as number) + m[0].length, tag: m[0] }));
  if (!figure) return all;
  const figures = all.filter((c) => /<v>/.test(c.tag) && !/\st="/.test(c.tag.slice(0, c.tag.indexOf('>'))));
  return figures.length ? figures : all;
}

function newCell(old: string, p: Omit<CellPick, 'at' | 'figure'>): string {
  const head = old.slice(0, old.indexOf('>'));
  const ref = p.ref === 'keep' ? attrOf(head, 'r') : p.ref;
  const style = attrOf(head, 's');
  const attrs = `${ref === null ? '' : ` r="${escapeXml(ref)}"`}${style ? ` s="${style}"` : ''}${p.type ? ` t="${p.type}"` : ''}`;
  if (p.empty) return `<c${attrs}/>`;
  if (p.type === 'inlineStr') return `<c${attrs}><is><t>${escapeXml(p.value)}</t></is></c>`;
  return `<c${attrs}><v>${escapeXml(p.value)}</v></c>`;
}

/** Replaces some `<c>` elements, right to left so that earlier offsets stay valid. */
function replaceCells(xml: string, picks: { at: number; figure: boolean }[], make: (old: string, i: number) => string): string {
  const chosen = new Map<number, { start: number; end: number; tag: string; i: number }>();
  picks.forEach((p, i) => {
    const cells = cellsOf(xml, p.figure);
    if (cells.length) chosen.set(cells[p.at % cells.length].start, { ...cells[p.at % cells.length], i });
  });
  let out = xml;
  for (const c of [...chosen.values()].sort((a, b) => b.start - a.start)) out = out.slice(0, c.start) + make(c.tag, c.i) + out.slice(c.end);
  return out;
}

function formulaCell(old: string, p: FormulaPick): string {
  const head = old.slice(0, old.indexOf('>'));
  const r = attrOf(head, 'r');
  const at = r === null ? '' : ` r="${r}"`;
  const v = `<v>${escapeXml(p.value)}</v>`;
  if (p.kind === 'orphan') return `<c${at}><f t="shared" si="${p.si + 50}"/>${v}</c>`;
  if (p.kind === 'masterBadRef') return `<c${at}><f t="shared" ref="${escapeXml(p.ref)}" si="${p.si}">A1*2</f>${v}</c>`;
  if (p.kind === 'array') return `<c${at}><f t="array" ref="${escapeXml(p.ref)}">A1:A2*2</f>${v}</c>`;
  return `<c${at}><f t="dataTable" ref="${escapeXml(p.ref)}" dt2D="1" dtr="1" r1="A1" r2="B1"/>${v}</c>`;
}

function addMerges(xml: string, overlap: number[], refs: string[]): string {
  const existing = [...xml.matchAll(/<mergeCell ref="([^"]*)"/g)].map((m) => m[1]);
  const shifted = existing.length ? overlap.map((k) => existing[k % existing.length].replace(/\d+/g, (n) => String(Number(n) + (k % 3)))) : [];
  const added = [...shifted, ...refs].map((r) => `<mergeCell ref="${escapeXml(r)}"/>`).join('');
  if (!added) return xml;
  if (/<\/mergeCells>/.test(xml)) return xml.replace('</mergeCells>', `${added}</mergeCells>`);
  return xml.replace(/<\/sheetData>|<sheetData\/>/, (m) => `${m}<mergeCells count="${refs.length}">${added}</mergeCells>`);
}

function stringItems(xml: string, picks: { at: number; text: string; rich: boolean }[]): string {
  const items = [...xml.matchAll(/<si>[\s\S]*?<\/si>|<si\/>/g)];
  if (!items.length) return xml;
  const chosen = new Map<number, { start: number; end: number; item: string }>();
  for (const p of picks) {
    const m = items[p.at % items.length];
    const t = escapeXml(p.text);
    const item = p.rich ? `<si><r><t>${t}</t></r><r><rPr><b/></rPr><t xml:space="preserve"> </t></r><rPh sb="0" eb="1"><t>ふ</t></rPh></si>` : `<si><t>${t}</t></si>`;
    chosen.set(m.index as number, { start: m.index as number, end: (m.index as number) + m[0].length, item });
  }
  let out = xml;
  for (const c of [...chosen.values()].sort((a, b) => b.start - a.start)) out = out.slice(0, c.start) + c.item + out.slice(c.end);
  return out;
}

function nth<T>(list: T[], k: number): T | undefined {
  return list.length ? list[k % list.length] : undefined;
}

const isSheet = (p: Part) => /^xl\/worksheets\/[^/]+\.xml$/i.test(p.name);

/** The parts with one mutation applied (a mutation that finds nothing to change changes nothing). */
export function applyXml(parts: Part[], m: XmlMutation): Part[] {
  const edit = (pick: (p: Part) => boolean, k: number, f: (xml: string) => string): Part[] => {
    const target = nth(parts.filter(pick), k);
    return target ? parts.map((p) => (p === target ? withText(p, f(text(p))) : p)) : parts;
  };
  switch (m.kind) {
    case 'cells':
      return edit(isSheet, m.sheet, (xml) => replaceCells(xml, m.picks, (old, i) => newCell(old, m.picks[i])));
    case 'merges':
      return edit(isSheet, m.sheet, (xml) => addMerges(xml, m.overlap, m.refs));
    case 'sharedFormula':
      return edit(isSheet, m.sheet, (xml) => replaceCells(xml, m.picks.map((p) => ({ at: p.at, figure: false })), (old, i) => formulaCell(old, m.picks[i])));
    case 'strings':
      return edit((p) => /sharedStrings\.xml$/i.test(p.name), 0, (xml) => stringItems(xml, m.picks));
    case 'rows':
      return edit(isSheet, m.sheet, (xml) => {
        let i = 0;
        const targets = new Map(m.picks.map((p) => [p.at % Math.max(1, (xml.match(/<row\b/g) ?? []).length), p.r]));
        return xml.replace(/<row\b([^>]*?)(\/?)>/g, (all, attrs: string, slash: string) => {
          const r = targets.get(i++);
          if (r === undefined) return all;
          const rest = attrs.replace(/\sr="[^"]*"/, '');
          return `<row${r === null ? '' : ` r="${r}"`}${rest}${slash}>`;
        });
      });
    case 'sheetNames':
      return edit((p) => /^xl\/workbook\.xml$/i.test(p.name), 0, (xml) => {
        const names = [...xml.matchAll(/<sheet\b[^>]*?\sname="([^"]*)"/g)].map((x) => x[1]);
        let i = 0;
        const targets = new Map(m.picks.map((p) => [p.at % Math.max(1, names.length), typeof p.name === 'number' ? nth(names, p.name) ?? '' : escapeXml(p.name)]));
        return xml.replace(/(<sheet\b[^>]*?\sname=")([^"]*)"/g, (all, head: string) => (targets.has(i) ? `${head}${targets.get(i++)}"` : (i++, all)));
      });
    case 'dimension':
      return edit(isSheet, m.sheet, (xml) => xml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${m.ref}"/>`));
    case 'junk':
      return edit((p) => !p.name.endsWith('/'), m.part, (xml) => {
        const at = m.at % (xml.length + 1);
        return xml.slice(0, at) + m.junk + xml.slice(at + m.cut);
      });
  }
}
