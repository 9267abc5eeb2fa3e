/** An opened package's worksheets → the core's Grids, in tab order (hidden sheets included). */
import type { Grid } from '../../core/grid';
import type { OpenedPackage } from './types';
import { DEFAULT_LIMITS } from './limits';
import { ZipPackage } from './package';
import { parsing, refuse } from './refusal';
import { parseSharedStrings } from './sharedStrings';
import { parseWorksheet, SheetContext } from './sheetXml';
import { NO_STYLES, parseStyles } from './styles';

/** Yields to the host between sheets (the browser's event loop), so that a big workbook does not freeze the page. */
export type Pause = () => Promise<void>;

export async function gridsOf(pkg: OpenedPackage, pause?: Pause): Promise<Grid[]> {
  // Another OpenedPackage (a test double) has no shared-strings part, date system or limits to tell.
  const own = pkg instanceof ZipPackage ? pkg : null;
  const stringsPart = own ? own.stringsPart : 'xl/sharedStrings.xml';
  const stringsXml = stringsPart ? await pkg.text(stringsPart) : null;
  const stylesXml = pkg.stylesPart ? await pkg.text(pkg.stylesPart) : null;
  const ctx: SheetContext = {
    strings: stringsXml && stringsPart ? parsing(stringsPart, () => parseSharedStrings(stringsXml)) : [],
    styles: stylesXml && pkg.stylesPart ? parsing(pkg.stylesPart, () => parseStyles(stylesXml)) : NO_STYLES,
    date1904: own?.date1904 ?? false,
    limits: own?.limits ?? DEFAULT_LIMITS,
  };
  const grids: Grid[] = [];
  for (const sheet of pkg.sheets) {
    const xml = await pkg.text(sheet.part);
    // The workbook lists the sheet but its part is not there: Excel calls that damage too.
    if (xml === null) refuse('missingPart', { part: sheet.part });
    grids.push(parsing(sheet.part, () => parseWorksheet(sheet.name, xml, ctx)));
    own?.release(sheet.part);
    if (pause) await pause();
  }
  return grids;
}
