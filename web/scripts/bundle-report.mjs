#!/usr/bin/env node
// `npm run bundle:report -w web` (after `npm run build -w web`): the JavaScript a first visit
// downloads for each route's entry — index.html's entry chunk, the route's lazy chunk and
// every chunk they import statically — gzip-compressed, from Vite's manifest. The budget for
// the initial route is the issue's: 250 kB gzip. Exits 1 over budget. --json prints figures.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const BUDGET_KB = 250;
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

/** The chunk of `key` and every chunk it imports statically (what the browser must fetch before it runs). */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) closure(dep, seen);
  return seen;
}

const gzipKb = (keys) => [...keys].reduce((sum, key) => sum + gzipSync(readFileSync(join(dist, manifest[key].file))).length, 0) / 1024;

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const routes = Object.keys(manifest).filter((key) => manifest[key].isDynamicEntry && /src\/(areas|session)\//.test(key));
const rows = routes.map((route) => {
  const keys = closure(entry, closure(route));
  return { route: route.replace(/^src\//, ''), gzipKb: Math.round(gzipKb(keys) * 10) / 10 };
});
const initial = rows.find((row) => row.route === 'areas/customer/BrowsePage.tsx');
if (process.argv.includes('--json')) console.log(JSON.stringify({ budgetKb: BUDGET_KB, initial, routes: rows }));
else {
  for (const row of rows.sort((a, b) => b.gzipKb - a.gzipKb)) console.log(`${String(row.gzipKb).padStart(7)} kB gzip  ${row.route}`);
  console.log(`initial route (/): ${initial?.gzipKb} kB gzip of JavaScript (budget ${BUDGET_KB} kB)`);
}
if (!initial || initial.gzipKb > BUDGET_KB) process.exit(1);
