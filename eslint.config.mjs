// Type-aware linting for every workspace. Rules beyond the recommended sets encode the
// house rules: type-only imports, no floating promises, and imports that only run down the
// house — stack/ and testing/ above the router and the subgraphs, those above packages/ (the
// kernel under every process), and inside a subgraph graphql → services → domain.
// tests/lint-rules.test.ts proves each import rule fires on a deliberate violation.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import foodgraph from './eslint.layers.mjs';

const SUBGRAPHS = ['users', 'menu', 'orders', 'delivery', 'feedback', 'notifications'].map((name) => `@foodgraph/${name}`);

/** Package-name imports forbidden everywhere, tests included: a dependency's internals. */
const DEEP_IMPORTS = [
  { regex: '^graphql/', message: "Import from 'graphql' itself; its internal modules are not its API." },
  { regex: '^type-graphql/', message: "Import from 'type-graphql' itself; its internal modules are not its API." },
  {
    regex: '^(@[^/]+/)?[^./][^/]*/(.+/)?(dist|src|lib)(/|$)',
    message: 'Import a package by its name or a subpath it exports, not its build internals (dist/, src/, lib/).',
  },
];

/** no-restricted-imports with the deep-import rule plus `groups` of forbidden packages and why. */
function restrict(groups = {}) {
  const patterns = Object.entries(groups).map(([message, group]) => ({ group, message }));
  return ['error', { patterns: [...DEEP_IMPORTS, ...patterns] }];
}

const WEB_PUBLIC_API =
  "The web app speaks only to the router's public API (schema/generated's typed documents); it imports no foodgraph package.";
const UP_FROM_KERNEL = 'packages/ is the kernel under every process: it never imports a subgraph, the router, stack or testing.';
const SIBLING = 'Subgraphs never import each other; share events or platform code instead.';
const UP_FROM_PROCESS = 'A subgraph or the router never imports what assembles it (stack, testing).';

/** Inside a subgraph's src, `from` never imports `to` (both resolved paths; $1 = the subgraph). */
const LAYER_ZONES = [
  {
    from: '^subgraphs/([^/]+)/src/domain/',
    to: '^subgraphs/$1/src/(entities|services|graphql|events|reactions)(/|$)',
    message: 'domain/ is pure: it imports nothing of entities, services, graphql, events or reactions',
  },
  {
    from: '^subgraphs/([^/]+)/src/entities/',
    to: '^subgraphs/$1/src/(services|graphql|events|reactions)(/|$)',
    message: 'entities/ may import domain/ only',
  },
  {
    from: '^subgraphs/([^/]+)/src/services/',
    to: '^subgraphs/$1/src/(graphql|reactions)(/|$)',
    message: 'services/ never imports graphql/ or reactions/ (they call services, not the other way round)',
  },
  {
    from: '^subgraphs/([^/]+)/src/graphql/',
    to: '^subgraphs/$1/src/reactions(/|$)',
    message: 'graphql/ never imports reactions/',
  },
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/*.js', '**/*.mjs', '**/*.cjs', '.data/**', 'schema/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.ts'] }, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { foodgraph },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // type-graphql resolvers are async by contract even when a body has nothing to await.
      '@typescript-eslint/require-await': 'off',
      'no-restricted-imports': restrict({ [SIBLING]: SUBGRAPHS }),
      'foodgraph/layers': ['error', { zones: LAYER_ZONES }],
      'foodgraph/workspace-boundaries': 'error',
    },
  },
  // Each folder's own list replaces the one above (flat config does not merge rule options).
  {
    files: ['packages/**'],
    rules: {
      'no-restricted-imports': restrict({
        [UP_FROM_KERNEL]: [...SUBGRAPHS, '@foodgraph/router', '@foodgraph/stack', '@foodgraph/testing'],
      }),
    },
  },
  {
    files: ['subgraphs/*/src/**'],
    rules: {
      'no-restricted-imports': restrict({
        [SIBLING]: SUBGRAPHS,
        [UP_FROM_PROCESS]: ['@foodgraph/router', '@foodgraph/stack', '@foodgraph/testing'],
      }),
    },
  },
  {
    files: ['router/src/**'],
    rules: { 'no-restricted-imports': restrict({ [SIBLING]: SUBGRAPHS, [UP_FROM_PROCESS]: ['@foodgraph/stack', '@foodgraph/testing'] }) },
  },
  {
    files: ['stack/**'],
    rules: {
      'no-restricted-imports': restrict({ 'stack/ runs processes; the test kit (testing/) sits above it.': ['@foodgraph/testing'] }),
    },
  },
  {
    // The test kit and the tests that assemble a whole supergraph may import every subgraph.
    files: ['testing/**', 'tests/**', 'router/tests/**', 'bench/**', 'scripts/**'],
    rules: { 'no-restricted-imports': restrict() },
  },
  {
    // The browser app: React's hook rules, and no server code (it is a client like any other).
    files: ['web/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict({ [WEB_PUBLIC_API]: ['@foodgraph/*'] }),
    },
  },
  {
    files: ['**/tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
