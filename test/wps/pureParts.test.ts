/** The pure parts of the WPS store: references, chunking, the store's layout, names, marker rules, sheet cells. */
import { allocateNames } from '../../src/wps/bindings';
import { XL_VALIDATE_DECIMAL } from '../../src/wps/et';
import { comColor, isOurValidation, MARKER_LABELS, markFormula, sameFigure, sameFormula } from '../../src/wps/markerRules';
import { absoluteRange, formatRefersTo, parseRefersTo, value2Rows } from '../../src/wps/refs';
import { CHUNK_CHARS, chunkText, parseStore, STORE_SIGNATURE, storeKey } from '../../src/wps/settings';
import { chartSource, formatRuns, sheetValues } from '../../src/wps/sheetCells';
import type { SheetSpec, SpecCell } from '../../src/core/sheetSpec';

describe('RefersTo', () => {
  test.each([
    ['Sheet1', 'A5:I9', "='Sheet1'!$A$5:$I$9"],
    ["O'Brien 表", 'B3', "='O''Brien 表'!$B$3"],
    ["''", 'A1:B2', "=''''''!$A$1:$B$2"],
    ['安亭城运（日常）', 'AA10:AB12', "='安亭城运（日常）'!$AA$10:$AB$12"],
  ])('%s %s formats and parses back', (sheet, range, text) => {
    expect(formatRefersTo(sheet, range)).toBe(text);
    expect(parseRefersTo(text)).toEqual({ sheet, range });
  });

  test('unquoted sheet names and ranges written any way round', () => {
    expect(parseRefersTo('=Sheet1!$A$5:$I$9')).toEqual({ sheet: 'Sheet1', range: 'A5:I9' });
    expect(parseRefersTo('=表一!$I$9:$A$5')).toEqual({ sheet: '表一', range: 'A5:I9' });
    expect(parseRefersTo("='S'!B2:$C3")).toEqual({ sheet: 'S', range: 'B2:C3' });
  });

  test.each([['=#REF!$A$5:$I$9'], ["='S'!#REF!"], ['=S!#REF!$A$1'], ['=1+2'], ["='S'!$A$1,'S'!$B$2"], [''], [undefined], [42]])('%p is no range', (t) => {
    expect(parseRefersTo(t)).toBeNull();
  });

  test('absolute ranges', () => {
    expect(absoluteRange('G14')).toBe('$G$14');
    expect(absoluteRange('a5:i9')).toBe('$A$5:$I$9');
    expect(absoluteRange('C3:C3')).toBe('$C$3');
  });
});

describe('settings layout', () => {
  test('keys get the prefix once', () => {
    expect(storeKey('profile')).toBe('jixiao.profile');
    expect(storeKey('jixiao.profile')).toBe('jixiao.profile');
  });

  test('chunks are at most 30 000 characters and join back', () => {
    const text = 'x'.repeat(CHUNK_CHARS * 2 + 5);
    const parts = chunkText(text);
    expect(parts.map((p) => p.length)).toEqual([CHUNK_CHARS, CHUNK_CHARS, 5]);
    expect(parts.join('')).toBe(text);
    expect(chunkText('')).toEqual([]);
    expect(chunkText('a'.repeat(CHUNK_CHARS))).toHaveLength(1);
  });

  test('a surrogate pair is never split between cells', () => {
    const text = 'a'.repeat(9) + '😀' + 'b';
    const parts = chunkText(text, 10);
    expect(parts).toEqual(['a'.repeat(9), '😀b']);
    for (const p of parts) expect(p).not.toMatch(/[\ud800-\udbff]$|^[\udc00-\udfff]/);
  });

  test('the used range is read back into keys, chunks joined, blank rows free', () => {
    const layout = parseStore([
      [STORE_SIGNATURE, '', ''],
      ['jixiao.a', '{"x":', '1}'],
      ['', '', ''],
      ['jixiao.b', '123', undefined],
      ['jixiao.a', '"dup"', ''],
    ]);
    expect(layout.state).toBe('ours');
    expect(layout.keys.get('jixiao.a')).toEqual({ row: 2, width: 3, json: '{"x":1}' });
    expect(layout.keys.get('jixiao.b')).toEqual({ row: 4, width: 2, json: '123' });
    expect(layout.free).toEqual([3]);
    expect(layout.rows).toBe(5);
  });

  test('only the signature: ours and empty; anything else: foreign', () => {
    expect(parseStore(STORE_SIGNATURE)).toMatchObject({ state: 'ours', rows: 1 });
    expect(parseStore(STORE_SIGNATURE).keys.size).toBe(0);
    expect(parseStore([['my notes', 'x']]).state).toBe('foreign');
    expect(parseStore(undefined).state).toBe('foreign');
    expect(parseStore([[1]]).state).toBe('foreign');
  });

  test('Value2 shapes', () => {
    expect(value2Rows('x')).toEqual([['x']]);
    expect(value2Rows([['a', 'b'], ['c', 'd']])).toEqual([['a', 'b'], ['c', 'd']]);
    expect(value2Rows(['jixiao-store 1', ''])).toEqual([['jixiao-store 1', '']]);
  });
});

