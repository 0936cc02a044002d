/**
 * One jest run for the whole monorepo. Workspace imports map to sources so tests never run
 * against a stale build; @swc/jest compiles with the same decorator semantics as tsc.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/packages', '<rootDir>/subgraphs', '<rootDir>/router', '<rootDir>/schema', '<rootDir>/tests'],
  testMatch: ['**/tests/**/*.test.ts'],
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
    '^@foodgraph/(events|platform|stack|testing)$': '<rootDir>/packages/$1/src',
    '^@foodgraph/(users|menu|orders|delivery|feedback)$': '<rootDir>/subgraphs/$1/src',
    '^@foodgraph/router$': '<rootDir>/router/src',
  },
  setupFiles: ['reflect-metadata'],
  testTimeout: 60_000,
};
