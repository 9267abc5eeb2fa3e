/** Bindings of each form's budget block and indicator table, kept in the workbook settings. */
import { parseBindingId } from '../../src/core/bindingIds';
import { bindingId, userBindingId } from '../../src/excel/bindings';
import { createOfficeWorkbook } from '../../src/excel/officeWorkbook';
import { FakeExcel } from './fakeExcel';

const sheets = () =>
  new FakeExcel([
    { name: '安亭城运', values: [['项目支出绩效自评表']] },
    { name: 'It’s 表', values: [['x']] },
  ]);

const parts = [
  { sheet: '安亭城运', part: 'budget' as const, range: 'A5:I9' },
  { sheet: '安亭城运', part: 'indicators' as const, range: 'A12:I20' },
  { sheet: '安亭城运', part: 'budget' as const, range: 'A34:I38' },
  { sheet: '安亭城运', part: 'indicators' as const, range: 'A41:I49' },
];

test('bind: ids name the sheet, the form and the part; the map is saved in the workbook (2 syncs)', async () => {
  const fake = sheets();
  const wb = createOfficeWorkbook({ host: fake.host, prime: false });
  const bound = await wb.bindings.bind(parts);
  expect(fake.syncs).toBe(2); // which ids exist; delete + add + read the ranges
  expect(bound).toEqual([
    { id: 'jixiao:安亭城运:1:budget', part: 'budget', sheet: '安亭城运', range: 'A5:I9' },
    { id: 'jixiao:安亭城运:1:indicators', part: 'indicators', sheet: '安亭城运', range: 'A12:I20' },
    { id: 'jixiao:安亭城运:2:budget', part: 'budget', sheet: '安亭城运', range: 'A34:I38' },
    { id: 'jixiao:安亭城运:2:indicators', part: 'indicators', sheet: '安亭城运', range: 'A41:I49' },
  ]);
  expect([...fake.bindings.keys()]).toEqual(bound.map((b) => b.id));
  expect(fake.bindings.get('jixiao:安亭城运:2:budget')).toEqual({ sheet: '安亭城运', range: 'A34:I38' });
  expect(fake.settings.saved.get('jixiao.bindings')).toEqual(bound);

  // Binding the sheet again replaces its bindings (a form that disappeared loses its binding).
  const again = await wb.bindings.bind(parts.slice(0, 2));
  expect(fake.syncs).toBe(4);
  expect(again.map((b) => b.id)).toEqual(['jixiao:安亭城运:1:budget', 'jixiao:安亭城运:1:indicators']);
  expect([...fake.bindings.keys()]).toEqual(again.map((b) => b.id));
});

test('reopening: list() restores the forms from the saved map, where Excel moved them; lost ones are reported', async () => {
  const fake = sheets();
  await createOfficeWorkbook({ host: fake.host, prime: false }).bindings.bind(parts);

  // The workbook is reopened (a new task pane, a new adapter); rows were inserted above form 2,
  // and form 1's indicator table was deleted.
  fake.bindings.set('jixiao:安亭城运:2:budget', { sheet: '安亭城运', range: 'A37:I41' });
  fake.bindings.set('jixiao:安亭城运:2:indicators', { sheet: '安亭城运', range: 'A44:I52' });
  fake.bindings.delete('jixiao:安亭城运:1:indicators');
  const wb = createOfficeWorkbook({ host: fake.host, prime: false });
  const before = fake.syncs;
  const status = await wb.bindings.status();
  expect(fake.syncs - before).toBe(2);
  expect(status.bound.map((b) => [b.id, b.range])).toEqual([
    ['jixiao:安亭城运:1:budget', 'A5:I9'],
    ['jixiao:安亭城运:2:budget', 'A37:I41'],
    ['jixiao:安亭城运:2:indicators', 'A44:I52'],
  ]);
  expect(status.lost.map((b) => b.id)).toEqual(['jixiao:安亭城运:1:indicators']);
  expect(await wb.bindings.list()).toEqual(status.bound);
});

