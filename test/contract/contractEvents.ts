/** Contract: onEdit (the user's edits, not the add-in's), select(), settings. */
import type { EditEvent } from '../../src/core/port';
import { ContractCtx, entry, flush, plan, text } from './contractSupport';
import { FORM_SHEET, MISC_SHEET, MISSING_SHEET } from './seed';

export function eventCases({ test }: ContractCtx): void {
  describe('edit events', () => {
    test("onEdit(): the user's edit is reported with its sheet and address", ['userEdit', 'editEvents'], async (h) => {
      const edits: EditEvent[] = [];
      const off = await h.port.onEdit((e) => edits.push(e));
      await h.userEdit(MISC_SHEET, 'G4', '新值');
      await flush();
      expect(edits).toEqual([{ sheet: MISC_SHEET, address: 'G4' }]);
      off();
    });

    test("onEdit(): the port's own apply is not reported", ['editEvents'], async (h) => {
      const edits: EditEvent[] = [];
      const off = await h.port.onEdit((e) => edits.push(e));
      await h.port.read();
      const r = await h.port.apply(plan(entry(MISC_SHEET, 'G4', text('写入')), entry(FORM_SHEET, 'I1', text('x'))));
      expect(r.written).toHaveLength(2);
      await flush();
      expect(edits).toEqual([]);
      off();
    });

    test('onEdit(): after unsubscribe a handler hears nothing; the other subscribers still do', ['userEdit', 'editEvents'], async (h) => {
      const a: EditEvent[] = [];
      const b: EditEvent[] = [];
      const offA = await h.port.onEdit((e) => a.push(e));
      const offB = await h.port.onEdit((e) => b.push(e));
      offA();
      await h.userEdit(MISC_SHEET, 'G5', 1);
      await flush();
      expect([a.length, b]).toEqual([0, [{ sheet: MISC_SHEET, address: 'G5' }]]);
      offB();
      await flush();
      await h.userEdit(MISC_SHEET, 'G6', 2);
      await flush();
      expect([a.length, b.length]).toEqual([0, 1]);
      offA(); // twice is harmless
    });
  });

  describe('select', () => {
    test('select(): a missing sheet rejects with code sheetDeleted; an existing cell resolves', [], async (h) => {
      await expect(h.port.select(MISSING_SHEET, 'A1')).rejects.toMatchObject({ code: 'sheetDeleted' });
      await expect(h.port.select(MISC_SHEET, 'C2')).resolves.toBeUndefined();
      await expect(h.port.select(FORM_SHEET, 'G21')).resolves.toBeUndefined();
    });
  });

  describe('settings', () => {
    test('settings: get returns what set stored; an unknown key is undefined', ['settings'], async (h) => {
      const value = { a: [1, 2], s: '文本', n: null, b: true };
      await h.port.settings.set('contract', value);
      await h.port.settings.set('contractText', 'zh-CN');
      expect(await h.port.settings.get('contract')).toEqual(value);
      expect(await h.port.settings.get('contractText')).toBe('zh-CN');
      expect(await h.port.settings.get('neverSet')).toBeUndefined();
    });

    test('settings: get returns a copy and set stores one — mutating either changes nothing stored', ['settings'], async (h) => {
      const value = { a: [1] };
      await h.port.settings.set('contract', value);
      value.a.push(2);
      const got = await h.port.settings.get<{ a: number[] }>('contract');
      got?.a.push(3);
      expect(await h.port.settings.get('contract')).toEqual({ a: [1] });
    });

    test('settings: set(key, undefined) removes the key', ['settings'], async (h) => {
      await h.port.settings.set('contract', { a: 1 });
      await h.port.settings.set('contract', undefined);
      expect(await h.port.settings.get('contract')).toBeUndefined();
    });
  });
}
