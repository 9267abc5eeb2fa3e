/**
 * 一键重算 from the WPS ribbon (src/wps/addin/recalc.ts): the Excel ribbon's recalculation over the
 * port createWpsWorkbook({ app }) returns (here the fake port; the adapter is tested in test/wps),
 * then the short message the ribbon shows — also when the port cannot be created.
 */
import { FakeWorkbookPort } from '../taskpane/fakePort';
import { buildForm, gridOf } from '../support/buildForm';

jest.mock('../../src/wps/wpsWorkbook', () => ({ createWpsWorkbook: jest.fn() }));
import { createWpsWorkbook } from '../../src/wps/wpsWorkbook';
import { recalcActiveWorkbook } from '../../src/wps/addin/recalc';
import type { EtApplication } from '../../src/wps/et';

const create = createWpsWorkbook as jest.MockedFunction<typeof createWpsWorkbook>;
const app = { marker: 'the application' } as unknown as EtApplication;

const form = () =>
  buildForm({
    funds: { total: [752.94, 762.25, 758.02], current: [752.94, 762.25, 758.02], carry: [0, 0, 0], other: [0, 0, 0] },
    rates: { total: 99.44, current: 99.44, carry: 0, other: 0 },
    budgetScore: 9.94,
    indicators: [['产出指标', '数量指标', '完成率', '=100%', '100%', 90, 90]],
    totalScore: 99.94,
    grade: '优',
  });

beforeEach(() => create.mockReset());

test('recalculates through the WPS port of the given application and says what it wrote', async () => {
  create.mockReturnValue(new FakeWorkbookPort([gridOf('城运日常', [{ form: form() }])]));
  const text = await recalcActiveWorkbook(app, 'zh-CN');
  expect(create).toHaveBeenCalledWith({ app });
  expect(text).toBe('绩效自评助手\n一键重算完成。\n已检查 1 张自评表。\n已写入 4 个单元格。');
  const again = await recalcActiveWorkbook(app, 'en-US');
  expect(again).toContain('Everything is up to date');
});

test('no workbook: the pane’s words for the host error, no exception', async () => {
  const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  create.mockImplementation(() => {
    throw Object.assign(new Error('no active workbook'), { code: 'notInExcel' });
  });
  const text = await recalcActiveWorkbook(app, 'zh-CN');
  expect(text.startsWith('绩效自评助手\n一键重算未完成：')).toBe(true);
  expect(text).toContain('(no active workbook)');
  expect(logged).toHaveBeenCalledTimes(1); // the entry page's dev tools (F12) keep the stack
  logged.mockRestore();
});
