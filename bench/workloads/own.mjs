// (b) Our own supergraph with seeded data: `node scripts/start.mjs` runs the real subgraphs
// (PostgreSQL, NATS) in a `bench_foodgraph` namespace and seeds the demo data; the gateways
// under test then run as separate processes against those same subgraphs. The stack's own
// in-process router is used only to seed. Two scenarios: an anonymous restaurant listing
// (menu + users + feedback) and the demo customer's order detail (all five subgraphs).
import { DEMO_LOGINS } from '@foodgraph/stack';
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
import { login, seedBenchRestaurants } from './own-seed.mjs';
import { seedReviewedOrder } from './own-seed-order.mjs';

/** Kept between runs: seeding happens once, and nothing accumulates on the servers. */
const NAMESPACE = 'bench_foodgraph';
/** scripts/start.mjs puts subgraph i of this list on STACK_PORT + i + 1. */
const STACK_SUBGRAPH_ORDER = ['users', 'menu', 'orders', 'delivery', 'feedback'];
const LISTING_SIZE = 20;
const ORDERS_ORIGIN = `http://127.0.0.1:${STACK_PORT + STACK_SUBGRAPH_ORDER.indexOf('orders') + 1}`;

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

/**
 * What an order's page shows its customer, one field group per subgraph: the order and its
 * history (orders), the dishes (menu), restaurant, owner, customer and actor names (menu,
 * users), the delivery and its courier (delivery) and the review plus ratings (feedback).
 */
const ORDER_DETAIL = `query OrderDetail($id: ID!) {
  order(id: $id) {
    id number status placedAt estimatedReadyAt
    subtotal { amount currency } deliveryFee { amount currency } total { amount currency }
    payment { method status paidAt }
    customer { id name }
    restaurant { id name address { line1 city } owner { id name } rating reviewCount }
    lines { name quantity unitPrice { amount currency } lineTotal { amount currency } menuItem { id name description tags } }
    history { status at actor { name } }
    delivery { status distanceMeters assignedAt pickedUpAt deliveredAt courier { id name vehicle rating } }
    review { restaurantRating courierRating comment createdAt author { name } }
  }
}`;

/** Why our own workload cannot run here, or `null` when it can. */
export function ownUnavailable(root) {
  const supergraph = join(root, 'schema/supergraph.graphql');
  return existsSync(supergraph) ? null : `${supergraph} is missing (run \`npm run compose\`)`;
}

/** Starts the stack, seeds it and returns the scenarios plus a `stop()` for the stack. */
export async function startOwnWorkload(root, log) {
  const supergraph = join(root, 'schema/supergraph.graphql');
  const secret = randomBytes(32).toString('hex');
  const webhookSecret = randomBytes(24).toString('hex');
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
      // The seed plays the payment provider with it (the namespace persists, the secret need not).
      SANDBOX_WEBHOOK_SECRET: webhookSecret,
      // The seed moves its order itself; the demo kitchen must not race it.
      KITCHEN_SIMULATOR_SECONDS: '0',
      // The customer's token is taken once and sent for the whole run, which can outlast the
      // default 15 minutes with many rounds; our router would then refuse it and stock would not.
      ACCESS_TOKEN_TTL: '12h',
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
    const { orderId, created } = await seedReviewedOrder(stackUrl, { ordersUrl: ORDERS_ORIGIN, webhookSecret });
    const seeded = [added ? `${added} restaurants added` : '', created ? `order ${orderId} delivered and reviewed` : ''].filter(Boolean);
    log(`own: stack ready in namespace ${NAMESPACE}${seeded.length ? `, ${seeded.join(', ')}` : ''}`);
    // Taken after seeding, so the token is as fresh as it can be when the measuring starts.
    const customerToken = await login(stackUrl, DEMO_LOGINS.customer);

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
        {
          name: 'own: order detail (a delivered, reviewed order across all five subgraphs, as its customer)',
          url: GATEWAY_URL,
          body: JSON.stringify({ query: ORDER_DETAIL, variables: { id: orderId }, operationName: 'OrderDetail' }),
          headers: { authorization: `Bearer ${customerToken}` },
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
