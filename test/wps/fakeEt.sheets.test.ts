/** The fake ET's Worksheets, Worksheet and Names: 1-based Items that throw, rename, delete, insertRows. */
import { createFakeEt } from './fakeEt';
import { FORM, grids } from './fakeEtFixture';

const open = () => {
  const fake = createFakeEt(grids());
  return { ...fake, wb: fake.app.ActiveWorkbook! };
};

describe('Worksheets', () => {
  test.each<[number | string, string]>([
    [1, FORM],
    [2, 'Other'],
    [3, 'Locked'],
    ['other', 'Other'], // names are case-insensitive
  ])('Item(%p) → %s', (index, name) => {
    expect(open().wb.Worksheets.Item(index).Name).toBe(name);
  });

  test.each<[number | string]>([[0], [4], [1.5], ['Missing']])('Item(%p) throws', (index) => {
    expect(() => open().wb.Worksheets.Item(index)).toThrow(/does not exist/);
  });

  test('Add: Sheet<n> before the active sheet by default, or Before/After; it becomes active', () => {
    const { wb, book } = open();
    expect(wb.Worksheets.Count).toBe(3);
    const a = wb.Worksheets.Add();
    expect([a.Name, a.Index]).toEqual(['Sheet4', 1]);
    const b = wb.Worksheets.Add(null, wb.Worksheets.Item('Locked'));
    expect([b.Name, b.Index]).toEqual(['Sheet5', 5]);
    const c = wb.Worksheets.Add(wb.Worksheets.Item('Other'));
    expect([c.Name, c.Index]).toEqual(['Sheet6', 3]);
    expect(book.sheets().map((s) => s.name)).toEqual(['Sheet4', FORM, 'Sheet6', 'Other', 'Locked', 'Sheet5']);
    expect(book.activeSheet()).toBe('Sheet6');
  });

  test('rename: the object follows its sheet; a duplicate or bad name throws', () => {
    const { wb, book } = open();
    const s = wb.Worksheets.Item('Other');
    s.Name = '其他';
    expect(s.Name).toBe('其他');
    expect(wb.Worksheets.Item('其他').Index).toBe(2);
    expect(() => (s.Name = 'locked')).toThrow(/already exists/);
    expect(() => (s.Name = 'a/b')).toThrow(/not a valid/);
    book.renameSheet('其他', 'Again');
    expect(s.Name).toBe('Again');
  });

  test('Visible: very hidden, and the last visible sheet cannot be hidden; Activate of a hidden sheet throws', () => {
    const { wb } = open();
    const store = wb.Worksheets.Add();
    store.Name = '_jixiao';
    store.Visible = 2;
    expect(store.Visible).toBe(2);
    expect(() => store.Activate()).toThrow(/hidden/);
    wb.Worksheets.Item('Other').Visible = 0;
    wb.Worksheets.Item('Locked').Visible = 0;
    expect(() => (wb.Worksheets.Item(FORM).Visible = 0)).toThrow(/one visible sheet/);
    expect(() => (wb.Worksheets.Item(FORM).Visible = 5)).toThrow(/XlSheetVisibility/);
  });

  test('Delete: an alert unless DisplayAlerts is off; the object is dead afterwards', () => {
    const { app, wb, book } = open();
    wb.Worksheets.Item('Other').Delete();
    expect(book.alerts).toBe(1);
    app.DisplayAlerts = false;
    const locked = wb.Worksheets.Item('Locked');
    locked.Delete();
    expect(book.alerts).toBe(1);
    expect(wb.Worksheets.Count).toBe(1);
    expect(() => locked.Name).toThrow(/deleted/);
    expect(() => wb.Worksheets.Item(1).Delete()).toThrow(/one visible sheet/);
  });

  test('Range.Select needs the sheet active', () => {
    const { wb, book } = open();
    const other = wb.Worksheets.Item('Other');
    expect(() => other.Range('B2').Select()).toThrow(/Select/);
    other.Activate();
    other.Range('B2:C3').Select();
    expect(book.selection()).toEqual({ sheet: 'Other', range: 'B2:C3' });
  });
});

describe('Names', () => {
  const withNames = () => {
    const fake = open();
    fake.wb.Names.Add('jixiao_b', `='${FORM}'!$A$5:$I$9`, false);
    fake.wb.Names.Add('Jixiao_A', '=Other!$B$2');
    return fake;
  };

  test('Add, Count, Item by 1-based index (alphabetical, as Excel) or name; missing throws', () => {
    const { wb } = withNames();
    expect(wb.Names.Count).toBe(2);
    expect(wb.Names.Item(1).Name).toBe('Jixiao_A');
    expect(wb.Names.Item(2).RefersTo).toBe(`='${FORM}'!$A$5:$I$9`);
    expect(wb.Names.Item('JIXIAO_B').Visible).toBe(false);
    expect(wb.Names.Item('jixiao_a').RefersTo).toBe('=Other!$B$2');
    expect(() => wb.Names.Item(3)).toThrow(/does not exist/);
    expect(() => wb.Names.Item('nope')).toThrow(/does not exist/);
    expect(() => wb.Names.Add('A1', '=Other!$A$1')).toThrow(/not a valid name/);
  });

  test('a rename shows in RefersTo; insertRows moves it; a deleted sheet leaves =#REF!', () => {
    const { wb, book } = withNames();
    book.renameSheet('Other', '其他 表');
    expect(wb.Names.Item('Jixiao_A').RefersTo).toBe("='其他 表'!$B$2");
    book.insertRows(FORM, 3, 2); // before row 3: A5:I9 → A7:I11
    expect(wb.Names.Item('jixiao_b').RefersTo).toBe(`='${FORM}'!$A$7:$I$11`);
    book.insertRows(FORM, 9, 1); // inside it: grows
    expect(wb.Names.Item('jixiao_b').RefersTo).toBe(`='${FORM}'!$A$7:$I$12`);
    book.deleteSheet(FORM);
    expect(wb.Names.Item('jixiao_b').RefersTo).toBe('=#REF!$A$7:$I$12');
  });

  test('RefersTo set, Visible set, Delete; Add of an existing name replaces it', () => {
    const { wb, book } = withNames();
    const n = wb.Names.Item('Jixiao_A');
    n.RefersTo = `='${FORM}'!$C$3`;
    n.Visible = false;
    wb.Names.Add('jixiao_b', '=Other!$B$2:$C$3');
    expect(book.names()).toEqual([
      { name: 'jixiao_b', refersTo: '=Other!$B$2:$C$3', visible: true },
      { name: 'Jixiao_A', refersTo: `='${FORM}'!$C$3`, visible: false },
    ]);
    n.Delete();
    expect(wb.Names.Count).toBe(1);
    expect(() => n.RefersTo).toThrow(/deleted/);
  });

  test('Names.Add on a protected sheet throws', () => {
    expect(() => open().wb.Names.Add('x_locked', '=Locked!$A$1')).toThrow(/protected/);
  });
});

test('insertRows moves cells and merges; a merge spanning the row grows', () => {
  const { book } = open();
  book.insertRows(FORM, 2, 1);
  book.insertRows(FORM, 5, 1); // inside the A3:A4 merge, now A4:A5
  const g = book.grid(FORM);
  expect(g.merges).toEqual(['A1:D1', 'A4:A6']);
  expect(book.cell(FORM, 'B3').value).toBe(100);
  expect(book.cell(FORM, 'C4').formula).toBe('=B2*1.5'); // formulas are text: not rewritten
  expect(g.values.length).toBe(6); // the date, row 4 at first, is now row 6
});
