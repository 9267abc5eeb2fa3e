/** Contract: apply(plan) — what is written, what is refused and why, all or nothing per sheet. */
import { evaluateWorkbook } from '../../src/core/evaluate';
import { addressIn } from '../support/buildForm';
import { at, blank, ContractCtx, entry, num, plan, reasons, text } from './contractSupport';
import { FORM, FORM_SHEET, LOCKED_SHEET, MISC_SHEET, MISSING_SHEET } from './seed';

const TOTAL_SCORE = addressIn('A1', FORM.at.totalScore); // blank in the seed

export function applyCases({ test }: ContractCtx): void {
  describe('apply', () => {
    test("apply(): numbers, text and blanks are written; written[] carries each cell's before", [], async (h) => {
      await h.port.read();
      const r = await h.port.apply(plan(entry(MISC_SHEET, 'C2', num('20.75'), 12.5), entry(MISC_SHEET, 'G3', text('达成')), entry(MISC_SHEET, 'B5', blank(), '备注')));
      expect(r.skipped).toEqual([]);
      expect(Object.fromEntries(r.written.map((e) => [e.cell, e.before]))).toEqual({ C2: 12.5, G3: null, B5: '备注' });
      expect([h.cell(MISC_SHEET, 'C2'), h.cell(MISC_SHEET, 'G3'), h.cell(MISC_SHEET, 'B5')]).toEqual([
        { value: 20.75, formula: null },
        { value: '达成', formula: null },
        { value: null, formula: null },
      ]);
      const g = await h.port.readSheet(MISC_SHEET);
      expect([at(g, 'C2').value, at(g, 'G3').value, at(g, 'B5').value]).toEqual([20.75, '达成', null]);
    });

    test("apply(): the core's plan of the form is written whole; read again, nothing is left to write", [], async (h) => {
      const ev = evaluateWorkbook(await h.port.read());
      expect(ev.plan.entries.length).toBeGreaterThan(0);
      expect(ev.plan.skippedSheets).toEqual([LOCKED_SHEET]);
      const r = await h.port.apply(ev.plan);
      expect([r.skipped, r.written.length]).toEqual([[], ev.plan.entries.length]);
      expect(h.cell(FORM_SHEET, TOTAL_SCORE).value).toBe(99.95);
      expect(evaluateWorkbook(await h.port.read()).plan.entries).toEqual([]);
    });

    test('apply(): text that looks like a formula, number or boolean stays that exact text', [], async (h) => {
      const texts = ['=1+1', '+5', '-3', '@x', '12.5', 'TRUE'];
      await h.port.read();
      const r = await h.port.apply(plan(...texts.map((t, i) => entry(MISC_SHEET, `G${i + 2}`, text(t)))));
      expect([r.skipped, r.written.length]).toEqual([[], texts.length]);
      expect(texts.map((_, i) => h.cell(MISC_SHEET, `G${i + 2}`))).toEqual(texts.map((t) => ({ value: t, formula: null })));
      const g = await h.port.readRange(MISC_SHEET, 'G2:G7');
      expect([g.values, g.formulas?.flat().filter((f) => f !== null) ?? []]).toEqual([texts.map((t) => [t]), []]);
    });

    test('apply(): a formula cell is skipped as formula, the rest of its sheet as sheetRefused; other sheets are written', [], async (h) => {
      await h.port.read();
      const r = await h.port.apply(plan(entry(MISC_SHEET, 'E3', num('1'), 15.5), entry(MISC_SHEET, 'C2', num('1'), 12.5), entry(FORM_SHEET, TOTAL_SCORE, num('99.95'))));
      expect(reasons(r)).toEqual([['E3', 'formula'], ['C2', 'sheetRefused']]);
      expect(r.written.map((e) => [e.sheet, e.cell])).toEqual([[FORM_SHEET, TOTAL_SCORE]]);
      expect([h.cell(MISC_SHEET, 'E3'), h.cell(MISC_SHEET, 'C2').value]).toEqual([{ value: 15.5, formula: '=C2+D3' }, 12.5]);
    });

    test('apply(): a protected sheet: every entry skipped as protected, nothing written', [], async (h) => {
      await h.port.read();
      const r = await h.port.apply(plan(entry(LOCKED_SHEET, TOTAL_SCORE, num('99.95')), entry(LOCKED_SHEET, 'I1', text('x'))));
      expect([reasons(r), r.written]).toEqual([[[TOTAL_SCORE, 'protected'], ['I1', 'protected']], []]);
      expect([h.cell(LOCKED_SHEET, TOTAL_SCORE).value, h.cell(LOCKED_SHEET, 'I1').value]).toEqual([null, null]);
    });

    // Allowed variants: the host may know of the protection only when it writes (Office.js: the
    // write sync fails) — then the call rejects with code `protected` instead of skipping.
    test('apply(): a sheet protected after the read: refused as protected (skipped, or rejected with code protected), nothing written', ['protect'], async (h) => {
      await h.port.read();
      h.protect(MISC_SHEET);
      const outcome = await h.port.apply(plan(entry(MISC_SHEET, 'C2', num('1'), 12.5))).then((r) => ({ r }), (e: unknown) => ({ e }));
      if ('e' in outcome) expect(outcome.e).toMatchObject({ code: 'protected' });
      else expect([reasons(outcome.r), outcome.r.written]).toEqual([[['C2', 'protected']], []]);
      expect(h.cell(MISC_SHEET, 'C2').value).toBe(12.5);
    });

    test('apply(): a missing sheet: every entry skipped as sheetMissing', [], async (h) => {
      await h.port.read();
      const r = await h.port.apply(plan(entry(MISSING_SHEET, 'A1', num('1')), entry(MISSING_SHEET, 'B2', text('x'))));
      expect([reasons(r), r.written]).toEqual([[['A1', 'sheetMissing'], ['B2', 'sheetMissing']], []]);
    });

    test("apply(): a cell whose value is not the plan's before: changedMeanwhile, the rest of its sheet sheetRefused", [], async (h) => {
      await h.port.read();
      const r = await h.port.apply(plan(entry(MISC_SHEET, 'C2', num('1'), 99), entry(MISC_SHEET, 'D3', num('4'), 3)));
      expect([reasons(r), r.written]).toEqual([[['C2', 'changedMeanwhile'], ['D3', 'sheetRefused']], []]);
      expect([h.cell(MISC_SHEET, 'C2').value, h.cell(MISC_SHEET, 'D3').value]).toEqual([12.5, 3]);
    });

    // As the pane always is: subscribed to onEdit (Office.js learns of edits only through events).
    test('apply(): a cell the user edited since the read (pane subscribed to onEdit): changedMeanwhile, the edit kept', ['userEdit', 'editEvents'], async (h) => {
      const off = await h.port.onEdit(() => undefined);
      await h.port.read();
      await h.userEdit(MISC_SHEET, 'D5', 8);
      const r = await h.port.apply(plan(entry(MISC_SHEET, 'D5', num('1'), -7)));
      expect([reasons(r), r.written]).toEqual([[['D5', 'changedMeanwhile']], []]);
      expect(h.cell(MISC_SHEET, 'D5').value).toBe(8);
      off();
    });

    test('apply(): after a refusal, reading again makes the sheet writable', [], async (h) => {
      await h.port.read();
      await h.port.apply(plan(entry(MISC_SHEET, 'C2', num('1'), 99)));
      const g = await h.port.readSheet(MISC_SHEET);
      const r = await h.port.apply(plan(entry(MISC_SHEET, 'C2', num('1'), at(g, 'C2').value)));
      expect([r.skipped, r.written.map((e) => e.cell)]).toEqual([[], ['C2']]);
    });
  });
}
