/** The WPS settings over the fake ET: stored on the very hidden _jixiao sheet, as text, surviving save and reopen. */
import { STORE_SHEET } from '../../src/wps/context';
import { XL_SHEET_VERY_HIDDEN } from '../../src/wps/et';
import { CHUNK_CHARS, createWpsSettings, STORE_SIGNATURE } from '../../src/wps/settings';
import { contextOf, openFake, reopen, sheetGrid } from './storeContext';

const workbook = () => openFake([sheetGrid('表一'), sheetGrid('表二')]);

describe('WPS settings', () => {
  test('nothing stored: get is undefined and no sheet is added', async () => {
    const { fake, ctx } = workbook();
    const s = createWpsSettings(ctx);
    expect(await s.get('profile')).toBeUndefined();
    await s.set('never', undefined);
    expect(fake.book.sheets().map((x) => x.name)).toEqual(['表一', '表二']);
  });

  test('the first set adds the very hidden store after the last sheet, signed, the user left on their sheet', async () => {
    const { fake, ctx } = workbook();
    const before = fake.book.activeSheet();
    await createWpsSettings(ctx).set('lang', 'zh-CN');
    const sheets = fake.book.sheets();
    expect(sheets.map((x) => x.name)).toEqual(['表一', '表二', STORE_SHEET]);
    expect(sheets[2].visible).toBe(XL_SHEET_VERY_HIDDEN);
    expect(fake.book.cell(STORE_SHEET, 'A1').value).toBe(STORE_SIGNATURE);
    expect(fake.book.cell(STORE_SHEET, 'A2').value).toBe('jixiao.lang');
    expect(fake.book.cell(STORE_SHEET, 'B2').value).toBe('"zh-CN"');
    expect(fake.book.activeSheet()).toBe(before);
    expect(ctx.writes).toEqual([{ sheet: STORE_SHEET, address: 'A1:B2' }]);
  });

  test('round trips; get returns a copy; set(undefined) removes and the row is reused', async () => {
    const { fake, ctx } = workbook();
    const s = createWpsSettings(ctx);
    const profile = { name: 'standard', gradeBands: [{ min: '90', grade: '优' }] };
    await s.set('profile', profile);
    await s.set('jixiao.inlineCheck', false);
    const got = await s.get<typeof profile>('jixiao.profile');
    expect(got).toEqual(profile);
    got!.gradeBands[0].grade = 'changed';
    expect(await s.get('profile')).toEqual(profile);
    expect(await s.get('inlineCheck')).toBe(false);
    await s.set('profile', undefined);
    expect(await s.get('profile')).toBeUndefined();
    expect(fake.book.cell(STORE_SHEET, 'A2').value).toBeNull();
    await s.set('sheets', ['表一']);
    expect(fake.book.cell(STORE_SHEET, 'A2').value).toBe('jixiao.sheets');
    expect(await createWpsSettings(reopen(fake).ctx).get('sheets')).toEqual(['表一']);
  });

  test('JSON that looks like a number, a formula or a boolean stays text, also where a chunk starts', async () => {
    const { fake, ctx } = workbook();
    const s = createWpsSettings(ctx);
    const long = 'x'.repeat(CHUNK_CHARS - 1) + '=1+1';
    await s.set('n', 123);
    await s.set('neg', -1);
    await s.set('t', true);
    await s.set('long', long);
    const cells = [2, 3, 4].map((r) => fake.book.cell(STORE_SHEET, `B${r}`));
    expect(cells.map((c) => c.value)).toEqual(['123', '-1', 'true']);
    const second = fake.book.cell(STORE_SHEET, 'C5');
    expect(second).toMatchObject({ value: '=1+1"', formula: null });
    const { ctx: again } = reopen(fake);
    const r = createWpsSettings(again);
    expect([await r.get('n'), await r.get('neg'), await r.get('t'), await r.get('long')]).toEqual([123, -1, true, long]);
  });

  test('values over a cell: chunks of at most 30 000 characters; a shorter value clears the rest of its row', async () => {
    const { fake, ctx } = workbook();
    const s = createWpsSettings(ctx);
    const big = { entries: Array.from({ length: 4000 }, (_, i) => ({ sheet: '表一', cell: `G${i + 1}`, text: '😀'.repeat(3) })) };
    await s.set('lastWrite', big);
    const json = JSON.stringify(big);
    const chunks = Math.ceil(json.length / CHUNK_CHARS);
    expect(chunks).toBeGreaterThan(2);
    for (let i = 0; i < chunks; i++) {
      const v = fake.book.cell(STORE_SHEET, `${String.fromCharCode(66 + i)}2`).value;
      expect(typeof v === 'string' && v.length <= CHUNK_CHARS).toBe(true);
    }
    const { fake: f2, ctx: c2 } = reopen(fake);
    expect(await createWpsSettings(c2).get('lastWrite')).toEqual(big);
    await createWpsSettings(c2).set('lastWrite', { entries: [] });
    expect(f2.book.cell(STORE_SHEET, 'C2').value).toBeNull();
    expect(await createWpsSettings(reopen(f2).ctx).get('lastWrite')).toEqual({ entries: [] });
  });

  test('survives save and reopen, and nothing goes to PluginStorage', async () => {
    const { fake, ctx } = workbook();
    await createWpsSettings(ctx).set('lang', 'en-US');
    expect(fake.book.pluginStorage().size).toBe(0);
    const { fake: reopened, ctx: ctx2 } = reopen(fake);
    expect(await createWpsSettings(ctx2).get('lang')).toBe('en-US');
    expect(reopened.calls.by['PluginStorage.getItem'] ?? 0).toBe(0);
    expect(reopened.book.pluginStorage().size).toBe(0);
  });

  test('a foreign sheet named _jixiao is never overwritten: set rejects accessDenied, get finds nothing', async () => {
    const { fake, ctx } = openFake([sheetGrid('表一'), sheetGrid(STORE_SHEET, [['my notes', 42]])]);
    const s = createWpsSettings(ctx);
    await expect(s.set('lang', 'zh-CN')).rejects.toMatchObject({ code: 'accessDenied' });
    expect(await s.get('lang')).toBeUndefined();
    expect(fake.book.grid(STORE_SHEET).values).toEqual([['my notes', 42]]);
    expect(fake.book.sheets().map((x) => x.name)).toEqual(['表一', STORE_SHEET]);
  });

  test('calls: every get and set reads the store afresh (one Value2); a set writes one row in one Value2 call', async () => {
    const { fake, ctx } = workbook();
    await createWpsSettings(ctx).set('a', 1);
    const { fake: f, ctx: c } = reopen(fake);
    const s = createWpsSettings(c);
    f.calls.reset();
    await s.get('a');
    await s.get('b');
    expect(f.calls.by['Range.Value2.get']).toBe(2);
    f.calls.reset();
    await s.set('b', 'two');
    expect([f.calls.by['Range.Value2.get'], f.calls.by['Range.Value2.set']]).toEqual([1, 1]);
    expect(await s.get('b')).toBe('two');
  });

  test('two pages of the add-in (the pane and the ribbon) writing the store: neither overwrites the other', async () => {
    const { fake } = workbook();
    const pane = createWpsSettings(contextOf(fake));
    const ribbon = createWpsSettings(contextOf(fake));
    await pane.set('a', 1);
    expect(await pane.get('b')).toBeUndefined();
    await ribbon.set('b', 'ribbon');
    await pane.set('c', 'pane');
    expect([await pane.get('a'), await pane.get('b'), await pane.get('c'), await ribbon.get('c')]).toEqual([1, 'ribbon', 'pane', 'pane']);
  });

  test('after a failed write the next call reads the store as it is', async () => {
    const { fake, ctx } = workbook();
    const s = createWpsSettings(ctx);
    await s.set('a', 1);
    fake.book.failNext('Range.Value2.set');
    await expect(s.set('b', 2)).rejects.toMatchObject({ name: 'HostError', code: 'unknown' });
    fake.calls.reset();
    expect(await s.get('b')).toBeUndefined();
    expect(await s.get('a')).toBe(1);
    expect(fake.calls.by['Range.Value2.get']).toBe(2);
  });
});
