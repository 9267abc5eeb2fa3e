/** Jest globalTeardown of jest.e2e.config.js: stops the demo server, removes the temporary folder. */
import * as fs from 'fs';
import type { E2eGlobal } from './globalSetup';

export default async function globalTeardown(): Promise<void> {
  const g = globalThis as unknown as { __jixiaoE2e?: E2eGlobal };
  const state = g.__jixiaoE2e;
  if (!state) return;
  g.__jixiaoE2e = undefined;
  await state.server.close();
  fs.rmSync(state.workbooksDir, { recursive: true, force: true });
}
