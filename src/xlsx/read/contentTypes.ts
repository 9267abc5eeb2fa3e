/**
 * [Content_Types].xml: the content type of the workbook part must be a SpreadsheetML workbook's
 * (Excel refuses the package otherwise). Only that one part is judged: a wrong type elsewhere
 * (a picture, a printer setting) does not stop the forms from being read.
 */
import { TagScanner } from '../xml';

export const CONTENT_TYPES_PART = '[Content_Types].xml';

/** .xlsx/.xlsm/.xltx/.xltm/.xlam workbooks (strict OOXML's too). */
const WORKBOOK_TYPE = /(spreadsheetml\.(sheet|template)\.main\+xml|ms-excel\.(sheet|template|addin)\.macroEnabled\.main\+xml)$/i;

/** The content type of `part` ('xl/workbook.xml'): its Override, else its extension's Default. */
export function contentTypeOf(xml: string, part: string): string | null {
  const name = '/' + part.replace(/^\/+/, '').toLowerCase();
  const ext = name.slice(name.lastIndexOf('.') + 1);
  let byDefault: string | null = null;
  const s = new TagScanner(xml);
  while (s.next()) {
    if (s.closing) continue;
    if (s.is('Override') && (s.attr('PartName') ?? '').toLowerCase() === name) return s.attr('ContentType') ?? null;
    if (s.is('Default') && (s.attr('Extension') ?? '').toLowerCase() === ext) byDefault = s.attr('ContentType') ?? null;
  }
  return byDefault;
}

export function isWorkbookType(type: string | null): boolean {
  return type !== null && WORKBOOK_TYPE.test(type.trim());
}
