/**
 * Range.Value(11): the range as an XML Spreadsheet 2003 document, laid out as Excel writes it —
 * rows and cells indexed 1-based within the range, ss:Index only where one is skipped, cells
 * covered by a merge (other than its top-left) omitted, one style per number format.
 */
import { isExcelError, type RangeRef } from '../../../src/core';
import { toR1C1 } from './r1c1';
import { intersects, type EtStore, type StoreCell } from './store';

const HEAD =
  '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n' +
  '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office"' +
  ' xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"' +
  ' xmlns:html="http://www.w3.org/TR/REC-html40">\n';

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\r?\n/g, '&#10;');
}

/** A number format that shows a date or time: Excel writes such numbers as DateTime. */
export function isDateFormat(format: string | null): boolean {
  if (!format || format === 'General') return false;
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[ydhs]/i.test(bare) || (/m/i.test(bare) && !/[0#]/.test(bare));
}

function serialToIso(serial: number): string {
  const ms = Date.UTC(1899, 11, 30) + Math.round(serial * 86400000);
  return new Date(ms).toISOString().replace('Z', '');
}

function data(c: StoreCell): string {
  const v = c.value;
  if (v === null) return '';
  if (isExcelError(v)) return `<Data ss:Type="Error">${escapeXml(v.error)}</Data>`;
  if (typeof v === 'boolean') return `<Data ss:Type="Boolean">${v ? 1 : 0}</Data>`;
  if (typeof v === 'number') {
    return isDateFormat(c.numberFormat)
      ? `<Data ss:Type="DateTime">${serialToIso(v)}</Data>`
      : `<Data ss:Type="Number">${v}</Data>`;
  }
  return `<Data ss:Type="String">${escapeXml(v)}</Data>`;
}


export function rangeXml(store: EtStore, sheetId: number, sheetName: string, r: RangeRef): string {
  // Merges cut by the range are clipped to it, as its own merged areas.
  const merges = store
    .merges(sheetId)
    .filter((m) => intersects(m, r))
    .map((m) => ({ top: Math.max(m.top, r.top), left: Math.max(m.left, r.left), bottom: Math.min(m.bottom, r.bottom), right: Math.min(m.right, r.right) }));
  const styles = new Map<string, string>();
  const rows: string[] = [];
  let lastRow = 0;
  for (let row = r.top; row <= r.bottom; row++) {
    const cells: string[] = [];
    let lastCol = 0;
    for (let col = r.left; col <= r.right; col++) {
      const m = merges.find((x) => row >= x.top && row <= x.bottom && col >= x.left && col <= x.right);
      if (m && (m.top !== row || m.left !== col)) continue;
      const c = store.cell(sheetId, row, col);
      if (c.value === null && !c.formula && !c.numberFormat && !m) continue;
      const index = col - r.left + 1;
      let attrs = index === lastCol + 1 ? '' : ` ss:Index="${index}"`;
      if (m && m.right > m.left) attrs += ` ss:MergeAcross="${m.right - m.left}"`;
      if (m && m.bottom > m.top) attrs += ` ss:MergeDown="${m.bottom - m.top}"`;
      if (c.numberFormat && c.numberFormat !== 'General') {
        if (!styles.has(c.numberFormat)) styles.set(c.numberFormat, `s${21 + styles.size}`);
        attrs += ` ss:StyleID="${styles.get(c.numberFormat)}"`;
      }
      if (c.formula) attrs += ` ss:Formula="${escapeXml(toR1C1(c.formula, row, col))}"`;
      const d = data(c);
      cells.push(d ? `<Cell${attrs}>${d}</Cell>` : `<Cell${attrs}/>`);
      lastCol = m ? index + m.right - m.left : index;
    }
    if (cells.length === 0) continue;
    const index = row - r.top + 1;
    rows.push(`   <Row${index === lastRow + 1 ? '' : ` ss:Index="${index}"`}>\n    ${cells.join('\n    ')}\n   </Row>\n`);
    lastRow = index;
  }
  const styleXml = [...styles].map(([f, id]) => `  <Style ss:ID="${id}">\n   <NumberFormat ss:Format="${escapeXml(f)}"/>\n  </Style>\n`);
  return (
    HEAD +
    ` <Styles>\n  <Style ss:ID="Default" ss:Name="Normal">\n   <Alignment ss:Vertical="Bottom"/>\n  </Style>\n${styleXml.join('')} </Styles>\n` +
    ` <Worksheet ss:Name="${escapeXml(sheetName)}">\n` +
    `  <Table ss:ExpandedColumnCount="${r.right - r.left + 1}" ss:ExpandedRowCount="${r.bottom - r.top + 1}" x:FullColumns="1" x:FullRows="1">\n` +
    rows.join('') +
    '  </Table>\n </Worksheet>\n</Workbook>\n'
  );
}
