import { areaOf, cellValue, formulaOf, rowsOf, toGrid } from '../../src/wps/cells';

describe('rowsOf', () => {
  it('gives rows × cols whatever the shape', () => {
    expect(rowsOf(5, 1, 1)).toEqual([[5]]);
    expect(rowsOf(undefined, 1, 2)).toEqual([[undefined, undefined]]);
    expect(rowsOf([[1, 2], [3]], 2, 2)).toEqual([[1, 2], [3, undefined]]);
    expect(rowsOf([1, 2, 3], 1, 3)).toEqual([[1, 2, 3]]); // a flat row
    expect(rowsOf([1, 2], 2, 1)).toEqual([[1], [2]]); // a flat column
    expect(rowsOf([[1, 2, 9]], 1, 2)).toEqual([[1, 2]]);
    expect(rowsOf('0%', 2, 2, true)).toEqual([['0%', '0%'], ['0%', '0%']]); // NumberFormat of a uniform range
    expect(rowsOf(null, 2, 1, true)).toEqual([[null], [null]]);
  });
});

describe('cellValue', () => {
  it('blank as undefined, null or empty text', () => {
    expect([undefined, null, ''].map((v) => cellValue(v))).toEqual([null, null, null]);
  });
  it('CVErr numbers are errors, other numbers numbers', () => {
    expect(cellValue(-2146826281, '=1/0')).toEqual({ error: '#DIV/0!' });
    expect(cellValue(-2146826246, '#N/A')).toEqual({ error: '#N/A' });
    expect(cellValue(-2146826281, '-2146826281')).toBe(-2146826281); // that very number typed in
    expect(cellValue(2007)).toBe(2007);
    expect(cellValue(0.1)).toBe(0.1);
  });
  it('text and booleans as they are', () => {
    expect(cellValue('合计')).toBe('合计');
    expect(cellValue(true)).toBe(true);
    expect(cellValue(new Date(0) as unknown)).toEqual(expect.any(String));
  });
});

describe('formulaOf', () => {
  it('a formula where Formula starts with = and is not the cell text', () => {
    expect(formulaOf('=G6/F6', 0.5)).toBe('=G6/F6');
    expect(formulaOf('=abc', '=abc')).toBeNull(); // text entered as '=abc
    expect(formulaOf('="=abc"', '=abc')).toBe('="=abc"');
    expect(formulaOf('12', 12)).toBeNull();
    expect(formulaOf(undefined, undefined)).toBeNull();
  });
});

describe('areaOf and toGrid', () => {
  it('parses addresses with $ and sheet', () => {
    expect(areaOf("'My Sheet'!$B$3:$D$9")).toEqual({ top: 2, left: 1, bottom: 8, right: 3 });
    expect(areaOf('C5')).toEqual({ top: 4, left: 2, bottom: 4, right: 2 });
    expect(() => areaOf('nonsense')).toThrow();
  });
  it('builds a Grid with merges offset by the origin and formats', () => {
    const g = toGrid({
      sheet: 'S',
      area: areaOf('B3:C4'),
      value2: [['项目', -2146826281], [undefined, 0.5]],
      formula: [['项目', '=1/0'], ['', '=B1']],
      xml: { merges: [{ top: 0, left: 0, bottom: 1, right: 0 }], formats: [[null, null], [null, '0.00%']] },
      isProtected: true,
    });
    expect(g).toEqual({
      sheet: 'S',
      origin: 'B3',
      values: [['项目', { error: '#DIV/0!' }], [null, 0.5]],
      formulas: [[null, '=1/0'], [null, '=B1']],
      numberFormats: [[null, null], [null, '0.00%']],
      merges: ['B3:B4'],
      protected: true,
    });
  });
  it('without XML: NumberFormat string for all cells, array per cell, null none; no merges', () => {
    const base = { sheet: 'S', area: areaOf('A1:B1'), value2: [[1, 2]], formula: [['1', '2']], xml: null, isProtected: false };
    expect(toGrid({ ...base, numberFormat: '0%' }).numberFormats).toEqual([['0%', '0%']]);
    expect(toGrid({ ...base, numberFormat: [['General', 'Percent']] }).numberFormats).toEqual([[null, '0.00%']]);
    expect(toGrid({ ...base, numberFormat: null }).numberFormats).toEqual([[null, null]]);
    expect(toGrid({ ...base, numberFormat: null }).merges).toEqual([]);
  });
});
