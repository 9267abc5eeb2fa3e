/**
 * Text edits of the parts that list the sheets: workbook.xml (`<sheets>`), its relationships,
 * [Content_Types].xml and docProps/app.xml. Each keeps every byte it does not need to change.
 */
import { elements, escapeAttr, escapeText, firstElement, getAttr, parseAttrs, setAttr, unescapeXml } from '../xml';
import { AFTER_DEFINED_NAMES, insertionPoint } from './definedNames';
import { NS_REL, relsXml } from './opc';

export interface BookSheet {
  name: string;
  sheetId: number;
  rid: string;
  /** Offsets of the `<sheet>` element in workbook.xml. */
  start: number;
  end: number;
  attrs: string;
}

export function bookSheets(workbookXml: string): BookSheet[] {
  const list = firstElement(workbookXml, 'sheets');
  if (!list || list.selfClosing) return [];
  return elements(workbookXml, 'sheet', list.innerStart, list.innerEnd).map((s) => {
    const attrs = parseAttrs(s.attrs);
    return {
      name: attrs.find((a) => a.name === 'name')?.value ?? '',
      sheetId: Number(attrs.find((a) => a.name === 'sheetId')?.value ?? 0),
      rid: attrs.find((a) => /^[^:]+:id$/.test(a.name) && a.name !== 'xml:id')?.value ?? '',
      start: s.start,
      end: s.end,
      attrs: s.attrs,
    };
  });
}

/** Excel compares sheet names without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleUpperCase('en-US') === b.toLocaleUpperCase('en-US');
}

/** Throws unless Excel would accept `name` as a sheet name. */
export function checkSheetName(name: string): void {
  const bad =
    name.length === 0 ? 'it is empty'
    : name.length > 31 ? 'it is longer than 31 characters'
    : /[\\/?*[\]:]/.test(name) ? 'it contains one of \\ / ? * [ ] :'
    : /^'|'$/.test(name) ? "it starts or ends with '"
    : sameSheetName(name, 'History') ? 'Excel reserves it'
    : null;
  if (bad) throw new Error(`cannot name a sheet "${name}": ${bad}`);
}

/** workbook.xml with a `<sheet>` appended last; its sheetId is one more than the largest. */
export function appendSheet(workbookXml: string, name: string, rid: string): string {
  const root = firstElement(workbookXml, 'workbook');
  if (!root || root.selfClosing) throw new Error('the workbook part has no <workbook> element');
  const declared = parseAttrs(root.attrs).find((a) => a.name.startsWith('xmlns:') && a.value === NS_REL);
  const r = declared ? declared.name.slice('xmlns:'.length) : 'r';
  const nsDecl = declared ? '' : ` xmlns:r="${NS_REL}"`;
  const sheetId = Math.max(0, ...bookSheets(workbookXml).map((s) => s.sheetId).filter(Number.isFinite)) + 1;
  const list = firstElement(workbookXml, 'sheets');
  const p = list?.prefix ?? root.prefix;
  const tag = `<${p}sheet${nsDecl} name="${escapeAttr(name)}" sheetId="${sheetId}" ${r}:id="${escapeAttr(rid)}"/>`;
  if (!list) {
    // CT_Workbook: fileVersion, fileSharing, workbookPr, workbookProtection, bookViews, sheets, …
    const at = insertionPoint(workbookXml, root, ['functionGroups', 'externalReferences', 'definedNames', ...AFTER_DEFINED_NAMES]);
    return workbookXml.slice(0, at) + `<${p}sheets>${tag}</${p}sheets>` + workbookXml.slice(at);
  }
  if (list.selfClosing) return workbookXml.slice(0, list.start) + `<${p}sheets${list.attrs}>${tag}</${p}sheets>` + workbookXml.slice(list.end);
  return workbookXml.slice(0, list.innerEnd) + tag + workbookXml.slice(list.innerEnd);
}

/** workbook.xml with one sheet's name attribute set (a replaced sheet whose name differs in case). */
export function renameSheet(workbookXml: string, sheet: BookSheet, name: string): string {
  if (sheet.name === name) return workbookXml;
  const tag = workbookXml.slice(sheet.start, sheet.end);
  const open = `<${tag.slice(1).split(/[\s/>]/)[0]}`;
  const rest = tag.slice(open.length + sheet.attrs.length);
  return workbookXml.slice(0, sheet.start) + open + setAttr(sheet.attrs, 'name', name) + rest + workbookXml.slice(sheet.end);
}

/** A relationships part with a relationship added (its id is the first free `rIdN`); a missing part is created. */
export function addRel(xml: string | null, type: string, target: string): { xml: string; id: string } {
  const used = new Set((xml ? elements(xml, 'Relationship') : []).map((r) => (getAttr(r.attrs, 'Id') ?? '').toLowerCase()));
  let n = 1;
  while (used.has(`rid${n}`)) n++;
  const id = `rId${n}`;
  if (!xml) return { xml: relsXml([{ id, type, target, external: false }]), id };
  const root = firstElement(xml, 'Relationships');
  if (!root) throw new Error('a relationships part has no <Relationships> element');
  const p = root.prefix;
  const tag = `<${p}Relationship Id="${id}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"/>`;
  if (root.selfClosing) return { xml: xml.slice(0, root.start) + `<${p}Relationships${root.attrs}>${tag}</${p}Relationships>` + xml.slice(root.end), id };
  return { xml: xml.slice(0, root.innerEnd) + tag + xml.slice(root.innerEnd), id };
}

