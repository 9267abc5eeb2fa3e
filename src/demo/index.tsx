/**
 * Entry of demo.html: opens the bundled example workbook (or `?workbook=<same-origin path>`),
 * makes the in-memory DemoPort and renders the page. Opening another file replaces the port (and
 * so the task pane); a file that cannot be opened leaves the current workbook as it was.
 * `?host=wps`: the pane runs on the WPS port over a fake WPS object model (wps/wpsHost.ts).
 * Performance marks for `npm run bench`: `jixiao-demo:read-start` and `jixiao-demo:workbook-loaded`
 * around the read (bytes → Grids and looks), `jixiao-demo:pane-painted`.
 */
import { useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DemoShell } from './components/DemoShell';
import { downloadWorkbook } from './saveFile';
import { readErrorText } from '../xlsx/read/readErrorText';
import { DemoLoadError, openWorkbook } from './load';
import { gridsInWorker } from './readInWorker';
import { DemoPort } from './port';
import { demoText } from './strings';
import { DemoView } from './view';
import { attachWpsHost, wpsRequested } from './wps/wpsHost';

const EXAMPLE = { url: 'example.xlsx', name: '安亭镇2024年项目支出绩效自评表.xlsx' };

/** The demo server did not serve the workbook: its message is the page's own sentence. */
class FetchFailed extends Error {}

function loadMessage(name: string, err: unknown): string {
  if (err instanceof FetchFailed) return demoText.loadFailed(name) + err.message;
  if (!(err instanceof DemoLoadError)) console.error(err); // a fault of the page's, not of the file
  const why = !(err instanceof DemoLoadError) ? demoText.internalError : err.problem === 'noSheets' ? demoText.noSheets : readErrorText(err.problem, 'zh-CN');
  return demoText.loadFailed(name) + why;
}

/** The workbook named in the address, same origin only: the demo makes no request elsewhere. */
function startingWorkbook(): { url: string; name: string } {
  const asked = new URLSearchParams(window.location.search).get('workbook');
  if (!asked) return EXAMPLE;
  let url: URL;
  try {
    url = new URL(asked, window.location.href);
  } catch {
    return EXAMPLE;
  }
  if (url.origin !== window.location.origin) return EXAMPLE;
  const last = url.pathname.split('/').pop() || 'workbook.xlsx';
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    /* a malformed %-escape: the name as written */
  }
  return { url: url.href, name };
}

async function portFor(bytes: Uint8Array, name: string): Promise<DemoPort> {
  performance.mark('jixiao-demo:read-start');
  const workbook = await openWorkbook(bytes, name, gridsInWorker); // the Grids off the page's thread
  performance.mark('jixiao-demo:workbook-loaded');
  const port = new DemoPort(workbook, new DemoView(workbook.sheetNames()[0]));
  if (wpsRequested(window.location.search)) attachWpsHost(port);
  return port;
}

function DemoApp() {
  const [port, setPort] = useState<DemoPort | null>(null);
  const [loading, setLoading] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const open = useCallback(async (name: string, bytes: () => Promise<Uint8Array>) => {
    setLoading(demoText.loading(name));
    setError(null);
    try {
      setPort(await portFor(await bytes(), name));
    } catch (err) {
      setError(loadMessage(name, err));
    } finally {
      setLoading(null);
    }
  }, []);

  useEffect(() => {
    const start = startingWorkbook();
    void open(start.name, async () => {
      const response = await fetch(start.url);
      if (!response.ok) throw new FetchFailed(demoText.fetchFailed(response.status, response.statusText));
      return new Uint8Array(await response.arrayBuffer());
    });
  }, [open]);

  const onPanePainted = useCallback(() => {
    if (performance.getEntriesByName('jixiao-demo:pane-painted').length === 0) performance.mark('jixiao-demo:pane-painted');
  }, []);

  return (
    <DemoShell
      port={port}
      loading={loading}
      error={error}
      onOpen={(file) => void open(file.name, async () => new Uint8Array(await file.arrayBuffer()))}
      onDownload={() => {
        if (!port) return;
        downloadWorkbook(port.workbook).catch((err: unknown) => {
          console.error(err); // the patcher's or JSZip's own text: for a developer, not the page
          setError(demoText.downloadFailed + demoText.notRewritable);
        });
      }}
      onPanePainted={onPanePainted}
    />
  );
}

const container = document.getElementById('demo');
if (container) createRoot(container).render(<DemoApp />);
