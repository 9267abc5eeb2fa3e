/** @jest-environment jsdom */
/** What the pane says about bindings: forms bound again, a bound range without its table, binding the selection. */
import { fireEvent, screen, within } from '@testing-library/react';
import { FakeWorkbookPort } from './fakePort';
import { ANTING, antingSpec, ODD, ODD_BUDGET, ODD_TABLE, oddSheet, WANGGE, wanggeSpec, workbook } from './forms';
import { findOverview, renderPane } from './render';

async function openSettings() {
  fireEvent.click(screen.getByRole('button', { name: '设置' }));
  return screen.findByRole('region', { name: '设置' });
}

test('reopened with a lost binding and a moved form: 「已重新识别 2 张自评表（绑定丢失或版式已变化）。」', async () => {
  const fake = new FakeWorkbookPort(workbook([ANTING, antingSpec()], [WANGGE, wanggeSpec()]));
  const first = renderPane(fake);
  await findOverview(2);
  first.unmount();
  fake.loseBinding(`jixiao:${WANGGE}:1:budget`);
  fake.insertRows(ANTING, 3, 1, false);
  renderPane(fake);
  await findOverview(2);
  expect(await screen.findByText('已重新识别 2 张自评表（绑定丢失或版式已变化）。')).toBeInTheDocument();
  expect(fake.binding(`jixiao:${WANGGE}:1:budget`)?.range).toBe('A5:H9');
  expect(fake.binding(`jixiao:${ANTING}:1:budget`)?.range).toBe('A6:H10');
});

test('in English: the notice and BINDING_MISMATCH', async () => {
  const fake = new FakeWorkbookPort([oddSheet()]);
  fake.selection = { sheet: ODD, range: 'A60:I64' };
  await fake.bindings.bindSelection('budget');
  fake.bound.push({ id: `jixiao:${ODD}:1:budget`, sheet: ODD, part: 'budget', range: 'A1:H5' }); // out of date
  renderPane(fake, { displayLanguage: 'en-US' });
  await findOverview(1, 'en-US');
  expect(await screen.findByText('Detected 1 forms again (their bindings were lost or the layout changed).')).toBeInTheDocument();
  expect(screen.getByText(/row 60: the range A60:I64 bound as the budget block has no header/)).toBeInTheDocument();
});

test('an odd layout: binding its parts finds the form at once; a bound range without its table is named', async () => {
  const fake = new FakeWorkbookPort([oddSheet()]);
  renderPane(fake);
  await findOverview(1); // only the normal form; the odd one is reported incomplete
  expect(screen.getAllByText(/找到绩效自评表的一部分/)).toHaveLength(2);

  const panel = await openSettings();
  fake.selection = { sheet: ODD, range: ODD_TABLE };
  fireEvent.click(within(panel).getByRole('button', { name: '绑定所选区域为指标表' }));
  expect(await screen.findByText(`已将 ${ODD}!${ODD_TABLE} 绑定为指标表。`)).toBeInTheDocument();
  fake.selection = { sheet: ODD, range: ODD_BUDGET };
  fireEvent.click(within(panel).getByRole('button', { name: '绑定所选区域为预算表' }));
  expect(await screen.findByText(`已将 ${ODD}!${ODD_BUDGET} 绑定为预算表。`)).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: '设置' }));
  await findOverview(2);
  expect(screen.queryByText(/找到绩效自评表的一部分/)).not.toBeInTheDocument();

  // a range bound where there is no table: the finding says so and what to do
  const again = await openSettings();
  fake.selection = { sheet: ODD, range: 'A60:I64' };
  fireEvent.click(within(again).getByRole('button', { name: '绑定所选区域为指标表' }));
  await screen.findByText(`已将 ${ODD}!A60:I64 绑定为指标表。`);
  fireEvent.click(screen.getByRole('button', { name: '设置' }));
  expect(await screen.findByText(/绑定的指标表区域 A60:I64 中找不到表头（一级指标\/三级指标\/分值\/得分…），请重新绑定或重新识别/)).toBeInTheDocument();
});
