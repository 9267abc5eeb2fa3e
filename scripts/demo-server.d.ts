// Types for scripts/demo-server.js (plain CommonJS), for the TypeScript tests that load it.

export interface DemoServer {
  /** e.g. 'http://127.0.0.1:41234' (no trailing slash) */
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface DemoServerOptions {
  /** Folder served at '/', relative to the repository root unless absolute. Default 'dist-demo'. */
  root?: string;
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default 3000; 0 = any free port. */
  port?: number;
  /** URL prefix ('/workbooks/') → folder. */
  extraDirs?: Record<string, string>;
  /** Where '/' redirects. Default '/demo.html'. */
  index?: string;
}

export function startDemoServer(options?: DemoServerOptions): Promise<DemoServer>;
export function contentType(file: string): string;
export function resolveInside(dir: string, rel: string): string | null;
