// Reads a V8 `.cpuprofile` (node --cpu-prof) and sums self time by function and by package,
// idle time left out, so that "where does this process spend its CPU" is one table.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

/** `node_modules/@apollo/gateway/…` → `@apollo/gateway`; our files relative to `root`. */
function placeOf(url, root) {
  if (!url) return '(native / gc)';
  const path = url.replace(/^file:\/\//, '');
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = path.slice(nm + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (path.startsWith('node:')) return path;
  // A workspace's own build output: its package folder is enough (`subgraphs/orders/dist`).
  const rel = relative(root, path);
  const workspace = /^((?:packages|subgraphs)\/[^/]+|router|stack|testing)\//.exec(rel);
  return workspace ? `${workspace[1]}: ${rel.slice(workspace[0].length)}` : rel;
}

/**
 * Self time of `file` by function and by package: `{ busyMs, byFunction, byPackage }` sorted.
 * `lastMs`: only the samples of the profile's last `lastMs` (the load, without start-up and set-up).
 */
export function summarizeProfile(file, root, lastMs = Number.POSITIVE_INFINITY) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const self = new Map(profile.nodes.map((n) => [n.id, 0]));
  const from = profile.endTime - lastMs * 1000; // microseconds
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    if (at >= from) self.set(profile.samples[i], self.get(profile.samples[i]) + (profile.timeDeltas[i] ?? 0));
  }
  const byFunction = new Map();
  const byPackage = new Map();
  let busy = 0;
  for (const node of profile.nodes) {
    const us = self.get(node.id);
    const { functionName, url, lineNumber } = node.callFrame;
    if (!us || functionName === '(idle)' || functionName === '(program)') continue;
    busy += us;
    const place = placeOf(url, root);
    const pkg = place.split(':')[0];
    const fn = `${functionName || '(anonymous)'}  ${place}:${lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
  }
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]).map(([name, us]) => ({ name, ms: us / 1000, share: us / busy }));
  return { busyMs: busy / 1000, byFunction: sorted(byFunction), byPackage: sorted(byPackage) };
}

/** Text: the top `top` functions and packages of a summary. */
export function profileText(title, summary, top = 15) {
  const lines = [`\n${title}: ${summary.busyMs.toFixed(0)} ms busy (idle left out)`];
  const show = (head, rows) => {
    lines.push(`  ${head}`);
    for (const r of rows.slice(0, top)) lines.push(`  ${(100 * r.share).toFixed(1).padStart(6)} %  ${r.name}`);
  };
  show('self time by package', summary.byPackage);
  show('self time by function', summary.byFunction);
  return lines.join('\n');
}
