/** The fake ET's Range semantics: shapes, blanks, errors, merges, Formula text, coercions, protection. */
import { createFakeEt, type FakeEtRange } from './fakeEt';
import { FORM, grids } from './fakeEtFixture';

const open = (options = {}) => createFakeEt(grids(), options);
const sheet = (fake = open(), name = FORM) => fake.app.ActiveWorkbook!.Worksheets.Item(name);

describe('Value2 reads', () => {
  test.each([
    ['B2', 100],
    ['C2', 0.925],
    ['D2', true],
    ['A1', '项目支出绩效自评表'],
    ['B3', -2146826281], // #DIV/0! as its CVErr number
    ['C4', 45292], // a date is its serial
    ['E9', undefined], // blank
    ['B1', undefined], // covered by the A1:D1 merge: blank, the value sits in A1
    ['A4', undefined],
  ])('%s → %p', (address, expected) => {
    expect(sheet().Range(address).Value2).toBe(expected);
  });

  test('several cells: an array of rows of the exact shape', () => {
    expect(sheet().Range('A2:D3').Value2).toEqual([
      ['年初预算数', 100, 0.925, true],
      ['合计', -2146826281, 150, 'a&b<c>'],
    ]);
    expect(sheet().Range('C1:C4').Value2).toEqual([[undefined], [0.925], [150], [45292]]);
    expect(sheet().Range('A1:B1').Value2).toEqual([['项目支出绩效自评表', undefined]]);
  });

  test("blank: '' makes blanks come back as ''", () => {
    const s = sheet(open({ blank: '' }));
    expect(s.Range('E9').Value2).toBe('');
    expect(s.Range('A4:B4').Value2).toEqual([['', '']]);
  });

  test('Value() without 11 is Value2', () => {
    expect(sheet().Range('B2:C2').Value()).toEqual([[100, 0.925]]);
  });
});

describe('Formula reads', () => {
  test.each([
    ['C3', '=B2*1.5'],
    ['B3', '=1/0'],
    ['B2', '100'],
    ['C2', '0.925'],
    ['D2', 'TRUE'],
    ['E9', ''],
    ['A1', '项目支出绩效自评表'],
  ])('%s → %p', (address, expected) => {
    expect(sheet().Range(address).Formula).toBe(expected);
  });

  test('same shapes as Value2', () => {
    expect(sheet().Range('B2:C3').Formula).toEqual([
      ['100', '0.925'],
      ['=1/0', '=B2*1.5'],
    ]);
  });
});

describe('writes coerce as COM does', () => {
  test.each<[unknown, unknown, string]>([
    ['12.5', 12.5, '12.5'],
    [' 1,234 ', 1234, '1234'],
    ["'12.5", '12.5', '12.5'], // the quote prefix keeps text
    ["'=A1", '=A1', '=A1'],
    ['=A1*2', undefined, '=A1*2'], // a formula (the fake computes nothing)
    ['TRUE', true, 'TRUE'],
    ['#N/A', -2146826246, '#N/A'],
    ['≥90%', '≥90%', '≥90%'],
    [42, 42, '42'],
    ['', undefined, ''],
    [null, undefined, ''],
  ])('Value2 = %p → Value2 %p, Formula %p', (written, value2, formula) => {
    const fake = open();
    sheet(fake).Range('F1').Value2 = written;
    expect(sheet(fake).Range('F1').Value2).toBe(value2);
    expect(sheet(fake).Range('F1').Formula).toBe(formula);
  });

  test('a scalar fills every cell; an array must match the shape; covered merge cells are skipped', () => {
    const fake = open();
    const s = sheet(fake);
    s.Range('F1:G2').Value2 = 7;
    expect(s.Range('F1:G2').Value2).toEqual([[7, 7], [7, 7]]);
    s.Range('F1:G1').Value2 = ['a', 'b']; // a one-row range also takes a flat array
    s.Range('F1:G2').Formula = [['=1', 2], ['x', "'3"]];
    expect(fake.book.cell(FORM, 'F1')).toEqual({ value: null, formula: '=1', numberFormat: null });
    expect(s.Range('F2:G2').Value2).toEqual([['x', '3']]);
    expect(() => (s.Range('F1:G2').Value2 = [[1, 2]])).toThrow(/2 rows of 2/);
    s.Range('A1:B1').Value2 = [['title', 'lost']];
    expect(fake.book.cell(FORM, 'B1').value).toBeNull();
    expect(s.Range('A1').Value2).toBe('title');
  });

  test('NumberFormat: one cell its format or General; several the common one, null when mixed', () => {
    const s = sheet();
    expect(s.Range('C2').NumberFormat).toBe('0.00%');
    expect(s.Range('B2').NumberFormat).toBe('General');
    expect(s.Range('A2:B2').NumberFormat).toBe('General');
    expect(s.Range('B2:C2').NumberFormat).toBeNull();
    s.Range('E1:E2').NumberFormat = '0.0%';
    expect(s.Range('E1:E2').NumberFormat).toBe('0.0%');
  });
});

