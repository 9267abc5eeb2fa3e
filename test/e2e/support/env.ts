/**
 * What globalSetup hands the end-to-end tests (through process.env, the only channel from a
 * Jest global setup to the test files), and the fixed paths they share.
 */
import * as path from 'path';

/** The demo server's origin, e.g. 'http://127.0.0.1:41234' (no trailing slash). */
export const ENV_BASE_URL = 'JIXIAO_E2E_BASE_URL';
/** A temporary folder served under WORKBOOKS_PREFIX; tests write workbooks (or any file) into it. */
export const ENV_WORKBOOKS_DIR = 'JIXIAO_E2E_WORKBOOKS_DIR';

export const WORKBOOKS_PREFIX = '/workbooks/';
export const CHROMIUM = '/usr/bin/chromium';
export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const DEMO_HTML = path.join(REPO_ROOT, 'dist-demo', 'demo.html');
export const SHOTS_DIR = path.join(REPO_ROOT, 'test-results', 'e2e');

export function requiredEnv(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: run the browser tests with \`npm run test:e2e\` (jest -c jest.e2e.config.js), whose globalSetup starts the demo server`);
  return v;
}
