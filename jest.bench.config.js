/**
 * `npm run bench -- --only hosts` (scripts/bench-hosts.js): the host-call counts of
 * scripts/bench/hostCalls.bench.ts, run by jest because they drive the TypeScript fakes of test/
 * (the WPS ET object model, the office-addin-mock Excel). Not part of `npm test`.
 */
const base = require('./jest.config');

module.exports = { ...base, roots: ['<rootDir>/scripts/bench'], testMatch: ['**/*.bench.ts'], testPathIgnorePatterns: ['/node_modules/'] };
