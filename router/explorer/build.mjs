#!/usr/bin/env node
// Bundles the explorer (explorer.mjs: GraphiQL, React, Monaco and its workers, styles and
// fonts) into router/dist/explorer/assets, which the router serves under /explorer/. Run by
// the router's `npm run build`; the output is not committed.
import { build } from 'esbuild';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const outdir = join(here, '..', 'dist', 'explorer', 'assets');
const require = createRequire(import.meta.url);
const common = {
  bundle: true,
  minify: true,
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

rmSync(outdir, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { explorer: join(here, 'explorer.mjs') },
  format: 'esm',
  outdir,
  loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'dataurl', '.png': 'dataurl' },
  assetNames: '[name]-[hash]',
});
await build({
  ...common,
  entryPoints: {
    'editor.worker': require.resolve('monaco-editor/esm/vs/editor/editor.worker.js'),
    'json.worker': require.resolve('monaco-editor/esm/vs/language/json/json.worker.js'),
    'graphql.worker': require.resolve('monaco-graphql/esm/graphql.worker.js'),
  },
  format: 'iife',
  outdir,
});

// Pre-compressed copies: the bundle is megabytes of Monaco and GraphiQL, sent once per page load.
for (const file of readdirSync(outdir)) {
  if (/\.(js|css|ttf)$/.test(file)) writeFileSync(join(outdir, `${file}.gz`), gzipSync(readFileSync(join(outdir, file)), { level: 9 }));
}
