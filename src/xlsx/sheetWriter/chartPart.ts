/**
 * A ChartSpec as DrawingML: the drawing part (one two-cell anchor over the spec's cells holding a
 * graphic frame) and the chart part (a clustered bar chart — columns up, or bars across with the
 * first category at the top — one series per spec series, whose references name this sheet's
 * ranges and whose caches hold the spec's values, so the chart shows before any recalculation;
 * every category label is drawn: no label skipped).
 */
import { parseRange, RangeRef, toA1 } from '../../core/a1';
import type { ChartSpec } from '../../core/sheetSpec';
import { escapeAttr, escapeText } from '../xml';
import { NS_REL, XML_HEAD } from './opc';
import { normaliseCell, PlacedCell, quoteSheet } from './sheetPart';

const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';

/** Excel's default series colours (Office theme accents 1–6), written out so no theme is needed. */
const COLOURS = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'];
const CAT_AX = 500000001;
const VAL_AX = 500000002;

/** A range of this sheet (`I4:I10`, `$I$4:$I$10`). */
export function sheetRange(address: string): RangeRef {
  if (address.includes('!')) throw new Error(`a chart range must be on the chart's own sheet: ${address}`);
  const [a, b = a, ...rest] = address.split(':');
  if (rest.length) throw new Error(`not a range: ${address}`);
  return parseRange(`${normaliseCell(a)}:${normaliseCell(b)}`);
}

function absolute(r: RangeRef): string {
  const abs = (row: number, col: number) => toA1(row, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  return `${abs(r.top, r.left)}:${abs(r.bottom, r.right)}`;
}

function cellsOf(r: RangeRef): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push({ row, col });
  return out;
}

function marker(tag: 'from' | 'to', row: number, col: number): string {
  return `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/** The drawing part: the chart covers the cells `from`…`to` (both included). */
export function drawingXml(chart: ChartSpec, chartRid: string): string {
  const r = parseRange(`${normaliseCell(chart.from)}:${normaliseCell(chart.to)}`);
  return (
    `${XML_HEAD}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">` +
    '<xdr:twoCellAnchor>' +
    marker('from', r.top, r.left) +
    marker('to', r.bottom + 1, r.right + 1) +
    '<xdr:graphicFrame macro="">' +
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeAttr(chart.title || 'Chart 1')}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_REL}" r:id="${chartRid}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}

function strCache(r: RangeRef, at: (row: number, col: number) => PlacedCell | undefined): string {
  const cells = cellsOf(r);
  const pts = cells
    .map(({ row, col }, i) => {
      const v = at(row, col)?.value;
      return v && v.type !== 'blank' ? `<c:pt idx="${i}"><c:v>${escapeText(v.text)}</c:v></c:pt>` : '';
    })
    .join('');
  return `<c:strCache><c:ptCount val="${cells.length}"/>${pts}</c:strCache>`;
}

function numCache(r: RangeRef, at: (row: number, col: number) => PlacedCell | undefined): string {
  const cells = cellsOf(r);
  const pts = cells
    .map(({ row, col }, i) => {
      const v = at(row, col)?.value;
      return v && v.type === 'number' ? `<c:pt idx="${i}"><c:v>${v.text}</c:v></c:pt>` : '';
    })
    .join('');
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${cells.length}"/>${pts}</c:numCache>`;
}

function richText(text: string, size: number, bold: boolean): string {
  const rPr = `<a:rPr lang="zh-CN" altLang="en-US" sz="${size}" b="${bold ? 1 : 0}"/>`;
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:r>${rPr}<a:t>${escapeText(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

/** The chart part. `at` gives the spec's cell at a position of the sheet (for the caches). */
export function chartXml(sheetName: string, chart: ChartSpec, at: (row: number, col: number) => PlacedCell | undefined): string {
  const sheet = quoteSheet(sheetName);
  const categories = sheetRange(chart.categories);
  const series = chart.series
    .map((s, i) => {
      const values = sheetRange(s.values);
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeText(s.name)}</c:v></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${COLOURS[i % COLOURS.length]}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${escapeText(`${sheet}!${absolute(categories)}`)}</c:f>${strCache(categories, at)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeText(`${sheet}!${absolute(values)}`)}</c:f>${numCache(values, at)}</c:numRef></c:val>` +
        '</c:ser>'
      );
    })
    .join('');
  const across = chart.direction === 'bar';
  // bars across: categories top to bottom (maxMin), the value axis at the bottom (it crosses at the last category)
  const axis = (tag: 'catAx' | 'valAx', id: number, cross: number, pos: 'b' | 'l', order: 'minMax' | 'maxMin', extra: string, crosses: string, tail: string) =>
    `<c:${tag}><c:axId val="${id}"/><c:scaling><c:orientation val="${order}"/></c:scaling><c:delete val="0"/><c:axPos val="${pos}"/>${extra}` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/><c:crosses val="${crosses}"/>${tail}</c:${tag}>`;
  return (
    `${XML_HEAD}<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_REL}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    (chart.title ? `<c:title>${richText(chart.title, 1400, true)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` : '<c:autoTitleDeleted val="1"/>') +
    '<c:plotArea><c:layout/>' +
    `<c:barChart><c:barDir val="${across ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="${across ? 60 : 150}"/><c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:barChart>` +
    axis('catAx', CAT_AX, VAL_AX, across ? 'l' : 'b', across ? 'maxMin' : 'minMax', '<c:numFmt formatCode="General" sourceLinked="1"/>', 'autoZero',
      '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:noMultiLvlLbl val="0"/>') +
    axis('valAx', VAL_AX, CAT_AX, across ? 'b' : 'l', 'minMax', '<c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/>', across ? 'max' : 'autoZero', '<c:crossBetween val="between"/>') +
    '</c:plotArea>' +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart></c:chartSpace>'
  );
}
