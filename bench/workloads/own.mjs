// (b) Our own supergraph with seeded data: `node scripts/start.mjs` runs the real subgraphs
// (PostgreSQL, NATS) in a `bench_foodgraph` namespace and seeds the demo data; the gateways
// under test then run as separate processes against those same subgraphs. The stack's own
// in-process router is used only to seed.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  fieldsOf,
  foodgraphRouter,
  GATEWAY_URL,
  gatewayEnv,
  STACK_PORT,
  stockGateway,
  subgraphNames,
  subgraphUrlVariable,
} from '../lib/gateways.mjs';
import { startGroup, stopGroup, waitFor } from '../lib/processes.mjs';
import { seedBenchRestaurants } from './own-seed.mjs';

/** Kept between runs: seeding happens once, and nothing accumulates on the servers. */
const NAMESPACE = 'bench_foodgraph';
/** scripts/start.mjs puts subgraph i of this list on STACK_PORT + i + 1. */
const STACK_SUBGRAPH_ORDER = ['users', 'menu', 'orders', 'delivery', 'feedback'];
const LISTING_SIZE = 20;

/** The restaurant listing, with the feedback subgraph's fields once the supergraph has them. */
function listingQuery(supergraph) {
  const restaurantFields = fieldsOf(supergraph, 'Restaurant');
  const feedback = ['rating', 'reviewCount'].filter((f) => restaurantFields.has(f)).join(' ');
  return `query RestaurantListing($first: Int!) {
  restaurants(first: $first) {
    edges {
      cursor
      node {
        id name description cuisines isOpen
        address { line1 city postalCode location { lat lng } }
        deliveryFee { amount currency }
        minimumOrder { amount currency }
        owner { id name }
        menu { id name description price { amount currency } available tags }
        ${feedback}
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;
}

/** Why our own workload cannot run here, or `null` when it can. */
export function ownUnavailable(root) {
  const supergraph = join(root, 'schema/supergraph.graphql');
  return existsSync(supergraph) ? null : `${supergraph} is missing (run \`npm run compose\`)`;
}

/** Starts the stack, seeds it and returns the scenarios plus a `stop()` for the stack. */
export async function startOwnWorkload(root, log) {
  const supergraph = join(root, 'schema/supergraph.graphql');
  const secret = randomBytes(32).toString('hex');
  let stdout = '';
  const stack = startGroup('node scripts/start.mjs', {
    cwd: root,
    env: {
      FOODGRAPH_NAMESPACE: NAMESPACE,
      FOODGRAPH_EMBEDDED: 'false',
      DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
      NATS_URL: process.env.NATS_URL ?? 'nats://127.0.0.1:4222',
      PORT: String(STACK_PORT),
      FOODGRAPH_SUBGRAPH_PORT_BASE: String(STACK_PORT),
      HOST: '127.0.0.1',
      ROUTER_SIGNING_SECRET: secret,
      LOG_LEVEL: 'warn',
    },
    onStdout: (chunk) => {
      stdout = (stdout + chunk).slice(-4000);
    },
  });
  try {
    await waitFor(() => stdout.includes('foodgraph is ready at'), { child: stack, timeoutMs: 300_000, what: 'the foodgraph stack' });
    const stackUrl = `http://127.0.0.1:${STACK_PORT}/graphql`;
    const added = await seedBenchRestaurants(stackUrl, LISTING_SIZE);
    log(`own: stack ready in namespace ${NAMESPACE}${added ? `, ${added} restaurants added` : ''}`);

    const urls = Object.fromEntries(
      subgraphNames(supergraph).map((name) => {
        const i = STACK_SUBGRAPH_ORDER.indexOf(name);
        if (i < 0) throw new Error(`subgraph "${name}" has no port in scripts/start.mjs's layout`);
        return [subgraphUrlVariable(name), `http://127.0.0.1:${STACK_PORT + i + 1}/graphql`];
      }),
    );
    const env = gatewayEnv(supergraph, { ...urls, ROUTER_SIGNING_SECRET: secret });
    const gateways = [stockGateway(root, env), foodgraphRouter(root, env)];
    return {
      scenarios: [
        {
          name: `own: restaurant listing (${LISTING_SIZE} restaurants with menu and owner)`,
          url: GATEWAY_URL,
          body: JSON.stringify({ query: listingQuery(supergraph), variables: { first: LISTING_SIZE }, operationName: 'RestaurantListing' }),
          gateways,
        },
      ],
      stop: () => stopGroup(stack, 20_000),
    };
  } catch (err) {
    await stopGroup(stack);
    throw err;
  }
}
