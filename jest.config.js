/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  // *.test.tsx: the task pane's component tests (each file opts into jsdom with a docblock).
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // test/e2e: the browser tests, run by jest.e2e.config.js (npm run test:e2e).
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  // Type-checking per file is slow on 2 cores; `npm run typecheck` (part of `npm test`) does it once.
  // One transform only: ts-jest caches its settings per Jest config, not per transform entry, so a
  // second entry with another tsconfig would silently get the first one's (tsconfig.jest.json has
  // "jsx" for the task pane's .tsx files).
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] },
  // jest-dom matchers and the ResizeObserver/matchMedia stubs Fluent UI needs; a no-op under node.
  setupFilesAfterEnv: ['<rootDir>/test/taskpane/setup.ts'],
  testTimeout: 60000,
  // office-addin-mock requires office-addin-manifest, whose dependencies are ESM-only (jest:
  // "Unexpected token 'export'"); the mock only uses its OfficeApp enum (test/excel/).
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js',
    // ES modules (d3) that jest cannot load: a stub that shows the data the pane gives the chart
    '^@fluentui/react-charts$': '<rootDir>/test/taskpane/chartsStub.tsx',
  },
};
