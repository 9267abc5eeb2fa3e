/** Contract: bindings, native markers, writeSheet (生成汇总), capabilities(). */
import { evaluateWorkbook } from '../../src/core/evaluate';
import { markerPlan } from '../../src/core/markers';
import { resultsOf, resultsSheetSpec } from '../../src/core/results/resultsSheet';
import { at, cellDiff, ContractCtx, sheetOf } from './contractSupport';
import type { PortHarness } from './harness';
import { FORM_SHEET } from './seed';

const BUDGET = { sheet: FORM_SHEET, part: 'budget' as const, range: 'A5:H9' };
const INDICATORS = { sheet: FORM_SHEET, part: 'indicators' as const, range: 'A12:H20' };
const idOf = (part: string) => `jixiao:${FORM_SHEET}:1:${part}`;
const byId = <T extends { id: string }>(xs: T[]): T[] => [...xs].sort((a, b) => a.id.localeCompare(b.id));

export function featureCases({ test }: ContractCtx): void {
  describe('bindings', () => {
    test('bindings: bind numbers the parts per sheet and part; list gives ids and ranges; remove drops them', ['bindings'], async (h) => {
      const made = await h.port.bindings.bind([BUDGET, INDICATORS]);
      expect(made).toEqual([{ ...BUDGET, id: idOf('budget') }, { ...INDICATORS, id: idOf('indicators') }]);
      expect(byId(await h.port.bindings.list())).toEqual(byId(made));
      await h.port.bindings.remove([idOf('budget')]);
      expect(await h.port.bindings.list()).toEqual([{ ...INDICATORS, id: idOf('indicators') }]);
    });

    test("bindings: bind again replaces the sheet's other automatic bindings", ['bindings'], async (h) => {
      await h.port.bindings.bind([BUDGET, INDICATORS]);
      await h.port.bindings.bind([{ ...BUDGET, range: 'A5:H10' }]);
      expect(await h.port.bindings.list()).toEqual([{ ...BUDGET, range: 'A5:H10', id: idOf('budget') }]);
    });
  });

  describe('markers', () => {
    const formPlan = async (h: PortHarness) => markerPlan(evaluateWorkbook(await h.port.read()).forms.filter((f) => f.form.sheet === FORM_SHEET));

    test('markers: apply adds the plan; clear removes every marker and returns how many', ['markers'], async (h) => {
      const mp = await formPlan(h);
      expect(mp.validations.length).toBeGreaterThan(0);
      const r = await h.port.markers.apply(mp);
      expect(r).toEqual({ added: mp.validations.length + mp.conditionals.length, userValidationKept: [] });
      expect(h.markerCount()).toBe(r.added);
      expect(await h.port.markers.clear()).toBe(r.added);
      expect(h.markerCount()).toBe(0);
      expect(await h.port.markers.clear()).toBe(0);
    });

    test('markers: a whole-workbook plan applied again replaces the markers, not adds to them', ['markers'], async (h) => {
      const mp = await formPlan(h);
      const first = await h.port.markers.apply(mp);
      await h.port.markers.apply(mp);
      expect(h.markerCount()).toBe(first.added);
      expect(await h.port.markers.clear()).toBe(first.added);
    });
  });

  describe('writeSheet', () => {
    test('writeSheet(): a new sheet is added last (replaced false), written again it is replaced (replaced true); nothing else changes', ['sheets'], async (h) => {
      const grids = await h.port.read();
      const spec = resultsSheetSpec(resultsOf(evaluateWorkbook(grids)));
      const first = await h.port.writeSheet(spec);
      expect([first.replaced, typeof first.chartSkipped]).toEqual([false, 'boolean']);
      const after = await h.port.read();
      expect(after.map((g) => g.sheet)).toEqual([...h.seed.map((g) => g.sheet), spec.name]);
      const written = sheetOf(after, spec.name);
      const want = spec.cells.filter((c) => c.value.type !== 'blank').map((c) => [c.cell, c.value.type === 'number' ? Number(c.value.text) : c.value.text]);
      expect(want.map(([cell]) => [cell, at(written, cell as string).value])).toEqual(want);
      expect(at(written, spec.signatureCell).value).toBe(spec.signature);
      expect(h.seed.flatMap((s) => cellDiff(sheetOf(after, s.sheet), s))).toEqual([]);
      const second = await h.port.writeSheet(spec);
      expect(second.replaced).toBe(true);
      expect((await h.port.read()).map((g) => g.sheet)).toEqual(after.map((g) => g.sheet));
    });
  });

  describe('capabilities', () => {
    test('capabilities(): the six features as booleans; host, when given, is excel or wps', [], async (h) => {
      const caps = h.port.capabilities();
      const six = ['mergedAreas', 'settings', 'bindings', 'markers', 'editEvents', 'sheets'] as const;
      expect(six.map((k) => [k, typeof caps[k]])).toEqual(six.map((k) => [k, 'boolean']));
      expect([undefined, 'excel', 'wps']).toContain(caps.host);
    });
  });
}
