/**
 * End-to-end tests in a real browser (`npm run test:e2e` = build:demo, then
 * `jest -c jest.e2e.config.js`): Debian's /usr/bin/chromium driven by playwright-core (which never
 * downloads a browser), against dist-demo/ served by scripts/demo-server.js on 127.0.0.1.
 * The main jest.config.js ignores test/e2e/.
 */
/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] },
  // One browser at a time: the machines have 2 cores, and timings in the tests stay meaningful.
  maxWorkers: 1,
  testTimeout: 60000,
  globalSetup: '<rootDir>/test/e2e/support/globalSetup.ts',
  globalTeardown: '<rootDir>/test/e2e/support/globalTeardown.ts',
};
