/**
 * The OPC plumbing the sheet writer needs: relationship parts (read, write, walk), relative
 * targets, writing a part with a stable date, and the namespaces and content types involved.
 */
import type JSZip from 'jszip';
import { findEntry, readXml, replaceEntry, resolveTarget, xmlBytes } from '../packageMap';
import { joinPart, partBase, partDir } from '../partName';
import { elements, escapeAttr, getAttr } from '../xml';

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export const REL = {
  officeDocument: `${NS_REL}/officeDocument`,
  worksheet: `${NS_REL}/worksheet`,
  styles: `${NS_REL}/styles`,
  drawing: `${NS_REL}/drawing`,
  chart: `${NS_REL}/chart`,
  calcChain: `${NS_REL}/calcChain`,
  sharedStrings: `${NS_REL}/sharedStrings`,
  extendedProperties: `${NS_REL}/extended-properties`,
  coreProperties: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
};

const OFFICE = 'application/vnd.openxmlformats-officedocument';
export const CONTENT_TYPE = {
  workbook: `${OFFICE}.spreadsheetml.sheet.main+xml`,
  worksheet: `${OFFICE}.spreadsheetml.worksheet+xml`,
  styles: `${OFFICE}.spreadsheetml.styles+xml`,
  drawing: `${OFFICE}.drawing+xml`,
  chart: `${OFFICE}.drawingml.chart+xml`,
  app: `${OFFICE}.extended-properties+xml`,
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
};

export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** The relationships part of a part (`xl/_rels/workbook.xml.rels`; the package's: `_rels/.rels`). */
export function relsPartOf(part: string): string {
  return joinPart(partDir(part), '_rels', partBase(part) + '.rels');
}

/** The part a relationships part describes, or null if the name is not one of a rels part. */
export function sourceOfRels(relsPart: string): string | null {
  const m = /^(.*?)(?:^|\/)_rels\/([^/]*)\.rels$/i.exec(relsPart);
  return m ? joinPart(m[1], m[2]) : null;
}

export function parseRels(xml: string): Rel[] {
  return elements(xml, 'Relationship').map((r) => ({
    id: getAttr(r.attrs, 'Id') ?? '',
    type: getAttr(r.attrs, 'Type') ?? '',
    target: getAttr(r.attrs, 'Target') ?? '',
    external: getAttr(r.attrs, 'TargetMode') === 'External',
  }));
}

/**
 * Is the relationship of this kind (`worksheet`, `styles`, …)? By the type's last segment, so
 * Strict OOXML's `http://purl.oclc.org/ooxml/…` types count too.
 */
export function relIs(rel: Rel, kind: keyof typeof REL): boolean {
  return rel.type.endsWith('/' + REL[kind].slice(REL[kind].lastIndexOf('/') + 1));
}

export async function readRels(zip: JSZip, part: string): Promise<Rel[]> {
  const entry = findEntry(zip, relsPartOf(part));
  return entry ? parseRels((await readXml(entry)).text) : [];
}

export function relsXml(rels: readonly Rel[]): string {
  const items = rels.map((r) => `<Relationship Id="${escapeAttr(r.id)}" Type="${escapeAttr(r.type)}" Target="${escapeAttr(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`);
  return `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${items.join('')}</Relationships>`;
}

/** A relationship's target part (null for external targets). */
export function targetPart(source: string, rel: Rel): string | null {
  return rel.external ? null : resolveTarget(source, rel.target);
}

/** The relative target from `source`'s folder to `target`: `xl/worksheets/sheet1.xml` → `../drawings/drawing1.xml`. */
export function relativeTarget(source: string, target: string): string {
  const from = partDir(source).split('/').filter(Boolean);
  const to = target.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i].toLowerCase() === to[i].toLowerCase()) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

/** The first `prefix{n}` (n = 1, 2, …) for which `taken` is false. */
export function firstFree(taken: (candidate: string) => boolean, make: (n: number) => string): string {
  for (let n = 1; ; n++) if (!taken(make(n))) return make(n);
}

/** All parts of the package (zip entries that are not folders). */
export function partNames(zip: JSZip): string[] {
  return Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name);
}

export async function readPart(zip: JSZip, part: string): Promise<{ text: string; bom: boolean } | null> {
  const entry = findEntry(zip, part);
  return entry ? readXml(entry) : null;
}

/**
 * Writes a part: an existing one keeps its entry (name, position, date, attributes) and is only
 * rewritten when its text changes; a new one gets `date`, so writing the same thing twice gives
 * the same bytes.
 */
export async function writePart(zip: JSZip, part: string, text: string, date: Date): Promise<void> {
  const entry = findEntry(zip, part);
  if (entry) {
    const old = await readXml(entry);
    if (old.text !== text) replaceEntry(zip, entry, xmlBytes({ text, bom: old.bom }));
    return;
  }
  zip.file(part, new TextEncoder().encode(text), { binary: true, date, createFolders: false });
}

export function removePart(zip: JSZip, part: string): void {
  const entry = findEntry(zip, part);
  if (entry) zip.remove(entry.name);
}
