/**
 * A new, empty workbook package (`jixiao summary`'s workbook): the parts Excel needs around the
 * sheets, with fixed entry dates and no timestamps in docProps, so the same sheets give the same
 * bytes. It has no sheet yet; Excel needs at least one, so put one before saving (newWorkbook
 * does both).
 */
import JSZip from 'jszip';
import type { SheetSpec } from '../../core/sheetSpec';
import { CONTENT_TYPE, NS_MAIN, NS_REL, REL, relsXml, XML_HEAD } from './opc';
import { putSheet } from './putSheet';
import { DEFAULT_STYLES_XML } from './stylesPart';

export const APPLICATION = '绩效自评助手';

/** The date of every entry of a new package (the DOS epoch: zip dates are not part of the content). */
const ENTRY_DATE = new Date(Date.UTC(1980, 0, 1));

const CONTENT_TYPES =
  `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="${CONTENT_TYPE.rels}"/><Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE.workbook}"/>` +
  `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE.styles}"/>` +
  `<Override PartName="/docProps/core.xml" ContentType="${CONTENT_TYPE.core}"/>` +
  `<Override PartName="/docProps/app.xml" ContentType="${CONTENT_TYPE.app}"/>` +
  '</Types>';

const CORE =
  `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
  'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  `<dc:creator>${APPLICATION}</dc:creator></cp:coreProperties>`;

const APP =
  `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
  `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>${APPLICATION}</Application></Properties>`;

const WORKBOOK = `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><bookViews><workbookView/></bookViews><sheets/></workbook>`;

/** An empty workbook package: no sheet yet (put at least one before saving). */
export function newWorkbookPackage(): JSZip {
  const zip = new JSZip();
  const add = (name: string, text: string) => zip.file(name, new TextEncoder().encode(text), { binary: true, date: ENTRY_DATE, createFolders: false });
  add('[Content_Types].xml', CONTENT_TYPES);
  add(
    '_rels/.rels',
    relsXml([
      { id: 'rId1', type: REL.officeDocument, target: 'xl/workbook.xml', external: false },
      { id: 'rId2', type: REL.coreProperties, target: 'docProps/core.xml', external: false },
      { id: 'rId3', type: REL.extendedProperties, target: 'docProps/app.xml', external: false },
    ]),
  );
  add('docProps/core.xml', CORE);
  add('docProps/app.xml', APP);
  add('xl/workbook.xml', WORKBOOK);
  add('xl/_rels/workbook.xml.rels', relsXml([{ id: 'rId1', type: REL.styles, target: 'styles.xml', external: false }]));
  add('xl/styles.xml', DEFAULT_STYLES_XML);
  return zip;
}

/** A new workbook of these sheets, in this order, as .xlsx bytes. */
export async function newWorkbook(specs: readonly SheetSpec[]): Promise<Uint8Array> {
  if (specs.length === 0) throw new Error('a workbook needs at least one sheet');
  const zip = newWorkbookPackage();
  for (const spec of specs) await putSheet(zip, spec);
  return generatePackage(zip);
}

/** The package's bytes, compressed as patchXlsx does. */
export function generatePackage(zip: JSZip): Promise<Uint8Array> {
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
