// The gateways under test and how each is started. Every gateway serves 127.0.0.1:GATEWAY_PORT,
// one at a time, and gets PORT, HOST and SUPERGRAPH as the external harness gives them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';

export const GATEWAY_HOST = '127.0.0.1';
/**
 * Ports of this benchmark, away from the external harness's own (14000 gateway, 14200
 * subgraphs) so both can run on one machine without measuring each other's processes.
 */
export const GATEWAY_PORT = 14300;
export const EXTERNAL_SUBGRAPHS_PORT = 14301;
/** Own stack: its router here, subgraphs on the next five ports (scripts/start.mjs's layout). */
export const STACK_PORT = 14310;
export const GATEWAY_URL = `http://${GATEWAY_HOST}:${GATEWAY_PORT}/graphql`;

/** Quotes one word for `sh -c`. */
export const shellQuote = (word) => `'${String(word).replace(/'/g, `'\\''`)}'`;

/**
 * The environment of a gateway: what the scenario sets, and none of the caller's variables
 * that would silently change where it sends (SUBGRAPH_*_URL) or how it signs. Tuning knobs
 * such as ROUTER_WORKERS pass through, so `ROUTER_WORKERS=1 npm run bench` works.
 */
export function gatewayEnv(supergraphPath, extra = {}) {
  const removed = Object.keys(process.env).filter((k) => /^SUBGRAPH_[A-Z0-9_]+_URL$/.test(k) || k === 'ROUTER_SIGNING_SECRET');
  return {
    ...Object.fromEntries(removed.map((k) => [k, undefined])),
    PORT: String(GATEWAY_PORT),
    HOST: GATEWAY_HOST,
    SUPERGRAPH: supergraphPath,
    NODE_ENV: 'production',
    ...extra,
  };
}

/** Stock @apollo/gateway in @apollo/server — the reference every ratio is computed against. */
export function stockGateway(root, env) {
  return { name: 'stock @apollo/gateway', command: `node ${shellQuote(join(root, 'bench/gateways/stock-gateway.mjs'))}`, cwd: root, env };
}

/** This repository's router, as production starts it. */
export function foodgraphRouter(root, env) {
  return { name: 'foodgraph router', command: `node ${shellQuote(join(root, 'router/dist/main.js'))}`, cwd: root, env };
}

/** Subgraph names of a supergraph file, from its `join__Graph` enum. */
export function subgraphNames(supergraphPath) {
  const sdl = readFileSync(supergraphPath, 'utf8');
  return [...sdl.matchAll(/@join__graph\(\s*name:\s*"([^"]+)"/g)].map((m) => m[1]);
}

/** Field names of object type `typeName` in a supergraph file (empty if the type is absent). */
export function fieldsOf(supergraphPath, typeName) {
  const doc = parse(readFileSync(supergraphPath, 'utf8'));
  const type = doc.definitions.find((d) => d.kind === 'ObjectTypeDefinition' && d.name.value === typeName);
  return new Set(type?.fields?.map((f) => f.name.value) ?? []);
}

/** The variable our router (and the stock reference here) reads a subgraph's URL from. */
export const subgraphUrlVariable = (name) => `SUBGRAPH_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_URL`;
