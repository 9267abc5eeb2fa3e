/** HostError mapping, settings in the document, requirement sets. */
import { detectCapabilities } from '../../src/excel/capabilities';
import { HOST_ERROR_CODES, HostError, OFFICE_ERROR_CODE_MAP, toHostError } from '../../src/excel/errors';
import { bareAddress, officeHost, sheetOfAddress, splitAreas } from '../../src/excel/host';
import { createOfficeWorkbook } from '../../src/excel/officeWorkbook';
import { FakeExcel } from './fakeExcel';

const officeError = (code: string, message = 'm') => Object.assign(new Error(message), { code, name: 'RichApi.Error' });

describe('HostError', () => {
  test.each([
    ['InvalidArgument', 'unknown'],
    ['ItemNotFound', 'itemNotFound'],
    ['AccessDenied', 'accessDenied'],
    ['RequestPayloadSizeLimitExceeded', 'payloadTooLarge'],
    ['ResponsePayloadSizeLimitExceeded', 'payloadTooLarge'],
    ['PayloadTooLarge', 'payloadTooLarge'],
    ['GeneralException', 'generalException'],
    ['ApiNotFound', 'requirementMissing'],
    ['NotImplemented', 'requirementMissing'],
    ['InvalidOperation', 'unknown'],
    ['InvalidOperationInCellEditMode', 'cellEditMode'],
    ['ConnectionFailure', 'unknown'],
  ])('%s → %s', (officeCode, code) => {
    const e = toHostError(officeError(officeCode, 'original text'));
    expect(e).toBeInstanceOf(HostError);
    expect([e.code, e.officeCode, e.message]).toEqual([code, officeCode, 'original text']);
  });

  test('a write refused by sheet protection is "protected" whichever code the platform uses', () => {
    expect(toHostError(officeError('AccessDenied', 'The cell or chart you are trying to change is on a protected sheet.')).code).toBe('protected');
    expect(toHostError(officeError('InvalidOperation', '您试图更改的单元格或图表位于受保护的工作表中。')).code).toBe('protected');
  });

  test('no Office.js at all → notInExcel; anything else → unknown; a HostError stays as it is', async () => {
    expect(toHostError(new ReferenceError('Excel is not defined')).code).toBe('notInExcel');
    expect(toHostError('boom')).toMatchObject({ code: 'unknown', message: 'boom' });
    const h = new HostError('sheetDeleted', 'x');
    expect(toHostError(h)).toBe(h);
    await expect(officeHost().run(async () => 1)).rejects.toMatchObject({ code: 'notInExcel' });
    expect(officeHost().isSetSupported('ExcelApi', '1.1')).toBe(false);
  });

  test('every mapped code is a listed code', () => {
    for (const code of Object.values(OFFICE_ERROR_CODE_MAP)) expect(HOST_ERROR_CODES).toContain(code);
  });
});

describe('settings', () => {
  test('stored under jixiao.<key> in the document settings and saved with saveAsync', async () => {
    const fake = new FakeExcel([{ name: 'S', values: [['x']] }]);
    const wb = createOfficeWorkbook({ host: fake.host, prime: false });
    expect(await wb.settings.get('profile')).toBeUndefined();
    await wb.settings.set('profile', { name: 'sichuan', lowRate: 90 });
    await wb.settings.set('jixiao.lang', 'en-US'); // already prefixed: not doubled
    expect([...fake.settings.saved.keys()]).toEqual(['jixiao.profile', 'jixiao.lang']);
    expect(fake.settings.saves).toBe(2);
    expect(fake.syncs).toBe(0); // no Excel round trip

    // The next person who opens the file: a new adapter over the same document.
    const other = createOfficeWorkbook({ host: fake.host, prime: false });
    const p = await other.settings.get<{ name: string }>('profile');
    expect(p).toEqual({ name: 'sichuan', lowRate: 90 });
    p!.name = 'changed';
    expect(await other.settings.get('profile')).toEqual({ name: 'sichuan', lowRate: 90 });
    await other.settings.set('lang', undefined);
    expect(fake.settings.saved.has('jixiao.lang')).toBe(false);
  });
});

describe('requirement sets', () => {
  test.each([
    [14, { read: true, mergedAreas: true, bindings: true, markers: true, editEvents: true, sheets: true, pageLayout: true, workbookEditEvents: true, triggerSource: true }],
    [13, { read: true, mergedAreas: true, bindings: true, markers: true, editEvents: true, sheets: true, pageLayout: true, workbookEditEvents: true, triggerSource: false }],
    [9, { read: true, mergedAreas: false, bindings: true, markers: true, editEvents: true, sheets: true, pageLayout: true, workbookEditEvents: true, triggerSource: false }],
    [8, { read: true, mergedAreas: false, bindings: true, markers: true, editEvents: true, sheets: true, pageLayout: false, workbookEditEvents: false, triggerSource: false }],
    [7, { read: true, mergedAreas: false, bindings: true, markers: false, editEvents: true, sheets: true, pageLayout: false, workbookEditEvents: false, triggerSource: false }],
    [2, { read: true, mergedAreas: false, bindings: false, markers: false, editEvents: false, sheets: false, pageLayout: false, workbookEditEvents: false, triggerSource: false }],
    [1, { read: false, mergedAreas: false, bindings: false, markers: false, editEvents: false, sheets: false, pageLayout: false, workbookEditEvents: false, triggerSource: false }],
  ])('ExcelApi 1.%i', (minor, expected) => {
    const fake = new FakeExcel([], { apiMinor: minor });
    expect(detectCapabilities(fake.host)).toEqual({ ...expected, settings: true });
  });

  test('ExcelApi 1.1 only: reading is refused with requirementMissing', async () => {
    const fake = new FakeExcel([{ name: 'S', values: [['x']] }], { apiMinor: 1 });
    const wb = createOfficeWorkbook({ host: fake.host });
    await expect(wb.read()).rejects.toMatchObject({ code: 'requirementMissing' });
    expect(fake.syncs).toBe(0);
  });
});

test('addresses: sheet prefixes, quotes and multi-area addresses', () => {
  expect(bareAddress("'It''s 表'!$B$2:$J$30")).toBe('B2:J30');
  expect(sheetOfAddress("'It''s 表'!B2")).toBe("It's 表");
  expect(sheetOfAddress('Sheet1!B2')).toBe('Sheet1');
  expect(splitAreas("'a,b'!A1:B2, 'a,b'!D4,Sheet2!E5:E9")).toEqual(['A1:B2', 'D4', 'E5:E9']);
});
