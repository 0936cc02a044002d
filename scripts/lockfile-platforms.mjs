#!/usr/bin/env node
// Keeps package-lock.json installable with `npm ci` everywhere. The registry mirror this
// project is built against does not serve some platform binaries (@swc/core-*, the
// @unrs/resolver-binding-* of jest's resolver) for platforms other than Linux, so npm cannot
// record them and `npm ci` then refuses the lockfile as "missing" them. This script adds
// the missing entries from each parent's `optionalDependencies`, with the os/cpu/libc that
// the package name encodes; npm skips them on other platforms without downloading anything.
//   node scripts/lockfile-platforms.mjs          (after `npm install`)
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const FAMILIES = [/^@swc\/core-/, /^@unrs\/resolver-binding-/];

/** os, cpu and libc from names like `darwin-arm64`, `linux-x64-musl`, `win32-ia32-msvc`. */
function platformOf(name) {
  const suffix = name.replace(/^@swc\/core-|^@unrs\/resolver-binding-/, '');
  if (suffix.startsWith('wasm32')) return { cpu: ['wasm32'] };
  const [os, cpu, abi] = suffix.split('-');
  const out = { os: [os], cpu: [cpu === 'arm' ? 'arm' : cpu] };
  if (os === 'linux' && abi?.startsWith('musl')) out.libc = ['musl'];
  if (os === 'linux' && abi?.startsWith('gnu')) out.libc = ['glibc'];
  return out;
}

let added = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    if (!FAMILIES.some((f) => f.test(dep))) continue;
    const target = `${key ? `${key}/` : ''}node_modules/${dep}`.replace(/^.*?node_modules\//, 'node_modules/');
    if (lock.packages[target]) continue;
    lock.packages[target] = { version, ...platformOf(dep), ...(entry.dev ? { dev: true } : {}), optional: true };
    added++;
  }
}
writeFileSync(path, JSON.stringify(lock, null, 2) + '\n');
console.log(`lockfile-platforms: added ${added} platform entr${added === 1 ? 'y' : 'ies'}`);
