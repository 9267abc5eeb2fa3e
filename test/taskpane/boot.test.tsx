/** @jest-environment jsdom */
/**
 * index.tsx, the page's entry: renders at once; Office.onReady only where office.js is present;
 * inside Excel the WorkbookPort from src/excel (mocked here) and Office's display language.
 * index.tsx gets its own copy of React (isolateModules), so these tests wait like a browser
 * would instead of using act().
 */
import { screen, waitFor, within } from '@testing-library/react';
import { FakeWorkbookPort } from './fakePort';
import { ANTING, antingSpec, workbook } from './forms';

const g = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean; Office?: unknown };
let actEnv: boolean | undefined;

beforeEach(() => {
  actEnv = g.IS_REACT_ACT_ENVIRONMENT;
  g.IS_REACT_ACT_ENVIRONMENT = false;
  document.body.innerHTML = '<div id="container"></div>';
});

afterEach(() => {
  g.IS_REACT_ACT_ENVIRONMENT = actEnv;
  delete g.Office;
  document.body.innerHTML = '';
  jest.resetModules();
});

function loadEntry() {
  jest.isolateModules(() => {
    require('../../src/taskpane/index');
  });
}

test('outside Office (no Office global) the page renders at once and says to open it in Excel', async () => {
  expect(g.Office).toBeUndefined();
  loadEntry();
  const alert = await within(document.getElementById('container') as HTMLElement).findByRole('alert');
  expect(alert).toHaveTextContent('请在 Excel 中打开');
  expect(alert).toHaveTextContent('Open it inside Excel'); // said in English too
});

test('inside Excel: a spinner first, then the pane over createOfficeWorkbook() in Office’s language', async () => {
  const fake = new FakeWorkbookPort(workbook([ANTING, antingSpec()]));
  const create = jest.fn(() => fake);
  jest.doMock('../../src/excel/officeWorkbook', () => ({ createOfficeWorkbook: create }));
  let ready: (info: { host: string }) => void = () => undefined;
  g.Office = {
    HostType: { Excel: 'Excel' },
    context: { displayLanguage: 'en-US' },
    onReady: (cb: (info: { host: string }) => void) => {
      ready = cb;
      return Promise.resolve();
    },
  };
  loadEntry();
  expect(await screen.findByText('正在连接 Excel…')).toBeInTheDocument();
  ready({ host: 'Excel' });
  expect(await screen.findByText('1 forms', undefined, { timeout: 5000 })).toBeInTheDocument();
  expect(create).toHaveBeenCalledTimes(1);
  expect(screen.getByRole('button', { name: 'Recalculate all' })).toBeInTheDocument();
});

test('office.js loaded outside Excel (host is not Excel): the same message', async () => {
  g.Office = { HostType: { Excel: 'Excel' }, context: {}, onReady: (cb: (info: { host: null }) => void) => cb({ host: null }) };
  loadEntry();
  await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('请在 Excel 中打开'));
});
