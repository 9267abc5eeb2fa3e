'use strict';
/**
 * ESLint 9 flat config (`npm run lint`, `npm run lint:fix`): ESLint's recommended rules, the
 * Office add-in rules of eslint-plugin-office-addins (load before read, sync after load, no sync
 * in loops, isNullObject …), React's and the rules of hooks, on src/.
 *
 * Not office-addin-lint's own config: it adds prettier/prettier as an error, and src/core and
 * src/cli were not written with Prettier; reformatting them is not worth a noisy diff.
 */
const js = require('@eslint/js');
const tsParser = require('@typescript-eslint/parser');
const tsPlugin = require('@typescript-eslint/eslint-plugin');
const officeAddins = require('eslint-plugin-office-addins');
const { builtinModules } = require('module');
const react = require('eslint-plugin-react');
const reactHooks = require('eslint-plugin-react-hooks');

/**
 * The office-addins/* rules with the severities of the plugin's recommended config, except three
 * that recognise a request context only when its variable is named `context` (plugin 4.0.10,
 * lib/utils/utils.js): with `ctx`, or with loads queued in one function and read after the sync in
 * another (src/excel does both), every read is reported although it follows the sync. They stay
 * on as warnings.
 */
const NAME_BOUND = ['office-addins/call-sync-after-load', 'office-addins/call-sync-before-read', 'office-addins/load-object-before-read'];
const officeRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((c) => Object.entries(c.rules || {}))
    .filter(([name]) => name.startsWith('office-addins/'))
    .map(([name, level]) => [name, NAME_BOUND.includes(name) ? 'warn' : level]),
);

/**
 * src/xlsx is shared by the CLI (Node) and the demo host (browser): no Node built-ins, no Node
 * globals, no UI or Office packages, nothing from the hosts' folders (they import it, not the
 * other way round), and no ExcelJS. test/xlsx/browserSafe.test.ts scans the same files.
 */
const HOST_NEUTRAL = 'src/xlsx runs in Node and in the browser: host-neutral code only (see docs/ARCHITECTURE.md)';
const hostNeutralRules = {
  'no-restricted-imports': [
    'error',
    {
      paths: builtinModules.map((name) => ({ name, message: HOST_NEUTRAL })),
      patterns: [
        { regex: '^node:', message: HOST_NEUTRAL },
        { regex: '^(react|react-dom|@fluentui|office-|@microsoft/office)', message: HOST_NEUTRAL },
        // ExcelJS is the tests' oracle (test/support/exceljsGrids.ts), not a reader of src/.
        { regex: '^exceljs$', message: 'src/xlsx reads packages itself (src/xlsx/read); ExcelJS is a test oracle only' },
        { regex: '^\\.{1,2}/(.*/)?(cli|excel|taskpane|demo|commands|wps|bridge)(/|$)', message: HOST_NEUTRAL },
      ],
    },
  ],
  'no-restricted-globals': ['error', ...['Buffer', 'process', '__dirname', '__filename', 'require'].map((name) => ({ name, message: HOST_NEUTRAL }))],
};

/**
 * src/core is the pure scoring core: it imports only its own files and decimal.js, and uses no
 * host global (Office, Excel, WPS, DOM, Node). dependency-cruiser (.dependency-cruiser.js) checks
 * the same boundary on the resolved graph; this rule names the import at its line in the editor.
 */
const CORE_PURE = 'src/core is pure: only its own files and decimal.js (see docs/ARCHITECTURE.md)';
const coreRules = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { regex: '^(?!\\.{1,2}/|decimal\\.js$)', message: CORE_PURE },
        { regex: '^(\\.\\./)+(xlsx|cli|excel|taskpane|commands|demo|wps|bridge)(/|$)', message: CORE_PURE },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest', 'Office', 'Excel', 'wps', 'Buffer', 'process', 'require', '__dirname', '__filename'].map((name) => ({ name, message: CORE_PURE })),
  ],
};

/** Longer source files allowed, each with its reason (tests are not linted by this rule). */
const MAX_LINES = 200;
const LONG_FILES = {};

module.exports = [
  { ignores: ['dist/**', 'dist-web/**', 'dist-wps/**', 'node_modules/**', 'coverage/**', 'bench/output/**', 'build-tmp/**', 'out/**'] },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true }, warnOnUnsupportedTypeScriptVersion: false },
    },
    plugins: { '@typescript-eslint': tsPlugin, 'office-addins': officeAddins, react, 'react-hooks': reactHooks },
    settings: { react: { version: '18.3' } },
    linterOptions: { reportUnusedDisableDirectives: 'warn' },
    rules: {
      ...js.configs.recommended.rules,
      ...react.configs.flat.recommended.rules,
      ...react.configs.flat['jsx-runtime'].rules,
      ...reactHooks.configs.recommended.rules,
      ...officeRules,
      // TypeScript resolves names (Office, Excel, DOM and Node globals); ESLint's scope does not.
      'no-undef': 'off',
      'no-unused-vars': 'off',
      'no-redeclare': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'react/prop-types': 'off', // TypeScript types the props
    },
  },
  { files: ['src/xlsx/**'], rules: hostNeutralRules },
  { files: ['src/core/**'], rules: coreRules },
  // Files ≤ 200 lines, split by concern; the exceptions below are listed with their reason.
  { files: ['src/**/*.{ts,tsx}'], ignores: Object.keys(LONG_FILES), rules: { 'max-lines': ['error', { max: MAX_LINES }] } },
];
