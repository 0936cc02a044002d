/**
 * One jest run for the whole monorepo. Workspace imports map to sources so tests never run
 * against a stale build; @swc/jest compiles with the same decorator semantics as tsc.
 * Two projects: `unit` needs no PostgreSQL, NATS or Redis (`npm test -- --selectProjects unit`),
 * `integration` is everything else; `npm test` runs both,
 * one file at a time in a worker process that is replaced once it holds more than 2 GB after
 * a file (`--maxWorkers=1 --workerIdleMemoryLimit=2GB`): in-band, the module registries of
 * 200 files add up past Node's default heap limit.
 */

/** The lint-rule test lints virtual files in a child process: no services, so a unit test. */
const UNIT_OUTSIDE_UNIT_FOLDERS = ['<rootDir>/tests/lint-rules.test.ts'];

/** @type {import('jest').Config} */
const shared = {
  testEnvironment: 'node',
  roots: [
    '<rootDir>/packages',
    '<rootDir>/subgraphs',
    '<rootDir>/router',
    '<rootDir>/stack',
    '<rootDir>/testing',
    '<rootDir>/schema',
    '<rootDir>/tests',
  ],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
  },
  moduleNameMapper: {
    '^@foodgraph/(events|platform)$': '<rootDir>/packages/$1/src',
    // The platform's subpath exports (@foodgraph/platform/errors, /db, …), each a folder with an index.ts.
    '^@foodgraph/platform/(.+)$': '<rootDir>/packages/platform/src/$1',
    '^@foodgraph/(stack|testing)$': '<rootDir>/$1/src',
    '^@foodgraph/testing/(.+)$': '<rootDir>/testing/src/$1',
    '^@foodgraph/(users|menu|orders|delivery|feedback|notifications)$': '<rootDir>/subgraphs/$1/src',
    '^@foodgraph/router$': '<rootDir>/router/src',
  },
  setupFiles: ['reflect-metadata'],
};

/** @type {import('jest').Config} */
module.exports = {
  // A global option: jest ignores it inside a project's config.
  testTimeout: 60_000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['**/tests/unit/**/*.test.ts', ...UNIT_OUTSIDE_UNIT_FOLDERS],
    },
    {
      ...shared,
      displayName: 'integration',
      // Stops what a test file's tests left running (testing/src/leftovers.ts).
      setupFilesAfterEnv: ['<rootDir>/testing/jest/dispose-leftovers.ts'],
      testMatch: ['**/tests/**/*.test.ts'],
      testPathIgnorePatterns: [...shared.testPathIgnorePatterns, '/tests/unit/', ...UNIT_OUTSIDE_UNIT_FOLDERS],
    },
  ],
};