describe('binding names', () => {
  test('after the highest number in use, gaps not reused', () => {
    expect(allocateNames([], 2)).toEqual(['_jixiao_b1', '_jixiao_b2']);
    expect(allocateNames([{ name: '_jixiao_b3' }, { name: '_jixiao_b1' }, { name: 'other9' }], 1)).toEqual(['_jixiao_b4']);
    for (const n of allocateNames([], 3)) expect(n).toMatch(/^[_A-Za-z][A-Za-z0-9_.]*$/);
  });
});

describe('marker rules', () => {
  test('COM colours are BGR', () => {
    expect(comColor('#FFC7CE')).toBe(0xcec7ff);
    expect(comColor('#0000FF')).toBe(0xff0000);
  });

  test('formulas use absolute references', () => {
    const f = markFormula({ sheet: 'S', cell: 'H14', kind: 'deviationMissing', scoreCell: 'G14', weightCell: 'F14' });
    expect(f).toBe('=AND(ISNUMBER($G$14),ISNUMBER($F$14),$G$14<$F$14,LEN(TRIM($H$14))=0)');
    expect(sameFormula(f, f.slice(1).toLowerCase())).toBe(true);
    expect(sameFormula(f, '=G14>F14')).toBe(false);
    expect(sameFormula(undefined, undefined)).toBe(false);
  });

  test('figures compare as decimals, not as text', () => {
    expect(sameFigure('5', '5.00')).toBe(true);
    expect(sameFigure('=12.5', '12.50')).toBe(true);
    expect(sameFigure(5, '5.00')).toBe(true);
    expect(sameFigure('5.01', '5.00')).toBe(false);
    expect(sameFigure('A1', 'A1')).toBe(false);
  });

  test('our validation: decimal, our title, from 0, and the recorded 分值 when asked', () => {
    const ours = { type: XL_VALIDATE_DECIMAL, formula1: '0', formula2: '10', title: MARKER_LABELS.errorTitle };
    expect(isOurValidation(ours)).toBe(true);
    expect(isOurValidation(ours, '10.00')).toBe(true);
    expect(isOurValidation(ours, '8.00')).toBe(false);
    expect(isOurValidation({ ...ours, title: '我的规则' })).toBe(false);
    expect(isOurValidation({ ...ours, type: 3 })).toBe(false);
    expect(isOurValidation(null)).toBe(false);
  });
});

const cell = (c: string, value: SpecCell['value'], style: SpecCell['style'] = 'body'): SpecCell => ({ cell: c, value, style });
const num = (text: string) => ({ type: 'number' as const, text });
const txt = (text: string) => ({ type: 'text' as const, text });

function spec(cells: SpecCell[], chart: SheetSpec['chart'] = null): SheetSpec {
  return { name: '绩效自评结果', cells, columnWidths: [], frozenRows: 0, chart, signatureCell: 'A1', signature: 'sig' };
}

describe('sheet cells', () => {
  test('one matrix from A1: text with the apostrophe, figures as numbers', () => {
    const t = sheetValues(spec([cell('A1', txt('-1')), cell('C2', num('12.50')), cell('B2', txt('=SUM(A1)'))]));
    expect(t.address).toBe('A1:C2');
    expect(t.values).toEqual([
      ["'-1", '', ''],
      ['', "'=SUM(A1)", 12.5],
    ]);
  });

  test('number formats in runs per row', () => {
    const runs = formatRuns(spec([cell('B3', num('1')), cell('C3', num('2')), cell('D3', num('3'), 'count'), cell('E3', num('4'), 'count'), cell('B4', num('5')), cell('A4', txt('x'))]));
    expect(runs).toEqual([
      { range: 'B3:C3', format: '0.00' },
      { range: 'D3:E3', format: '0' },
      { range: 'B4', format: '0.00' },
    ]);
  });

  test('chart source: categories and series, with the header row when it names the series', () => {
    const chart = { title: 't', direction: 'column' as const, categories: 'A4:A6', series: [{ name: '总分', values: 'I4:I6' }], from: 'M3', to: 'X22' };
    expect(chartSource(spec([cell('I3', txt('总分'))], chart))).toBe('A3:A6,I3:I6');
    expect(chartSource(spec([cell('I3', txt('别的'))], chart))).toBe('A4:A6,I4:I6');
    expect(chartSource(spec([], null))).toBeNull();
    const adjacent = { ...chart, categories: 'A4:A6', series: [{ name: 'x', values: 'B4:B6' }, { name: 'y', values: 'C4:C6' }, { name: 'z', values: 'E4:E6' }] };
    expect(chartSource(spec([cell('B3', txt('x')), cell('C3', txt('y')), cell('E3', txt('z'))], adjacent))).toBe('A3:C6,E3:E6');
  });
});
