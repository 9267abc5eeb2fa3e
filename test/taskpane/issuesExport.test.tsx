/** @jest-environment jsdom */
/** 导出问题清单: the button writes 「问题清单」 (one read, one writeSheet) and says so in a notice; a user's sheet of that name is left alone. */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { HEADER_ROW, ISSUES_SHEET, SHEET_SIGNATURE, SheetSpec } from '../../src/core';
import { TaskpaneSession } from '../../src/taskpane/session';
import { FakeWorkbookPort } from './fakePort';
import { ANTING, antingSpec, WANGGE, wanggeSpec, workbook } from './forms';
import { memoryStore } from './render.helpers';
import { findOverview, renderPane } from './render';

function port() {
  return new FakeWorkbookPort(workbook([ANTING, antingSpec()], [WANGGE, wanggeSpec()]));
}

const at = (spec: SheetSpec, a1: string) => spec.cells.find((c) => c.cell === a1);
const exportButton = () => screen.getByRole('button', { name: '导出问题清单' });

test('the button writes 「问题清单」 after one read, a row and a link per finding, errors first; the notice gives the count', async () => {
  const fake = port();
  renderPane(fake);
  await findOverview(2);
  const calls = fake.calls.length;
  fireEvent.click(exportButton());
  const notice = await screen.findByText((_, el) => el?.getAttribute('data-notice') === 'issuesWritten', undefined, { timeout: 5000 });
  expect(fake.calls.slice(calls).filter((c) => c === 'read' || c === 'writeSheet' || c === 'apply')).toEqual(['read', 'writeSheet']);
  const spec = fake.sheetsWritten[0];
  expect(spec.name).toBe(ISSUES_SHEET);
  expect(at(spec, 'A2')?.value.text).toBe(SHEET_SIGNATURE);
  const body = spec.cells.filter((c) => c.cell.startsWith('F') && c.style === 'body').map((c) => c.value.text);
  expect(body.length).toBeGreaterThan(1);
  const severities = spec.cells.filter((c) => c.cell.startsWith('E') && c.style === 'body').map((c) => c.value.text);
  expect(severities).toEqual([...severities].sort((a, b) => ['错误', '警告', '提示'].indexOf(a) - ['错误', '警告', '提示'].indexOf(b)));
  expect(at(spec, `D${HEADER_ROW + 1}`)?.link?.sheet).toMatch(new RegExp(`^(${ANTING}|${WANGGE})$`));
  expect(spec.print).toMatchObject({ orientation: 'landscape', titleRows: HEADER_ROW });
  expect(notice.textContent).toContain(String(body.length));
  expect(fake.applied).toHaveLength(0);
});

test('a sheet of that name that the add-in did not write is left alone, with a warning', async () => {
  const fake = port();
  fake.grids.push({ sheet: ISSUES_SHEET, origin: 'A1', values: [['我自己的问题记录'], ['勿动']], merges: [] });
  renderPane(fake);
  await findOverview(2);
  fireEvent.click(exportButton());
  const notice = await screen.findByText((_, el) => el?.getAttribute('data-notice') === 'issuesForeign', undefined, { timeout: 5000 });
  expect(notice.textContent).toContain(ISSUES_SHEET);
  expect(fake.sheetsWritten).toHaveLength(0);
  expect(fake.valueAt(ISSUES_SHEET, 'A1')).toBe('我自己的问题记录');
});

describe('the session action', () => {
  const noEvents = { addEventListener() {}, removeEventListener() {} };
  const session = (fake: FakeWorkbookPort) => new TaskpaneSession(fake, { storage: memoryStore(), storageEvents: noEvents, pause: () => Promise.resolve() });

  test('exported twice: the add-in\'s own sheet is rewritten with the same content; the count is the evaluation\'s', async () => {
    const fake = port();
    const s = session(fake);
    await s.start();
    await s.issues.export();
    const count = s.getState().evaluation?.findings.length;
    expect(s.getState().notice).toEqual({ type: 'issuesWritten', sheet: ISSUES_SHEET, count, printSkipped: false });
    await s.issues.export();
    expect(fake.sheetsWritten).toHaveLength(2);
    expect(fake.sheetsWritten[1]).toEqual(fake.sheetsWritten[0]);
    s.dispose();
  });

  test('a host without page layout: the notice says the print setup was skipped', async () => {
    const fake = port();
    const write = fake.writeSheet.bind(fake);
    fake.writeSheet = async (spec) => ({ ...(await write(spec)), printSkipped: true });
    const s = session(fake);
    await s.start();
    await s.issues.export();
    expect(s.getState().notice).toMatchObject({ type: 'issuesWritten', printSkipped: true });
    s.dispose();
  });

  test('a failure while writing lands in state.error under exportIssues', async () => {
    const fake = port();
    const s = session(fake);
    await s.start();
    fake.writeSheet = () => Promise.reject(Object.assign(new Error('x'), { code: 'protected' }));
    await s.issues.export();
    expect(s.getState().error?.action).toBe('exportIssues');
    await waitFor(() => expect(s.getState().busy).toBeNull());
    s.dispose();
  });
});
