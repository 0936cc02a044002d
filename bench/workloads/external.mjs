// (a) The external federation workload in ../shared/bench/federation-gateway: four memoized
// subgraphs nobody on this project wrote and one heavy query with a fixed expected response.
// Its own subgraphs.mjs is spawned as is, moved to this benchmark's port by a preload, and the
// gateways get a copy of its supergraph whose subgraph URLs point there.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXTERNAL_SUBGRAPHS_PORT, foodgraphRouter, GATEWAY_URL, gatewayEnv, shellQuote, stockGateway } from '../lib/gateways.mjs';
import { startGroup, stopGroup, waitFor } from '../lib/processes.mjs';

const HARNESS_SUBGRAPHS = 'http://127.0.0.1:14200/';
const SUBGRAPHS = `http://127.0.0.1:${EXTERNAL_SUBGRAPHS_PORT}/`;

/** Where the workload lives, relative to the repository root. */
export const externalDir = (root) => resolve(root, '../shared/bench/federation-gateway');

/** Why the external workload cannot run here, or `null` when it can. */
export function externalUnavailable(root) {
  const dir = externalDir(root);
  if (!existsSync(join(dir, 'subgraphs.mjs'))) return `${dir} is not present`;
  if (!existsSync(join(dir, 'node_modules'))) return `its dependencies are not installed (run \`npm install\` in ${dir})`;
  return null;
}

/** The workload's supergraph with its subgraph URLs moved to this benchmark's port. */
export function externalSupergraph(root) {
  const sdl = readFileSync(join(externalDir(root), 'supergraph.graphql'), 'utf8');
  const dir = join(root, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'external-supergraph.graphql');
  writeFileSync(file, sdl.replaceAll(HARNESS_SUBGRAPHS, SUBGRAPHS));
  return file;
}

/** Starts the workload's subgraphs (memoized, as in its harness) on this benchmark's port. */
export async function startExternalSubgraphs(root) {
  const dir = externalDir(root);
  const command = `node -r ${shellQuote(join(root, 'bench/lib/listen-port.cjs'))} ${shellQuote(join(dir, 'subgraphs.mjs'))}`;
  const subgraphs = startGroup(command, { cwd: dir, env: { MEMO: '1', BENCH_LISTEN_PORT: String(EXTERNAL_SUBGRAPHS_PORT) } });
  try {
    await waitFor(async () => (await fetch(`${SUBGRAPHS}health`)).ok, { child: subgraphs, what: 'external subgraphs' });
    return subgraphs;
  } catch (err) {
    await stopGroup(subgraphs);
    throw err;
  }
}

/**
 * Starts the external subgraphs and returns what to measure (the stock reference first) and a
 * `stop()` for the subgraphs. `extra` adds gateways by command line (e.g. Hive Gateway from that
 * folder); SUPERGRAPH, PORT and HOST in their environment say where to read and listen.
 */
export async function startExternalWorkload(root, extra = []) {
  const dir = externalDir(root);
  const env = gatewayEnv(externalSupergraph(root));
  const subgraphs = await startExternalSubgraphs(root);
  return {
    scenarios: [
      {
        name: 'external: TestQuery (4 subgraphs, 16 fetches, 465 representations)',
        url: GATEWAY_URL,
        body: JSON.stringify({ query: readFileSync(join(dir, 'query.graphql'), 'utf8') }),
        expected: JSON.parse(readFileSync(join(dir, 'expected-response.json'), 'utf8')),
        gateways: [
          stockGateway(root, env),
          foodgraphRouter(root, env),
          ...extra.map(({ name, command }) => ({ name, command, cwd: dir, env })),
        ],
      },
    ],
    stop: () => stopGroup(subgraphs),
  };
}