test('bindSelection binds the selected range as a user binding under the next free id of its sheet', async () => {
  const fake = sheets();
  const wb = createOfficeWorkbook({ host: fake.host, prime: false });
  fake.selection = { sheet: 'It’s 表', range: 'B5:I9' };
  const b = await wb.bindings.bindSelection('budget');
  expect(b).toEqual({ id: 'jixiao:It’s 表:user1:budget', part: 'budget', sheet: 'It’s 表', range: 'B5:I9' });
  expect(fake.syncs).toBe(2);
  fake.selection = { sheet: 'It’s 表', range: 'B40:I45' };
  expect((await wb.bindings.bindSelection('budget')).id).toBe('jixiao:It’s 表:user2:budget');
  fake.selection = { sheet: 'It’s 表', range: 'K5:S15' };
  expect((await wb.bindings.bindSelection('indicators')).id).toBe('jixiao:It’s 表:user1:indicators');
  expect(((await wb.settings.get('bindings')) as unknown[]).length).toBe(3);
  expect(['jixiao:It’s 表:user2:budget', 'jixiao:It’s 表:2:budget'].map(parseBindingId)).toEqual([
    { sheet: 'It’s 表', n: 2, part: 'budget', user: true },
    { sheet: 'It’s 表', n: 2, part: 'budget', user: false },
  ]);
});

test('bind replaces the automatic bindings of a sheet and leaves what the user bound', async () => {
  const fake = sheets();
  const wb = createOfficeWorkbook({ host: fake.host, prime: false });
  await wb.bindings.bind(parts);
  fake.selection = { sheet: '安亭城运', range: 'K5:S15' };
  const user = await wb.bindings.bindSelection('indicators');
  expect(user.id).toBe('jixiao:安亭城运:user1:indicators');
  // form 2 disappeared: binding form 1 again drops form 2's bindings, not the user's
  await wb.bindings.bind(parts.slice(0, 2));
  expect([...fake.bindings.keys()].sort()).toEqual(['jixiao:安亭城运:1:budget', 'jixiao:安亭城运:1:indicators', 'jixiao:安亭城运:user1:indicators']);
  expect((await wb.bindings.list()).map((b) => b.id).sort()).toEqual([...fake.bindings.keys()].sort());
  expect(fake.bindings.get('jixiao:安亭城运:user1:indicators')).toEqual({ sheet: '安亭城运', range: 'K5:S15' });
});

test('ids with any sheet name, colons too, are read back', () => {
  for (const sheet of ['安亭城运', 'a:b', 'It’s 表', '1:2:budget']) {
    expect(parseBindingId(bindingId(sheet, 3, 'indicators'))).toEqual({ sheet, n: 3, part: 'indicators', user: false });
    expect(parseBindingId(userBindingId(sheet, 12, 'budget'))).toEqual({ sheet, n: 12, part: 'budget', user: true });
  }
  expect(parseBindingId('other:thing')).toBeNull();
});

test('remove deletes the bindings and forgets them; without ExcelApi 1.4: requirementMissing', async () => {
  const fake = sheets();
  const wb = createOfficeWorkbook({ host: fake.host, prime: false });
  await wb.bindings.bind(parts);
  await wb.bindings.remove(['jixiao:安亭城运:1:budget', 'jixiao:nothing:1:budget']);
  expect(fake.bindings.has('jixiao:安亭城运:1:budget')).toBe(false);
  expect((await wb.bindings.list()).map((b) => b.id)).toEqual(['jixiao:安亭城运:1:indicators', 'jixiao:安亭城运:2:budget', 'jixiao:安亭城运:2:indicators']);

  fake.apiMinor = 3;
  const old = createOfficeWorkbook({ host: fake.host, prime: false });
  expect(old.capabilities().bindings).toBe(false);
  await expect(old.bindings.list()).rejects.toMatchObject({ code: 'requirementMissing' });
});
