// (a) The external federation workload in ../shared/bench/federation-gateway: four memoized
// subgraphs nobody on this project wrote and one heavy query with a fixed expected response.
// Its own subgraphs.mjs is spawned as is; only the gateways are ours to start.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { foodgraphRouter, GATEWAY_URL, gatewayEnv, shellQuote, stockGateway } from '../lib/gateways.mjs';
import { startGroup, stopGroup, waitFor } from '../lib/processes.mjs';

const SUBGRAPHS_HEALTH = 'http://127.0.0.1:14200/health';

/** Where the workload lives, relative to the repository root. */
export const externalDir = (root) => resolve(root, '../shared/bench/federation-gateway');

/** Why the external workload cannot run here, or `null` when it can. */
export function externalUnavailable(root) {
  const dir = externalDir(root);
  if (!existsSync(join(dir, 'subgraphs.mjs'))) return `${dir} is not present`;
  if (!existsSync(join(dir, 'node_modules'))) return `its dependencies are not installed (run \`npm install\` in ${dir})`;
  return null;
}

/**
 * Starts the external subgraphs and returns what to measure (the stock reference first) and a
 * `stop()` for the subgraphs. `extra` adds gateways by command line (e.g. Hive Gateway from that
 * folder), run with that folder as working directory.
 */
export async function startExternalWorkload(root, extra = []) {
  const dir = externalDir(root);
  const supergraph = join(dir, 'supergraph.graphql');
  const env = gatewayEnv(supergraph);
  // MEMO=1 as in the harness: the subgraphs answer from memory, so the gateway is measured.
  const subgraphs = startGroup(`node ${shellQuote(join(dir, 'subgraphs.mjs'))}`, { cwd: dir, env: { MEMO: '1' } });
  try {
    await waitFor(async () => (await fetch(SUBGRAPHS_HEALTH)).ok, { child: subgraphs, what: 'external subgraphs' });
  } catch (err) {
    await stopGroup(subgraphs);
    throw err;
  }
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
