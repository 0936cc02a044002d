#!/usr/bin/env node
// `npm run codegen:check`: runs graphql-codegen with codegen.yml without writing anything and
// exits 1 when a generated file (schema/generated/*, schema/persisted-queries.json) differs from
// the one checked in, or when one is missing — i.e. someone changed schema/operations or the
// API schema and forgot `npm run codegen`. --root DIR checks another checkout.
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const root = args[0] === '--root' && args[1] ? resolve(args[1]) : resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main() {
  const { config } = await loadCodegenConfig({ configFilePath: join(root, 'codegen.yml') });
  const outputs = await generate({ ...config, cwd: root, silent: true }, false);
  const stale = [];
  for (const { filename, content } of outputs) {
    const path = resolve(root, filename);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== content) stale.push(filename);
  }
  if (stale.length) {
    console.error(`out of date: ${stale.join(', ')} — run npm run codegen and commit the result`);
    return 1;
  }
  console.error(`generated files are up to date (${outputs.length} files)`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
