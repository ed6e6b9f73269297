/** @type {import('jest').Config} */
const swc = ['@swc/jest', require('./src/platform/swc-options.js')];

// openid-client and its dependencies ship ESM only; jest's CommonJS sandbox cannot import() them, so they are
// compiled to CommonJS like our own code (Node itself loads them natively).
const ESM_PACKAGES = ['openid-client', 'oauth4webapi', 'jose'];
const swcJs = [
  '@swc/jest',
  { swcrc: false, jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } },
];

module.exports = {
  testEnvironment: '<rootDir>/test/support/node-environment.js',
  transform: { '^.+\\.ts$': swc, [`/node_modules/(${ESM_PACKAGES.join('|')})/.+\\.js$`]: swcJs },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  // A test (or a beforeAll that starts an app on a fresh database) that has not finished in 2 minutes is stuck, not
  // slow: on a shared 2-core machine a file's app start alone was seen to take over 60 s under load (2026-11-29).
  testTimeout: 120000,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.test.ts'],
  modulePathIgnorePatterns: ['<rootDir>/dist', '<rootDir>/.data'],
};
