#!/usr/bin/env node
// Lints source texts as if they were files at the given repository paths, with the repo's own
// eslint.config.mjs, and prints what each rule reported. The paths are virtual: no fixture file
// is ever written into a subgraph. Type information is switched off (TypeScript's project
// service only knows files on disk); the import rules under test do not use it.
// Runs as its own process because ESLint loads its flat config with import(), which jest's
// module sandbox allows only under --experimental-vm-modules.
//   echo '[{"filePath":"subgraphs/x/src/domain/a.ts","code":"..."}]' | node tests/lint-fixtures/lint-virtual-files.mjs
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });
const inputs = JSON.parse(readFileSync(0, 'utf8'));
const out = [];
for (const { filePath, code } of inputs) {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  out.push({ filePath, messages: (result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message })) });
}
process.stdout.write(JSON.stringify(out));
