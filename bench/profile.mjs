#!/usr/bin/env node
// Profiles one gateway under the external workload and prints where its CPU goes.
//
//   node bench/profile.mjs [--duration S] [--connections N] [--top N] [--gateway COMMAND]
//
// Starts the external subgraphs, the gateway under `node --cpu-prof` (default: our router,
// ROUTER_WORKERS=1 so one process holds the whole profile), loads it with autocannon, stops it
// and summarizes the .cpuprofile by self time: top functions and top packages/files. The raw
// profile stays in bench/results/profiles/ for speedscope or Chrome DevTools (flame graph).
import autocannon from 'autocannon';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { GATEWAY_URL, gatewayEnv, shellQuote } from './lib/gateways.mjs';
import { startGroup, stopGroup, waitFor } from './lib/processes.mjs';
import { externalSupergraph, externalUnavailable, startExternalWorkload } from './workloads/external.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '50' },
    top: { type: 'string', default: '30' },
    gateway: { type: 'string', default: `node --cpu-prof --cpu-prof-dir=DIR ${shellQuote(join(root, 'router/dist/main.js'))}` },
  },
});
const unavailable = externalUnavailable(root);
if (unavailable) {
  console.error(`profile: the external workload is unavailable: ${unavailable}`);
  process.exit(1);
}

const dir = join(root, 'bench/results/profiles');
mkdirSync(dir, { recursive: true });
const started = Date.now();
const workload = await startExternalWorkload(root);
const [scenario] = workload.scenarios;
const env = gatewayEnv(externalSupergraph(root), { ROUTER_WORKERS: process.env.ROUTER_WORKERS ?? '1' });
const gateway = startGroup(values.gateway.replace('DIR', shellQuote(dir)), { cwd: root, env });
try {
  await waitFor(
    async () => (await fetch(GATEWAY_URL, { method: 'POST', headers: { 'content-type': 'application/json' }, body: scenario.body })).ok,
    {
      child: gateway,
      what: 'gateway',
    },
  );
  const r = await autocannon({
    url: GATEWAY_URL,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: scenario.body,
    connections: Number(values.connections),
    duration: Number(values.duration),
  });
  console.log(`${r.requests.average} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, errors ${r.errors + r.non2xx + r.timeouts}`);
} finally {
  await stopGroup(gateway, 30_000);
  await workload.stop();
}

const profiles = readdirSync(dir)
  .filter((f) => f.endsWith('.cpuprofile'))
  .map((f) => join(dir, f))
  .filter((f) => statSync(f).mtimeMs >= started);
if (!profiles.length) {
  console.error('profile: no .cpuprofile was written (did the gateway exit through process.exit or a signal handler?)');
  process.exit(1);
}

const top = Number(values.top);
for (const file of profiles) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const self = new Map(profile.nodes.map((n) => [n.id, 0]));
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], self.get(profile.samples[i]) + (deltas[i] ?? 0));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map();
  const byPlace = new Map();
  for (const node of profile.nodes) {
    const us = self.get(node.id);
    if (!us) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const place = placeOf(url);
    const fn = `${functionName || '(anonymous)'}  ${place}:${lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    byPlace.set(place, (byPlace.get(place) ?? 0) + us);
  }
  const show = (title, map) => {
    console.log(`\n${title}`);
    for (const [name, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`${((100 * us) / total).toFixed(1).padStart(6)} %  ${name}`);
    }
  };
  console.log(`\n${relative(root, file)}: ${(total / 1e6).toFixed(1)} s sampled`);
  show('self time by function', byFunction);
  show('self time by package / file', byPlace);
}

/** `node_modules/@apollo/gateway/…` → `@apollo/gateway`, our files relative to the repo. */
function placeOf(url) {
  if (!url) return '(native / gc / idle)';
  const path = url.replace(/^file:\/\//, '');
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = path.slice(nm + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (path.startsWith('node:')) return path;
  return relative(root, path);
}
