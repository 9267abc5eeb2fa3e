/** Contract: read(), readSheet(), readRange() — the Grids the core evaluates. */
import { parseRange } from '../../src/core/a1';
import { GridView } from '../../src/core/grid';
import { at, cellDiff, ContractCtx, sheetOf, sorted } from './contractSupport';
import { LOCKED_SHEET, MISC_SHEET, MISSING_SHEET } from './seed';

export function readCases({ test }: ContractCtx): void {
  describe('reading', () => {
    test('read(): one Grid per sheet, in tab order', [], async (h) => {
      expect((await h.port.read()).map((g) => g.sheet)).toEqual(h.seed.map((g) => g.sheet));
    });

    test("read(): every cell holds the seed's value and formula", [], async (h) => {
      const grids = await h.port.read();
      expect(h.seed.flatMap((s) => cellDiff(sheetOf(grids, s.sheet), s).map((d) => `${s.sheet}!${d}`))).toEqual([]);
    });

    test('read(): numbers, text, booleans and errors keep their type; formulas come with their value', [], async (h) => {
      const misc = sheetOf(await h.port.read(), MISC_SHEET);
      expect(at(misc, 'C2')).toEqual({ value: 12.5, formula: null });
      expect(at(misc, 'B2')).toEqual({ value: '名称', formula: null });
      expect([at(misc, 'D2').value, at(misc, 'D4').value]).toEqual([true, false]);
      expect(at(misc, 'E2')).toEqual({ value: { error: '#N/A' }, formula: null });
      expect(at(misc, 'E3')).toEqual({ value: 15.5, formula: '=C2+D3' });
      expect(at(misc, 'E4')).toEqual({ value: { error: '#DIV/0!' }, formula: '=1/0' });
      expect([at(misc, 'E5').value, at(misc, 'B6').value, at(misc, 'D5').value]).toEqual(['TRUE', '0012', -7]);
      expect(at(misc, 'C5').value).toBeNull(); // a blank inside the used range
    });

    test("read(): the sheets' merged areas; a merge's value in its top-left cell only, the others null", [], async (h) => {
      const grids = await h.port.read();
      for (const s of h.seed) {
        const g = sheetOf(grids, s.sheet);
        expect([s.sheet, sorted(g.merges)]).toEqual([s.sheet, sorted(s.merges)]);
        const v = new GridView(g);
        const stray: string[] = [];
        for (const m of v.merges) {
          for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if ((r !== m.top || c !== m.left) && v.raw(r, c) !== null) stray.push(`${s.sheet}!${v.address(r, c)}`);
        }
        expect(stray).toEqual([]);
      }
      expect(at(sheetOf(grids, MISC_SHEET), 'B3').value).toBe('合并');
    });

    test('read(): protected is true on the protected sheet only', [], async (h) => {
      const grids = await h.port.read();
      expect(grids.map((g) => [g.sheet, g.protected === true])).toEqual(h.seed.map((s) => [s.sheet, s.sheet === LOCKED_SHEET]));
    });

    test('readSheet(sheet) equals that sheet of read()', [], async (h) => {
      const grids = await h.port.read();
      for (const s of h.seed) expect(await h.port.readSheet(s.sheet)).toEqual(sheetOf(grids, s.sheet));
    });

    test('readRange(): origin is the range top-left; every cell of the range, blanks included, as the sheet holds it', [], async (h) => {
      const range = 'C3:F8'; // reaches past the sheet's last column and row
      const g = await h.port.readRange(MISC_SHEET, range);
      expect(g.sheet).toBe(MISC_SHEET);
      expect(g.origin).toBe('C3');
      expect([g.values.length, ...g.values.map((r) => r.length)]).toEqual([6, 4, 4, 4, 4, 4, 4]);
      expect(cellDiff(g, sheetOf(h.seed, MISC_SHEET), parseRange(range))).toEqual([]);
      expect(at(g, 'E3')).toEqual({ value: 15.5, formula: '=C2+D3' });
      expect(g.values[5]).toEqual([null, null, null, null]);
    });

    test('readRange(): the merged areas intersecting the range, whole; the protection flag', [], async (h) => {
      expect(sorted((await h.port.readRange(MISC_SHEET, 'C4:D6')).merges)).toEqual(['B3:C4', 'D6:E7']);
      expect((await h.port.readRange(MISC_SHEET, 'C2:D2')).merges).toEqual([]);
      expect((await h.port.readRange(MISC_SHEET, 'C2:D2')).protected === true).toBe(false);
      expect((await h.port.readRange(LOCKED_SHEET, 'A1:B2')).protected).toBe(true);
    });

    test('readRange() past the used range: blanks', [], async (h) => {
      const g = await h.port.readRange(MISC_SHEET, 'H10:I11');
      expect([g.origin, g.values, g.merges]).toEqual(['H10', [[null, null], [null, null]], []]);
    });

    test('readSheet() and readRange() of a missing sheet reject with code sheetDeleted', [], async (h) => {
      await expect(h.port.readSheet(MISSING_SHEET)).rejects.toMatchObject({ code: 'sheetDeleted' });
      await expect(h.port.readRange(MISSING_SHEET, 'A1:B2')).rejects.toMatchObject({ code: 'sheetDeleted' });
    });
  });
}
