/** Native markers: the user's own validation is left alone; ours are recorded and cleared exactly. */
import { evaluateWorkbook } from '../../src/core/evaluate';
import { conditionalFormula, markerPlan } from '../../src/core/markers';
import { createOfficeWorkbook } from '../../src/excel/officeWorkbook';
import { MARK_FILL, MarkerRecord, OUR_ALERT_TITLE } from '../../src/excel/markers';
import { correctSpec } from '../core/helpers';
import { buildForm, gridOf } from '../support/buildForm';
import { FakeExcel, specFromGrid } from './fakeExcel';

const form = buildForm(correctSpec());

async function setup() {
  const fake = new FakeExcel([
    specFromGrid(gridOf('甲', [{ form }]), { validations: { G13: { type: 'List', title: '请选择' } } }),
    specFromGrid(gridOf('乙', [{ form }])),
  ]);
  // The user's own conditional format on 乙 (not ours: it must survive clear()).
  fake.cfs.push({ sheet: '乙', id: 'user-cf', cell: 'A1:I22', type: 'Custom', formula: '=TRUE', color: '#00FF00' });
  const wb = createOfficeWorkbook({ host: fake.host });
  const ev = evaluateWorkbook(await wb.read());
  return { fake, wb, plan: markerPlan(ev.forms) };
}

test('apply: validations and conditional formats added, the user’s own validation kept and reported (1 read + 1 write sync)', async () => {
  const { fake, wb, plan } = await setup();
  expect(plan.validations).toHaveLength(16);
  expect(plan.conditionals).toHaveLength(32);
  const before = fake.syncs;
  const r = await wb.markers.apply(plan);
  expect(fake.syncs - before).toBe(2);
  expect(r.userValidationKept).toEqual([{ sheet: '甲', cell: 'G13' }]);
  expect(r.added).toBe(15 + 32);

  expect(fake.sheet('甲').validations.get('G13')).toEqual({ type: 'List', errorAlert: { title: '请选择' } });
  const g14 = fake.sheet('甲').validations.get('G14');
  expect(g14).toEqual({
    type: 'Decimal',
    rule: { decimal: { formula1: 0, formula2: 15, operator: 'Between' } },
    errorAlert: { title: OUR_ALERT_TITLE, message: '得分应在 0 到 15.00（分值）之间', style: 'Stop', showAlert: true },
    ignoreBlanks: true,
  });
  const ours = fake.cfs.filter((c) => c.id !== 'user-cf');
  expect(ours).toHaveLength(32);
  for (const mark of plan.conditionals) {
    const cf = ours.find((c) => c.sheet === mark.sheet && c.cell === mark.cell && c.formula === conditionalFormula(mark));
    expect(cf).toMatchObject({ type: 'Custom', color: MARK_FILL[mark.kind] });
  }
  const record = fake.settings.saved.get('jixiao.markers') as MarkerRecord;
  expect(record.validations).toHaveLength(15);
  expect(record.conditionals.map((c) => c.id).sort()).toEqual(ours.map((c) => c.id).sort());
});

test('apply again replaces our markers instead of piling them up', async () => {
  const { fake, wb, plan } = await setup();
  await wb.markers.apply(plan);
  await wb.markers.apply(plan);
  expect(fake.cfs.filter((c) => c.id !== 'user-cf')).toHaveLength(32);
  expect(fake.sheet('甲').validations.get('G14')?.type).toBe('Decimal');
  expect(fake.sheet('甲').validations.get('G13')?.type).toBe('List');
});

test("a scoped plan (an inline re-check of one form) replaces only the markers inside its scope", async () => {
  const { fake, wb, plan } = await setup();
  await wb.markers.apply(plan);
  const ev = evaluateWorkbook(await wb.read());
  const yi = ev.forms.filter((f) => f.form.sheet === '乙');
  const r = await wb.markers.apply(markerPlan(yi, [{ sheet: '乙', range: yi[0].form.range }]));
  expect(r.added).toBe(8 + 16);
  // 甲's markers are still there and still recorded; 乙's were replaced, not duplicated.
  expect(fake.sheet('甲').validations.get('G14')?.type).toBe('Decimal');
  expect(fake.cfs.filter((c) => c.sheet === '甲')).toHaveLength(16);
  expect(fake.cfs.filter((c) => c.sheet === '乙' && c.id !== 'user-cf')).toHaveLength(16);
  const record = fake.settings.saved.get('jixiao.markers') as MarkerRecord;
  expect(record.validations).toHaveLength(15);
  expect(record.conditionals).toHaveLength(32);
  // clear() still removes every one of them.
  await wb.markers.clear();
  expect(fake.cfs.filter((c) => c.id !== 'user-cf')).toHaveLength(0);
});

test('clear removes exactly what was recorded (1 read + 1 write sync)', async () => {
  const { fake, wb, plan } = await setup();
  await wb.markers.apply(plan);
  // Meanwhile the user replaced our validation on 乙!G14 with their own, and deleted one of our formats.
  fake.sheet('乙').validations.set('G14', { type: 'WholeNumber', errorAlert: { title: '整数' } });
  const goneId = fake.cfs.find((c) => c.id !== 'user-cf')!.id;
  fake.cfs.splice(fake.cfs.findIndex((c) => c.id === goneId), 1);

  const before = fake.syncs;
  const n = await wb.markers.clear();
  expect(fake.syncs - before).toBe(2);
  expect(n).toBe(15 - 1 + 32 - 1);
  expect(fake.cfs.map((c) => c.id)).toEqual(['user-cf']);
  expect(fake.sheet('甲').validations.get('G13')?.type).toBe('List');
  expect(fake.sheet('乙').validations.get('G14')?.type).toBe('WholeNumber');
  const leftOurs = [...fake.sheets.flatMap((s) => [...s.validations.values()])].filter((v) => v.errorAlert?.title === OUR_ALERT_TITLE);
  expect(leftOurs).toEqual([]);
  expect(fake.settings.saved.get('jixiao.markers')).toEqual({ validations: [], conditionals: [] });
  expect(await wb.markers.clear()).toBe(0);
});

test('without ExcelApi 1.8: requirementMissing', async () => {
  const fake = new FakeExcel([{ name: 'S', values: [['x']] }], { apiMinor: 7 });
  const wb = createOfficeWorkbook({ host: fake.host });
  expect(wb.capabilities().markers).toBe(false);
  await expect(wb.markers.apply({ validations: [], conditionals: [] })).rejects.toMatchObject({ code: 'requirementMissing' });
});

test('a protected sheet gets no markers (the batch does not fail); the others do', async () => {
  const fake = new FakeExcel([specFromGrid(gridOf('锁定', [{ form }]), { protected: true }), specFromGrid(gridOf('开放', [{ form }]))]);
  const wb = createOfficeWorkbook({ host: fake.host });
  const plan = markerPlan(evaluateWorkbook(await wb.read()).forms);
  const r = await wb.markers.apply(plan);
  expect(r.added).toBe(8 + 16);
  expect(fake.sheet('锁定').validations.size).toBe(0);
  expect(fake.cfs.every((c) => c.sheet === '开放')).toBe(true);
  expect(await wb.markers.clear()).toBe(24);
  expect(fake.cfs).toEqual([]);
});
