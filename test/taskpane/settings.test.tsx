/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakeWorkbookPort } from './fakePort';
import { ANTING, antingSpec, WANGGE, wanggeSpec, workbook } from './forms';
import { findChanges, findOverview, renderPane } from './render';

function port(caps = {}) {
  return new FakeWorkbookPort(workbook([ANTING, antingSpec()], [WANGGE, wanggeSpec()]), caps);
}

async function openSettings() {
  fireEvent.click(screen.getByRole('button', { name: '设置' }));
  return screen.findByRole('region', { name: '设置' });
}

test('switching the language to English relabels the pane and is stored in the workbook', async () => {
  const fake = port();
  renderPane(fake);
  await findOverview(2);
  const panel = await openSettings();
  fireEvent.change(within(panel).getByLabelText('界面语言'), { target: { value: 'en-US' } });
  expect(await screen.findByRole('button', { name: 'Recalculate all' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Score by rule' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Undo last recalculation' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: '一键重算' })).not.toBeInTheDocument();
  await waitFor(() => expect(fake.store.get('jixiao.lang')).toBe('en-US'));
  // findings follow the language too
  fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
  expect(await screen.findByText(/the grade says "良", but a total of 95.50 gives "优"/)).toBeInTheDocument();
});

test("the workbook's stored settings apply on start (language, profile, inline check)", async () => {
  const fake = port();
  fake.store.set('jixiao.lang', 'en-US');
  fake.store.set('jixiao.profile', { name: 'sichuan', reverseFormula: 'linear', rateRounding: 'two-step', lowExecutionReasonBelow: '90', overAchievementRatio: null });
  fake.store.set('jixiao.inlineCheck', false);
  renderPane(fake);
  await findOverview(2, 'en-US');
  expect(screen.queryByText('一键重算')).not.toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
  const en = await screen.findByRole('region', { name: 'Settings' });
  expect(within(en).getByLabelText('Scoring profile')).toHaveValue('sichuan');
  expect(within(en).getByLabelText('Reverse indicators')).toHaveValue('linear');
  expect(within(en).getByRole('switch', { name: 'Check while typing' })).not.toBeChecked();
  expect(fake.editSubscribers).toBe(0);
});

test('changing the profile stores it and re-evaluates the forms', async () => {
  const fake = port();
  renderPane(fake);
  await findOverview(2);
  const panel = await openSettings();
  fireEvent.change(within(panel).getByLabelText('评分规则'), { target: { value: 'sichuan' } });
  await waitFor(() => expect((fake.store.get('jixiao.profile') as { name: string }).name).toBe('sichuan'));
  const threshold = within(panel).getByLabelText('执行率低于此值须填写原因（留空不检查）');
  expect(threshold).toHaveValue('90');
  fireEvent.change(within(panel).getByLabelText('反向指标算法'), { target: { value: 'linear' } });
  await waitFor(() => expect(fake.store.get('jixiao.profile')).toMatchObject({ name: 'sichuan', reverseFormula: 'linear', lowExecutionReasonBelow: '90' }));
  fireEvent.change(threshold, { target: { value: 'abc' } });
  expect(within(panel).getByText('请输入数字，或留空。')).toBeInTheDocument();
  fireEvent.change(threshold, { target: { value: '80' } });
  fireEvent.blur(threshold);
  await waitFor(() => expect(fake.store.get('jixiao.profile')).toMatchObject({ lowExecutionReasonBelow: '80' }));
});

test('清除标记, 重新识别 and binding the selection call the host', async () => {
  const fake = port();
  renderPane(fake);
  await findOverview(2);
  const panel = await openSettings();
  fireEvent.click(within(panel).getByRole('button', { name: '重新识别' }));
  expect(await screen.findByText('已重新识别并绑定 2 张自评表的预算表和指标表。')).toBeInTheDocument();
  expect(fake.bound.map((b) => [b.sheet, b.part, b.range])).toEqual([
    [ANTING, 'budget', 'A5:H9'],
    [ANTING, 'indicators', 'A12:I22'],
    [WANGGE, 'budget', 'A5:H9'],
    [WANGGE, 'indicators', 'A12:I22'],
  ]);
  fake.selection = { sheet: ANTING, range: 'B30:F34' };
  fireEvent.click(within(panel).getByRole('button', { name: '绑定所选区域为预算表' }));
  expect(await screen.findByText(`已将 ${ANTING}!B30:F34 绑定为预算表。`)).toBeInTheDocument();
  fireEvent.click(within(panel).getByRole('button', { name: '清除标记' }));
  expect(await screen.findByText(/^已清除 \d+ 个标记。$/)).toBeInTheDocument();
  expect(fake.calls).toContain('markers.clear');
});

test('features the host lacks are disabled with a notice instead of failing', async () => {
  const fake = port({ markers: false, bindings: false, editEvents: false, mergedAreas: false, settings: false });
  renderPane(fake);
  await findOverview(2);
  expect(screen.getByText(/无法读取合并单元格（需要 ExcelApi 1.13）/)).toBeInTheDocument();
  const panel = await openSettings();
  expect(within(panel).getByRole('button', { name: '清除标记' })).toBeDisabled();
  expect(within(panel).getByRole('button', { name: '重新识别' })).toBeDisabled();
  expect(within(panel).getByRole('button', { name: '绑定所选区域为指标表' })).toBeDisabled();
  expect(within(panel).getByRole('switch', { name: '输入时检查' })).toBeDisabled();
  expect(within(panel).getByText(/不支持输入时检查（需要 ExcelApi 1.7）/)).toBeInTheDocument();
  expect(within(panel).getByText(/无法在工作簿中保存设置/)).toBeInTheDocument();
  fireEvent.change(within(panel).getByLabelText('界面语言'), { target: { value: 'en-US' } });
  expect(await screen.findByRole('button', { name: 'Recalculate all' })).toBeInTheDocument();
  // nothing was asked of the host that it cannot do
  fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
  fireEvent.click(screen.getByRole('button', { name: 'Recalculate all' }));
  await findChanges('Changes');
  expect(fake.calls.filter((c) => c.startsWith('markers') || c.startsWith('settings') || c.startsWith('bindings') || c === 'onEdit')).toEqual([]);
});

test('inside WPS the pane words what the host lacks for WPS (the port tells the host)', async () => {
  const { uiStrings } = jest.requireActual<typeof import('../../src/taskpane/i18n/strings')>('../../src/taskpane/i18n/strings');
  renderPane(port({ host: 'wps', mergedAreas: false }));
  await findOverview(2);
  const notice = document.querySelector('[data-capability="mergedAreas"]');
  expect(notice?.textContent).toBe(uiStrings('zh-CN', 'wps').capMerged);
  expect(notice?.textContent).not.toBe(uiStrings('zh-CN').capMerged);
});
