/** xl/workbook.xml: the worksheets in tab order, the date system, where strings and styles are. */
import { TagScanner } from '../xml';
import type { SheetPart } from './types';
import { byType, Relationship } from './relationships';

export interface WorkbookInfo {
  sheets: SheetPart[];
  date1904: boolean;
  stringsPart: string | null;
  stylesPart: string | null;
}

/** The `r:id` of a `<sheet>` (whatever prefix the relationships namespace has). */
function relId(s: TagScanner): string | undefined {
  const tag = s.xml.slice(s.nameEnd, s.tagEnd);
  const m = /\s([A-Za-z_][\w.-]*):id\s*=\s*("([^"]*)"|'([^']*)')/.exec(tag);
  return m ? (m[3] ?? m[4]) : undefined;
}

export function parseWorkbook(xml: string, rels: Map<string, Relationship>, partName: (p: string) => string | null): WorkbookInfo {
  const sheets: SheetPart[] = [];
  let date1904 = false;
  const s = new TagScanner(xml);
  while (s.next()) {
    if (s.closing) continue;
    if (s.is('workbookPr')) {
      const v = s.rawAttr('date1904');
      date1904 = v === '1' || v === 'true';
    } else if (s.is('sheet')) {
      const name = s.attr('name');
      const rel = rels.get(relId(s) ?? '');
      // Worksheets only: chartsheets, dialogsheets and macrosheets hold no cells to check.
      if (name !== undefined && rel && !rel.external && rel.type.endsWith('/worksheet')) sheets.push({ name, part: rel.target });
    } else if (s.is('extLst') || s.is('definedNames')) s.skip();
  }
  const target = (suffix: string, fallback: string): string | null => {
    return partName(byType(rels, suffix)?.target ?? fallback);
  };
  return { sheets, date1904, stringsPart: target('/sharedStrings', 'xl/sharedStrings.xml'), stylesPart: target('/styles', 'xl/styles.xml') };
}
