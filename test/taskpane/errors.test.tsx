/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { ErrorBoundary } from '../../src/taskpane/components/ErrorBoundary';
import { I18nProvider } from '../../src/taskpane/i18n/I18nContext';
import { mountTaskpane } from '../../src/taskpane/mount';
import { FakeWorkbookPort, hostError } from './fakePort';
import { ANTING, antingSpec, WANGGE, wanggeSpec, workbook } from './forms';
import { findChanges, findOverview, renderPane } from './render';

function port() {
  return new FakeWorkbookPort(workbook([ANTING, antingSpec()], [WANGGE, wanggeSpec()]));
}

test('a protected-sheet failure of the host is explained in Chinese, and the pane stays usable', async () => {
  const fake = port();
  fake.fail('read', hostError('protected', 'The sheet is protected.'), 1);
  renderPane(fake);
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('「检查」未完成');
  expect(alert).toHaveTextContent('工作表受保护，请在「审阅」选项卡撤销工作表保护后重试。');
  expect(alert).toHaveTextContent('详细信息：The sheet is protected.');
  // the buttons still work: the retry in the bar, or the toolbar
  const recalc = screen.getByRole('button', { name: '一键重算' });
  await waitFor(() => expect(recalc).toBeEnabled());
  fireEvent.click(within(alert).getByRole('button', { name: '检查' }));
  await findOverview(2);
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});

test('a failed write names what to do; nothing is recorded for undo; the next try works', async () => {
  const fake = port();
  renderPane(fake);
  await findOverview(2);
  fake.fail('apply', hostError('payloadTooLarge'), 1);
  fireEvent.click(screen.getByRole('button', { name: '一键重算' }));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('「一键重算」未完成');
  expect(alert).toHaveTextContent('请将工作簿拆分为几个文件，或减少一个文件中的自评表数量后重试');
  expect(screen.getByRole('button', { name: '撤销上次重算' })).toBeDisabled();
  expect(fake.valueAt(ANTING, 'G6')).toBe(99.44);
  fireEvent.click(within(alert).getByRole('button', { name: '关闭' }));
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: '一键重算' }));
  await findChanges();
  expect(fake.valueAt(ANTING, 'G6')).toBe(99.45);
});

test('a plain Error (not a HostError) still gets a message with what to do', async () => {
  const fake = port();
  renderPane(fake);
  await findOverview(2);
  fake.fail('select', new TypeError('boom'));
  const finding = screen.getAllByRole('listitem')[0];
  fireEvent.click(within(finding).getByRole('button'));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('「转到单元格」未完成');
  expect(alert).toHaveTextContent('请重试；如仍失败，请关闭并重新打开任务窗格');
  expect(alert).toHaveTextContent('boom');
});

test('when a write fails half-way, the attempted cells can be undone', async () => {
  const fake = port();
  renderPane(fake);
  await findOverview(2);
  const attempted = [{ sheet: ANTING, cell: 'G6', kind: 'rate' as const, before: 99.44, after: { type: 'number' as const, text: '99.45' } }];
  fake.setValue(ANTING, 'G6', 99.45); // the host wrote this one before failing
  fake.fail('apply', Object.assign(hostError('generalException'), { attempted }), 1);
  fireEvent.click(screen.getByRole('button', { name: '一键重算' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('请先退出单元格编辑（按 Enter 或 Esc）再重试');
  const undo = screen.getByRole('button', { name: '撤销上次重算' });
  await waitFor(() => expect(undo).toBeEnabled());
  fireEvent.click(undo);
  await screen.findByText('已撤销：1 个单元格恢复为重算前的值。');
  expect(fake.valueAt(ANTING, 'G6')).toBe(99.44);
});

test('outside Excel the pane says it must be opened in Excel; a port given later connects it', async () => {
  const el = document.createElement('div');
  document.body.appendChild(el);
  let handle!: ReturnType<typeof mountTaskpane>;
  act(() => {
    handle = mountTaskpane(el, null, { status: 'notInExcel', displayLanguage: 'zh-CN' });
  });
  expect(within(el).getByRole('alert')).toHaveTextContent('请在 Excel 中打开');
  expect(within(el).getByRole('alert')).toHaveTextContent('必须在 Excel 中打开');
  await act(async () => {
    handle.update(port(), { status: 'ready', sessionOptions: { storageEvents: undefined, storage: undefined } });
  });
  expect(await within(el).findByText('共 2 张自评表', undefined, { timeout: 5000 })).toBeInTheDocument();
  act(() => handle.unmount());
  el.remove();
});

test('a failure to connect to Excel is shown with what to do', () => {
  render(<App0 />);
  expect(screen.getByRole('alert')).toHaveTextContent('此 Excel 版本缺少所需功能。请使用 Microsoft 365 中的 Excel');
});

function App0() {
  const { App } = jest.requireActual('../../src/taskpane/App') as typeof import('../../src/taskpane/App');
  return <App port={null} status="failed" startupError={hostError('requirementMissing')} displayLanguage="zh-CN" />;
}

test('the error boundary turns a render error into a recoverable panel', () => {
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  let explode = true;
  function Bomb() {
    if (explode) throw new Error('render failed');
    return <p>recovered</p>;
  }
  function Harness() {
    const [, rerender] = useState(0);
    return (
      <I18nProvider lang="zh-CN">
        <button onClick={() => rerender((n) => n + 1)}>rerender</button>
        <ErrorBoundary>
          <Bomb />
        </ErrorBoundary>
      </I18nProvider>
    );
  }
  render(<Harness />);
  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent('任务窗格出现意外错误');
  expect(alert).toHaveTextContent('工作簿未因此被改动');
  explode = false;
  fireEvent.click(within(alert).getByRole('button', { name: '重新加载界面' }));
  expect(screen.getByText('recovered')).toBeInTheDocument();
  spy.mockRestore();
});
