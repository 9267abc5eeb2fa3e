/** An opened package's worksheets → the core's Grids, in tab order (hidden sheets included). */
import type { Grid } from '../../core/grid';
import type { OpenedPackage } from './types';
import { ZipPackage } from './package';
import { parseSharedStrings } from './sharedStrings';
import { parseWorksheet } from './sheetXml';
import { NO_STYLES, parseStyles } from './styles';

export async function gridsOf(pkg: OpenedPackage): Promise<Grid[]> {
  // Another OpenedPackage (a test double) has no shared-strings part or date system to tell.
  const own = pkg instanceof ZipPackage ? pkg : null;
  const stringsPart = own ? own.stringsPart : 'xl/sharedStrings.xml';
  const stringsXml = stringsPart ? await pkg.text(stringsPart) : null;
  const stylesXml = pkg.stylesPart ? await pkg.text(pkg.stylesPart) : null;
  const ctx = { strings: stringsXml ? parseSharedStrings(stringsXml) : [], styles: stylesXml ? parseStyles(stylesXml) : NO_STYLES, date1904: own?.date1904 ?? false };
  const grids: Grid[] = [];
  for (const sheet of pkg.sheets) {
    const xml = await pkg.text(sheet.part);
    if (xml === null) continue; // a dangling relationship: nothing to read (ExcelJS skips it too)
    grids.push(parseWorksheet(sheet.name, xml, ctx));
  }
  return grids;
}
