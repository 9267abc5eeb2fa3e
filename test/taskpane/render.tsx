/** Renders the task pane over a FakeWorkbookPort and waits until its first check is shown. */
import { fireEvent, render, screen } from '@testing-library/react';
import { App, AppProps } from '../../src/taskpane/App';
import type { KeyValueStore } from '../../src/bridge/requests';
import { FakeWorkbookPort } from './fakePort';
import { memoryStore } from './render.helpers';

export { memoryStore };

export interface RenderPaneOptions extends Partial<AppProps> {
  storage?: KeyValueStore;
}

export function renderPane(port: FakeWorkbookPort, o: RenderPaneOptions = {}) {
  const { storage = memoryStore(), ...props } = o;
  return render(
    <App
      port={port}
      displayLanguage="zh-CN"
      {...props}
      sessionOptions={{ storage, storageEvents: undefined, pause: () => Promise.resolve(), ...props.sessionOptions }}
    />,
  );
}

/** The overview after the first check: 「共 n 张自评表」. */
export async function findOverview(forms: number, lang: 'zh-CN' | 'en-US' = 'zh-CN') {
  return screen.findByText(lang === 'zh-CN' ? `共 ${forms} 张自评表` : `${forms} forms`, undefined, { timeout: 5000 });
}

/**
 * The change list of the last write (role table 「改动」 / "Changes"), unfolded first: it starts
 * folded under the result's summary.
 */
export async function findChanges(name: '改动' | 'Changes' = '改动') {
  const toggle = await screen.findByTestId('changes-toggle', undefined, { timeout: 5000 });
  if (toggle.getAttribute('aria-expanded') !== 'true') fireEvent.click(toggle);
  return screen.findByRole('table', { name });
}
