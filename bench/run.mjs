#!/usr/bin/env node
// `npm run bench [-- options]`: the foodgraph router side by side with stock @apollo/gateway.
//
//   --only external|own     one workload (default: both; external only when present)
//   --duration S            measured seconds per gateway per round (default 20)
//   --warmup S              unmeasured seconds before that (default 5)
//   --rounds N              interleaved rounds A B A B…, medians reported (default 3)
//   --connections N         concurrent autocannon connections (default 50)
//   --gateway NAME=COMMAND  another gateway on the external workload (repeatable)
//   --hive                  adds Hive Gateway from the external folder, when installed there
//   --build                 rebuild the workspaces first (otherwise only when never built)
//
// Prints one table per scenario and writes the full results to bench/results/<time>.json.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EXTERNAL_SUBGRAPHS_PORT, GATEWAY_PORT, STACK_PORT } from './lib/gateways.mjs';
import { runScenario } from './lib/measure.mjs';
import { portInUse } from './lib/processes.mjs';
import { formatTable, writeResults } from './lib/report.mjs';
import { externalDir, externalUnavailable, startExternalWorkload } from './workloads/external.mjs';
import { ownUnavailable, startOwnWorkload } from './workloads/own.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const log = (line) => console.error(line);

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    duration: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    gateway: { type: 'string', multiple: true, default: [] },
    hive: { type: 'boolean', default: false },
    build: { type: 'boolean', default: false },
  },
});

function positive(name) {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} must be a positive integer, got "${values[name]}"`);
    process.exit(2);
  }
  return n;
}
const options = {
  duration: positive('duration'),
  warmup: positive('warmup'),
  rounds: positive('rounds'),
  connections: positive('connections'),
};
if (values.only && !['external', 'own'].includes(values.only)) {
  console.error(`--only must be "external" or "own", got "${values.only}"`);
  process.exit(2);
}

const extra = values.gateway.map((spec) => {
  const eq = spec.indexOf('=');
  if (eq < 1) {
    console.error(`--gateway takes NAME=COMMAND, got "${spec}"`);
    process.exit(2);
  }
  return { name: spec.slice(0, eq), command: spec.slice(eq + 1) };
});
if (values.hive) {
  const bin = join(externalDir(root), 'node_modules/.bin/hive-gateway');
  // Hive Gateway takes its supergraph and port as arguments; the shell expands them from the environment.
  if (existsSync(bin)) extra.push({ name: 'hive gateway', command: `${bin} supergraph "$SUPERGRAPH" --host "$HOST" --port "$PORT"` });
  else log(`--hive: ${bin} is not installed; measuring without it`);
}

for (const port of [GATEWAY_PORT, EXTERNAL_SUBGRAPHS_PORT, STACK_PORT, STACK_PORT + 1, STACK_PORT + 2]) {
  if (await portInUse(port)) {
    console.error(
      `port ${port} is in use; the benchmark needs ${GATEWAY_PORT} (gateways), ${EXTERNAL_SUBGRAPHS_PORT} (external subgraphs) and ${STACK_PORT}-${STACK_PORT + 5} (own stack)`,
    );
    process.exit(1);
  }
}

const builtMarkers = ['packages/platform/dist/index.js', 'router/dist/main.js'].map((p) => join(root, p));
if (values.build || builtMarkers.some((f) => !existsSync(f))) {
  log('bench: building the workspaces…');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const workloads = [
  { name: 'external', unavailable: () => externalUnavailable(root), start: () => startExternalWorkload(root, extra) },
  { name: 'own', unavailable: () => ownUnavailable(root), start: () => startOwnWorkload(root, log) },
].filter((w) => !values.only || w.name === values.only);

const scenarios = [];
const skipped = [];
for (const workload of workloads) {
  const reason = workload.unavailable();
  if (reason) {
    log(`bench: skipping the ${workload.name} workload: ${reason}`);
    skipped.push({ workload: workload.name, reason });
    continue;
  }
  let running;
  try {
    running = await workload.start();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    log(`bench: the ${workload.name} workload did not start: ${message}`);
    skipped.push({ workload: workload.name, reason: message });
    continue;
  }
  try {
    for (const scenario of running.scenarios) {
      log(
        `bench: ${scenario.name} — ${options.rounds} round(s) of ${options.warmup}+${options.duration} s, ${options.connections} connections`,
      );
      const result = await runScenario(scenario, options, log);
      scenarios.push({ name: scenario.name, gateways: scenario.gateways.map((g) => ({ name: g.name, command: g.command })), ...result });
    }
  } finally {
    await running.stop();
  }
}

for (const s of scenarios) console.log(formatTable(s.name, s.summary));
for (const s of skipped) console.log(`\n${s.workload}: skipped — ${s.reason}`);
const file = writeResults(root, options, { measured: scenarios, skipped });
console.log(`\nratios (×) are to stock @apollo/gateway in this same run; full results: ${file}`);

const incorrect = scenarios.some((s) => Object.values(s.summary).some((g) => !g.correct));
const explicitSkip = values.only && skipped.length > 0;
process.exit(incorrect || explicitSkip || scenarios.length === 0 ? 1 : 0);