describe('protection', () => {
  const writes: [string, (r: ReturnType<ReturnType<typeof sheet>['Range']>) => void][] = [
    ['Value2', (r) => (r.Value2 = 1)],
    ['Formula', (r) => (r.Formula = '=1')],
    ['NumberFormat', (r) => (r.NumberFormat = '0%')],
    ['Validation.Add', (r) => r.Validation.Add(2, 1, 1, '0', '1')],
    ['FormatConditions.Add', (r) => r.FormatConditions.Add(2, 0, '=A1>1')],
  ];
  test.each(writes)('%s into a protected sheet throws "protected" (-2146827284)', (_name, write) => {
    const fake = open();
    const r = sheet(fake, 'Locked').Range('A1');
    let error: unknown;
    try {
      write(r);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/protected/);
    expect((error as { number?: number }).number).toBe(-2146827284);
    expect(fake.book.cell('Locked', 'A1').value).toBe('locked');
  });

  test('book.protect turns it on and off; reads still work', () => {
    const fake = open();
    fake.book.protect(FORM);
    expect(sheet(fake).ProtectContents).toBe(true);
    expect(sheet(fake).Range('B2').Value2).toBe(100);
    expect(() => (sheet(fake).Range('B2').Value2 = 1)).toThrow(/protected/);
    fake.book.protect(FORM, false);
    sheet(fake).Range('B2').Value2 = 1;
    expect(fake.book.cell(FORM, 'B2').value).toBe(1);
  });
});

describe('UsedRange and Address', () => {
  test.each([
    [FORM, '$A$1:$D$4'],
    ['Other', '$B$2'],
  ])('%s → %s', (name, address) => {
    expect(sheet(open(), name).UsedRange.Address()).toBe(address);
  });

  test('an empty sheet: A1; a merge alone extends it', () => {
    const fake = open();
    const added = fake.app.ActiveWorkbook!.Worksheets.Add();
    expect(added.UsedRange.Address(false, false)).toBe('A1');
    (added.Range('C3:D5') as FakeEtRange).Merge();
    expect(added.UsedRange.Address(false, false)).toBe('C3:D5');
  });

  test.each<[boolean | undefined, boolean | undefined, string]>([
    [undefined, undefined, '$B$3:$D$9'],
    [false, false, 'B3:D9'],
    [true, false, 'B$3:D$9'],
    [false, true, '$B3:$D9'],
  ])('Address(%p, %p) → %s', (rowAbs, colAbs, expected) => {
    expect(sheet().Range('$B$3:D9').Address(rowAbs, colAbs)).toBe(expected);
  });

  test('Row and Column are 1-based; a bad address throws', () => {
    const r = sheet().Range('C7:D9');
    expect([r.Row, r.Column]).toEqual([7, 3]);
    expect(() => sheet().Range('A:A')).toThrow(/not an address/);
  });
});
