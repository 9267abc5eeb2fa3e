/** Renders the task pane over a FakeWorkbookPort and waits until its first check is shown. */
import { render, screen } from '@testing-library/react';
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
