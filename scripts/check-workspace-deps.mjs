#!/usr/bin/env node
// `npm run lint` runs this: every workspace declares in its own package.json each package its
// src imports. npm hoists everything to the root node_modules, so an undeclared import still
// works here and only breaks when a workspace is installed or deployed on its own.
//   node scripts/check-workspace-deps.mjs [repository root]
import { readFileSync, readdirSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(process.argv[2] ?? join(fileURLToPath(import.meta.url), '../..'));
const SOURCE = /\.(c|m)?(t|j)sx?$/;

/** Every source file below `dir`, skipping build output. */
function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'dist') yield* sourceFiles(path);
    else if (entry.isFile() && SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) yield path;
  }
}

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`; undefined for relative and builtin imports. */
function packageOf(specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/') || isBuiltin(specifier)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The prefixes a workspace's tsconfig.json maps to its own folders (`paths`, e.g. web's `@generated/*`). */
function pathAliases(workspace) {
  try {
    const { config } = ts.readConfigFile(join(root, workspace, 'tsconfig.json'), ts.sys.readFile);
    return Object.keys(config?.compilerOptions?.paths ?? {}).map((key) => key.replace(/\*$/, ''));
  } catch {
    return [];
  }
}

const problems = [];
for (const workspace of JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).workspaces) {
  const manifest = JSON.parse(readFileSync(join(root, workspace, 'package.json'), 'utf8'));
  const declared = new Set([
    manifest.name,
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
    ...Object.keys(manifest.optionalDependencies ?? {}),
  ]);
  const aliases = pathAliases(workspace);
  let files;
  try {
    files = [...sourceFiles(join(root, workspace, 'src'))];
  } catch {
    continue; // a workspace without src (nothing to check)
  }
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    // preProcessFile finds import/export/require/import() exactly as the compiler does, comments excluded.
    for (const { fileName, pos } of ts.preProcessFile(text, true, true).importedFiles) {
      if (aliases.some((alias) => fileName.startsWith(alias))) continue;
      const name = packageOf(fileName);
      if (name === undefined || declared.has(name)) continue;
      const line = text.slice(0, pos).split('\n').length;
      problems.push(`${relative(root, file)}:${line}: imports '${name}', not declared in ${workspace}/package.json`);
    }
  }
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(
    `\n${problems.length} undeclared import(s): add each package to the workspace's dependencies (same range as the root lockfile).`,
  );
  process.exit(1);
}
