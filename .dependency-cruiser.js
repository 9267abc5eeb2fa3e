'use strict';
/**
 * The module graph of src/, checked by `npm run lint` (dependency-cruiser): no import cycle
 * between files anywhere, and dependencies pointing inward only —
 *   core ← xlsx ← cli / excel / demo / taskpane / commands   (bridge: the ribbon↔pane contract)
 * test/lint/boundaries.test.ts plants violations and sees this config refuse them.
 */
const OUTER = '^src/(cli|excel|taskpane|commands|demo|wps|bridge)(/|$)';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A file may not import itself back through others: cut the loop with a narrow interface or a module both import.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'src/core imports only src/core and decimal.js: no Office, React, DOM, Node, ExcelJS or zip library.',
      from: { path: '^src/core' },
      to: { pathNot: ['^src/core', '^node_modules/decimal\\.js'] },
    },
    {
      name: 'xlsx-is-host-neutral',
      severity: 'error',
      comment: 'src/xlsx runs in Node and in the browser: core and zip libraries only, no host folder, no Node built-in.',
      from: { path: '^src/xlsx' },
      to: { pathNot: ['^src/(core|xlsx)(/|$)', '^node_modules/(jszip|fflate)(/|$)'] },
    },
    {
      name: 'nothing-imports-cli',
      severity: 'error',
      comment: 'The CLI is an outer layer: nothing else in src imports it.',
      from: { path: '^src', pathNot: '^src/cli' },
      to: { path: '^src/cli' },
    },
    {
      name: 'nothing-imports-demo',
      severity: 'error',
      comment: 'The demo host is an outer layer: nothing else in src imports it.',
      from: { path: '^src', pathNot: '^src/demo' },
      to: { path: '^src/demo' },
    },
    {
      name: 'inner-layers-stay-inner',
      severity: 'error',
      comment: 'core and xlsx never import an outer folder.',
      from: { path: '^src/(core|xlsx)' },
      to: { path: OUTER },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true, // type-only imports count: a type loop is a loop
    // includes the Node and the browser code; absolute, so that test/lint can cruise a planted tree
    tsConfig: { fileName: require('path').join(__dirname, 'tsconfig.web.json') },
    exclude: { path: '\\.(html|md|css)$' },
  },
};
