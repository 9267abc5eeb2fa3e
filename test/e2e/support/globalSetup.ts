/**
 * Jest globalSetup of jest.e2e.config.js: checks that the browser and the demo build are there,
 * starts the demo server on 127.0.0.1 (a free port) with a temporary folder served under
 * /workbooks/, and passes both to the tests through process.env (support/env.ts).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startDemoServer, DemoServer } from '../../../scripts/demo-server';
import { CHROMIUM, DEMO_HTML, ENV_BASE_URL, ENV_WORKBOOKS_DIR, REPO_ROOT, WORKBOOKS_PREFIX } from './env';

export interface E2eGlobal {
  server: DemoServer;
  workbooksDir: string;
}

export default async function globalSetup(): Promise<void> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM}, which is missing. Install Debian's package ` +
        '(`apt-get install chromium fonts-wqy-microhei`; .ci/run installs both with apt-get). ' +
        'Playwright never downloads a browser here.',
    );
  }
  if (!fs.existsSync(DEMO_HTML)) {
    throw new Error(
      `${path.relative(REPO_ROOT, DEMO_HTML)} is missing: build the demo first with \`npm run build:demo\` ` +
        '(`npm run test:e2e` builds it, then runs these tests).',
    );
  }
  const workbooksDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-e2e-'));
  const server = await startDemoServer({ root: path.dirname(DEMO_HTML), host: '127.0.0.1', port: 0, extraDirs: { [WORKBOOKS_PREFIX]: workbooksDir } });
  process.env[ENV_BASE_URL] = server.url;
  process.env[ENV_WORKBOOKS_DIR] = workbooksDir;
  (globalThis as unknown as { __jixiaoE2e?: E2eGlobal }).__jixiaoE2e = { server, workbooksDir };
}