/** A relationships part without the relationships `ids`. */
export function removeRels(xml: string, ids: ReadonlySet<string>): string {
  const drop = elements(xml, 'Relationship').filter((r) => ids.has(getAttr(r.attrs, 'Id') ?? ''));
  let out = xml;
  for (const r of drop.reverse()) out = out.slice(0, r.start) + out.slice(r.end);
  return out;
}

/**
 * [Content_Types].xml with an Override for each part of `add` (an existing one keeps its place
 * and gets the type), and none for the parts of `remove`.
 */
export function editContentTypes(xml: string, add: readonly { part: string; type: string }[], remove: readonly string[]): string {
  const root = firstElement(xml, 'Types');
  if (!root || root.selfClosing) throw new Error('[Content_Types].xml has no <Types> element');
  const key = (part: string) => '/' + part.replace(/^\//, '').toLowerCase();
  const gone = new Set(remove.map(key));
  const wanted = new Map(add.map((a) => [key(a.part), a]));
  const edits: { start: number; end: number; text: string }[] = [];
  for (const o of elements(xml, 'Override', root.innerStart, root.innerEnd)) {
    const part = key(unescapeXml(getAttr(o.attrs, 'PartName') ?? ''));
    const want = wanted.get(part);
    wanted.delete(part);
    if (gone.has(part)) edits.push({ start: o.start, end: o.end, text: '' });
    else if (want && getAttr(o.attrs, 'ContentType') !== want.type) {
      edits.push({ start: o.start, end: o.end, text: `<${o.prefix}Override${setAttr(o.attrs, 'ContentType', want.type)}/>` });
    }
  }
  const tags = [...wanted.values()]
    .map((a) => `<${root.prefix}Override PartName="/${escapeAttr(a.part.replace(/^\//, ''))}" ContentType="${escapeAttr(a.type)}"/>`)
    .join('');
  edits.push({ start: root.innerEnd, end: root.innerEnd, text: tags });
  return splice(xml, edits);
}

/**
 * docProps/app.xml with the sheet list updated: `before` are the workbook's sheet names before
 * the change; `name` is added after them, or `rename` [old, new] renamed. Left alone when its
 * HeadingPairs/TitlesOfParts do not list exactly those sheets (Excel rewrites it on save anyway).
 */
export function editAppXml(xml: string, before: readonly string[], change: { add: string } | { rename: [string, string] }): string {
  const pairs = firstElement(xml, 'HeadingPairs');
  const titles = firstElement(xml, 'TitlesOfParts');
  if (!pairs || !titles) return xml;
  const counts = elements(xml, 'i4', pairs.innerStart, pairs.innerEnd);
  const titleVector = firstElement(xml, 'vector', titles.innerStart);
  if (!titleVector || titleVector.selfClosing) return xml;
  const names = elements(xml, 'lpstr', titleVector.innerStart, titleVector.innerEnd);
  const text = (e: { innerStart: number; innerEnd: number }) => unescapeXml(xml.slice(e.innerStart, e.innerEnd));
  let offset = 0;
  for (const count of counts) {
    const n = Number(text(count));
    const slice = names.slice(offset, offset + n).map(text);
    if (slice.length === before.length && slice.every((s, i) => s === before[i])) {
      if ('rename' in change) {
        const i = before.indexOf(change.rename[0]);
        const e = names[offset + i];
        return xml.slice(0, e.innerStart) + escapeText(change.rename[1]) + xml.slice(e.innerEnd);
      }
      const at = n > 0 ? names[offset + n - 1].end : offset > 0 ? names[offset - 1].end : titleVector.innerStart;
      const p = (names[0] ?? titleVector).prefix;
      return splice(xml, [
        { start: count.innerStart, end: count.innerEnd, text: String(n + 1) },
        { start: titleVector.start, end: titleVector.innerStart, text: `<${titleVector.prefix}vector${setAttr(titleVector.attrs, 'size', String(names.length + 1))}>` },
        { start: at, end: at, text: `<${p}lpstr>${escapeText(change.add)}</${p}lpstr>` },
      ]);
    }
    offset += n;
  }
  return xml;
}

/** Non-overlapping replacements of [start, end), applied from the last. */
function splice(xml: string, edits: { start: number; end: number; text: string }[]): string {
  let out = xml;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Does calcChain.xml list a cell of the sheet with this sheetId (`i`, inherited from the previous `<c>`)? */
export function calcChainMentions(xml: string, sheetId: number): boolean {
  let current = 0;
  for (const c of elements(xml, 'c')) {
    const i = getAttr(c.attrs, 'i');
    if (i !== undefined) current = Number(i);
    if (current === sheetId) return true;
  }
  return false;
}
