/**
 * The demo page: what it is (a simulator of Excel), open / drop / download, the spreadsheet on
 * the left and the real task pane on the right — mounted with mountTaskpane into its own root,
 * as Excel hosts it in its own frame, and mounted afresh for every workbook opened.
 */
import { DragEvent, useEffect, useRef, useState, useSyncExternalStore, useCallback } from 'react';
import { mountTaskpane } from '../../taskpane/mount';
import type { DemoPort } from '../port';
import { demoText } from '../strings';
import { Spreadsheet } from './Spreadsheet';

export interface DemoShellProps {
  port: DemoPort | null;
  loading: string | null;
  error: string | null;
  onOpen: (file: File) => void;
  onDownload: () => void;
  /** Called once the task pane has painted its first overview of forms. */
  onPanePainted?: () => void;
}

export function DemoShell({ port, loading, error, onOpen, onDownload, onPanePainted }: DemoShellProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [dragOver, setDragOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setDragOver(false);
    const file = e.dataTransfer.files[0];
    if (file) onOpen(file);
  };
  const wps = port !== null && port.panePort !== port;
  return (
    <div className="page" data-host={wps ? 'wps' : 'excel'}>
      <header className="banner" data-testid="demo-banner">
        <strong>{demoText.title}</strong>
        <span>{wps ? demoText.bannerWps : demoText.banner}</span>
        <span className="en" lang="en">
          {wps ? demoText.bannerWpsEn : demoText.bannerEn}
        </span>
      </header>
      <div className="toolbar">
        <button type="button" onClick={() => fileInput.current?.click()}>
          {demoText.open}
        </button>
        <input
          ref={fileInput}
          type="file"
          hidden
          accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="open-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onOpen(file);
            e.target.value = '';
          }}
        />
        <button type="button" data-testid="download" disabled={!port} onClick={onDownload}>
          {demoText.download}
        </button>
        {port && <FileStatus port={port} />}
        {loading && <span className="status">{loading}</span>}
      </div>
      {error && (
        <div className="error" role="alert" data-testid="demo-error">
          {error}
        </div>
      )}
      <main className="split">
        <section
          className={dragOver ? 'left drag' : 'left'}
          data-testid="drop-zone"
          onDragOver={(e) => {
            e.preventDefault();
            setDragOver(true);
          }}
          onDragLeave={() => setDragOver(false)}
          onDrop={drop}
        >
          {port ? <Spreadsheet key={port.workbook.fileName + port.workbook.original.length} port={port} /> : <p className="empty">{demoText.dropHere}</p>}
        </section>
        <TaskpaneFrame port={port} onPainted={onPanePainted} />
      </main>
    </div>
  );
}

function FileStatus({ port }: { port: DemoPort }) {
  const wb = port.workbook;
  useSyncExternalStore(
    useCallback((l: () => void) => wb.subscribe(l), [wb]),
    () => wb.version,
  );
  return (
    <span className="status" data-testid="file-status">
      {wb.fileName} · {demoText.changedCells(wb.changedCells().length)}
    </span>
  );
}

/** The task pane in its own React root, re-created for every port (a new workbook, a new pane). */
function TaskpaneFrame({ port, onPainted }: { port: DemoPort | null; onPainted?: () => void }) {
  const element = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = element.current;
    if (!el || !port) return;
    const host = document.createElement('div');
    host.className = 'pane-root';
    el.appendChild(host);
    const handle = mountTaskpane(host, port.panePort, { status: 'ready', displayLanguage: 'zh-CN' });
    const observer = new MutationObserver(() => {
      if (!host.querySelector('[data-testid="overview"]')) return;
      observer.disconnect();
      requestAnimationFrame(() => onPainted?.());
    });
    observer.observe(host, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      handle.unmount();
      host.remove();
    };
  }, [port, onPainted]);
  return <aside className="pane" ref={element} data-testid="taskpane" aria-label="任务窗格 / Task pane" />;
}
