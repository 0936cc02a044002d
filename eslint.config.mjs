// Type-aware linting for every workspace. Rules beyond the recommended sets encode the
// house rules: type-only imports, no floating promises, and no reaching into another
// subgraph's code (subgraphs share only packages/events and packages/platform).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/*.js', '**/*.mjs', '**/*.cjs', '.data/**', 'schema/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.ts'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // type-graphql resolvers are async by contract even when a body has nothing to await.
      '@typescript-eslint/require-await': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@foodgraph/users', '@foodgraph/menu', '@foodgraph/orders', '@foodgraph/delivery', '@foodgraph/feedback'],
              message: 'Subgraphs never import each other; share events or platform code instead.',
            },
            { group: ['@foodgraph/*/src/*', '@foodgraph/*/dist/*'], message: 'Import a package by its name, not its internals.' },
          ],
        },
      ],
    },
  },
  {
    // The test kit and the tests that assemble a whole supergraph may import every subgraph.
    files: ['packages/testing/**', 'packages/stack/**', 'tests/**', 'router/tests/**', 'bench/**', 'scripts/**'],
    rules: { 'no-restricted-imports': 'off' },
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
