#!/usr/bin/env node
// Keeps package-lock.json installable with `npm ci` everywhere. The registry mirror this
// project is built against does not serve some platform binaries (@swc/core-*, the
// @unrs/resolver-binding-* of jest's resolver) for platforms other than Linux, so npm cannot
// record them and `npm ci` then refuses the lockfile as "missing" them. This script adds
// the missing entries from each parent's `optionalDependencies`, with the os/cpu/libc that
// the package name encodes; npm skips them on other platforms without downloading anything.
//   node scripts/lockfile-platforms.mjs [lockfile]     (runs as the root postinstall)
//
// It must write exactly what `npm install` itself would write back, or every install rewrites
// the lockfile: so an entry goes where npm hoists it (the top-level node_modules, not under
// its parent, where it would shadow the real binary npm recorded there with its integrity),
// entries already recorded anywhere on the parent's resolution path count as present, and
// keys are ordered as npm orders them.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FAMILIES = [/^@swc\/core-/, /^@unrs\/resolver-binding-/];

/** os, cpu and libc from names like `darwin-arm64`, `linux-x64-musl`, `win32-ia32-msvc`. */
function platformOf(name) {
  const suffix = name.replace(/^@swc\/core-|^@unrs\/resolver-binding-/, '');
  if (suffix.startsWith('wasm32')) return { cpu: ['wasm32'] };
  const [os, cpu, abi] = suffix.split('-');
  const out = { os: [os], cpu: [cpu] };
  if (os === 'linux' && abi?.startsWith('musl')) out.libc = ['musl'];
  if (os === 'linux' && abi?.startsWith('gnu')) out.libc = ['glibc'];
  return out;
}

/** Where node looks for `dep` required from the package at `key`, nearest first. */
function resolutionPath(key, dep) {
  const out = [];
  let dir = key;
  for (;;) {
    out.push(`${dir ? `${dir}/` : ''}node_modules/${dep}`);
    if (!dir) return out;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut === -1 ? '' : dir.slice(0, cut);
  }
}

/** An entry this script made (npm records `resolved`/`integrity` for what it downloaded). */
const isPlaceholder = (entry) => entry && !entry.resolved && !entry.integrity;

// npm's own order (@npmcli/arborist shrinkwrap): these keys first, the rest by localeCompare.
const KEY_ORDER = ['name', 'version', 'lockfileVersion', 'resolved', 'integrity', 'requires', 'packages', 'dependencies'];
const compare = (a, b) => a.localeCompare(b, 'en');
function npmOrdered(entry) {
  const keys = Object.keys(entry).sort((a, b) => {
    const ia = KEY_ORDER.indexOf(a);
    const ib = KEY_ORDER.indexOf(b);
    if (ia !== -1 || ib !== -1) return (ia === -1 ? Infinity : ia) - (ib === -1 ? Infinity : ib);
    return compare(a, b);
  });
  return Object.fromEntries(keys.map((k) => [k, entry[k]]));
}

/**
 * Adds the missing platform entries to a parsed lockfile (v2/v3), in place, and returns how
 * many it added. Placeholders that shadow an entry npm recorded further up are removed, and a
 * nested placeholder moves up to the top level when that place is free.
 */
export function addPlatformEntries(lock) {
  const packages = lock.packages;
  const before = new Set(Object.keys(packages));
  let added = 0;
  for (const [key, entry] of Object.entries(packages)) {
    for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
      if (!FAMILIES.some((f) => f.test(dep))) continue;
      const path = resolutionPath(key, dep);
      const real = path.find((p) => packages[p] && !isPlaceholder(packages[p]));
      for (const p of path) if (isPlaceholder(packages[p])) delete packages[p];
      if (real) continue;
      // The farthest free place, as npm hoists: the top level unless another version holds it.
      const target = [...path].reverse().find((p) => !packages[p]) ?? path[0];
      packages[target] = npmOrdered({ version, ...platformOf(dep), ...(entry.dev ? { dev: true } : {}), optional: true });
      if (!before.has(target)) added++;
    }
  }
  lock.packages = Object.fromEntries(
    Object.keys(packages)
      .sort(compare)
      .map((k) => [k, packages[k]]),
  );
  return added;
}

const invokedDirectly = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (invokedDirectly) {
  const path = process.argv[2] ? resolve(process.argv[2]) : new URL('../package-lock.json', import.meta.url);
  const text = readFileSync(path, 'utf8');
  const lock = JSON.parse(text);
  const added = addPlatformEntries(lock);
  const next = JSON.stringify(lock, null, 2) + '\n';
  // Unchanged content is not rewritten, so a clean tree stays untouched (mtime included).
  if (next !== text) writeFileSync(path, next);
  console.log(
    `lockfile-platforms: ${next === text ? 'lockfile already complete' : `added ${added} platform entr${added === 1 ? 'y' : 'ies'}`}`,
  );
}
