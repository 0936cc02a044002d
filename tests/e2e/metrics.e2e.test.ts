import { createLogger } from '@foodgraph/platform/logging';
import { createRouter, type Router } from '@foodgraph/router';
import {
  createDemoRestaurant,
  eventually,
  signUp,
  startSupergraph,
  type DemoRestaurant,
  type SignedIn,
  type TestSupergraph,
} from '@foodgraph/testing';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import parsePrometheusTextFormat, { type PrometheusSample } from 'parse-prometheus-text-format';
import { acceptOrder, deliveryOfOrder, placePaidOrder } from './support/journey';

const SUBGRAPHS = ['users', 'menu', 'orders', 'delivery', 'feedback', 'notifications'] as const;

interface Scrape {
  status: number;
  contentType: string | null;
  /** Samples by series name. */
  families: Map<string, PrometheusSample[]>;
}

/**
 * GET /metrics with no credentials and no router signature, parsed as Prometheus text. The
 * parser folds a histogram family into one sample whatever its labels, so after checking that
 * the page parses as served, histograms are read as their plain `_bucket`, `_sum` and `_count`
 * series (each labelled sample on its own).
 */
async function scrape(url: string): Promise<Scrape> {
  const res = await fetch(url);
  const text = await res.text();
  const served = parsePrometheusTextFormat(text);
  expect(served.length).toBeGreaterThan(0);
  const flat = parsePrometheusTextFormat(text.replace(/^# TYPE (\S+) histogram$/gm, '# TYPE $1 untyped'));
  // Label sets alternate `_bucket`, `_sum`, `_count`, so one name comes back as several families.
  const families = new Map<string, PrometheusSample[]>();
  for (const family of flat) families.set(family.name, [...(families.get(family.name) ?? []), ...family.metrics]);
  return { status: res.status, contentType: res.headers.get('content-type'), families };
}

const metricsUrlOf = (graphqlUrl: string): string => new URL('/metrics', graphqlUrl).href;

/** The samples of `name` whose labels include `labels`. */
function samples(s: Scrape, name: string, labels: Record<string, string> = {}): PrometheusSample[] {
  const family = s.families.get(name);
  if (!family) throw new Error(`no series ${name} in: ${[...s.families.keys()].join(', ')}`);
  return family.filter((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v));
}

/** Sum of a counter's or gauge's values over the samples matching `labels`. */
const total = (s: Scrape, name: string, labels: Record<string, string> = {}): number =>
  samples(s, name, labels).reduce((sum, m) => sum + Number(m.value), 0);

/** Observations of a histogram over the samples matching `labels`. */
const observed = (s: Scrape, name: string, labels: Record<string, string> = {}): number => total(s, `${name}_count`, labels);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('GET /metrics on the router and every subgraph after an order journey', () => {
  let sg: TestSupergraph;
  let partner: SignedIn;
  let customer: SignedIn;
  let venue: DemoRestaurant;
  const manifestNames = new Set(
    (
      JSON.parse(readFileSync(join(__dirname, '../../schema/persisted-queries.json'), 'utf8')) as { operations: { name: string }[] }
    ).operations.map((op) => op.name),
  );

  beforeAll(async () => {
    sg = await startSupergraph();
    [partner, customer] = await Promise.all([signUp(sg, 'PARTNER', 'Meta Partner'), signUp(sg, 'CUSTOMER', 'Meta Customer')]);
    venue = await createDemoRestaurant(sg, partner, { items: [{ name: 'Counted soup', price: 900 }] });
    const order = await placePaidOrder(sg, customer, venue, [{ menuItemId: venue.items[0].id, quantity: 2 }]);
    await acceptOrder(sg, partner, order.id);
    // Delivery creates its delivery when orders' acceptance event arrives: then every hop ran.
    await eventually(async () => {
      if (!(await deliveryOfOrder(sg, customer, order.id))) throw new Error('no delivery yet');
    }, 15_000);

    // APQ: a hash alone (miss), then with its text (registered), then alone again (hit).
    const apq = '{ __typename }';
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(apq) } };
    await postJson(sg.url, { extensions });
    await postJson(sg.url, { query: apq, extensions });
    await postJson(sg.url, { extensions });
    // Over the root field limit (20): refused before anything is planned.
    await postJson(sg.url, { query: `{ ${Array.from({ length: 21 }, (_, i) => `f${i}: __typename`).join(' ')} }` });
  });
  afterAll(() => sg?.stop());

  it('the router counts and times operations by bounded name, fetches by subgraph, persisted queries and refusals', async () => {
    const router = await scrape(metricsUrlOf(sg.url));
    expect(router.status).toBe(200);
    expect(router.contentType).toMatch(/^text\/plain; version=0\.0\.4/);

    const placeOrder = { operation_name: 'PlaceOrder', operation_type: 'mutation', outcome: 'ok' };
    expect(total(router, 'foodgraph_router_operations_total', placeOrder)).toBeGreaterThanOrEqual(1);
    expect(observed(router, 'foodgraph_router_operation_duration_seconds', placeOrder)).toBeGreaterThanOrEqual(1);
    expect(total(router, 'foodgraph_router_operation_duration_seconds_sum', placeOrder)).toBeGreaterThan(0);
    // Client-chosen names never become labels: listed names, `anonymous` or `other` only.
    for (const sample of samples(router, 'foodgraph_router_operations_total')) {
      const name = sample.labels?.['operation_name'] ?? '';
      expect(manifestNames.has(name) || name === 'anonymous' || name === 'other').toBe(true);
    }

    expect(
      observed(router, 'foodgraph_router_subgraph_fetch_duration_seconds', { subgraph: 'orders', outcome: 'ok' }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      observed(router, 'foodgraph_router_subgraph_fetch_duration_seconds', { subgraph: 'menu', outcome: 'ok' }),
    ).toBeGreaterThanOrEqual(1);
    for (const result of ['miss', 'registered', 'hit'])
      expect(total(router, 'foodgraph_router_persisted_queries_total', { result })).toBeGreaterThanOrEqual(1);
    expect(total(router, 'foodgraph_router_request_limit_refusals_total')).toBeGreaterThanOrEqual(1);
    expect(total(router, 'foodgraph_router_workers')).toBe(1);
    expect(total(router, 'foodgraph_router_connections', { transport: 'graphql_ws' })).toBe(0);
    expect(samples(router, 'foodgraph_router_upstream_subscriptions')).toHaveLength(1);
    expect(samples(router, 'foodgraph_router_rate_limited_total')).toBeDefined();
    expect(total(router, 'foodgraph_process_cpu_user_seconds_total')).toBeGreaterThan(0);
  });

  it('each subgraph serves its own series without the router signature', async () => {
    const scraped = Object.fromEntries(
      await Promise.all(SUBGRAPHS.map(async (name) => [name, await scrape(metricsUrlOf(sg.stack.subgraphs[name].url))] as const)),
    );
    for (const name of SUBGRAPHS) {
      const s = scraped[name];
      expect(s.status).toBe(200);
      // Every subgraph has an outbox and a PostgreSQL pool.
      expect(total(s, 'foodgraph_outbox_unpublished_events')).toBeGreaterThanOrEqual(0);
      expect(total(s, 'foodgraph_outbox_oldest_unpublished_age_seconds')).toBeGreaterThanOrEqual(0);
      expect(samples(s, 'foodgraph_db_pool_connections', { state: 'in_use' })).toHaveLength(1);
      expect(total(s, 'foodgraph_process_resident_memory_bytes')).toBeGreaterThan(0);
    }
    // Every subgraph but users consumes events: lag from JetStream, and no dead letters.
    for (const name of ['menu', 'orders', 'delivery', 'feedback', 'notifications'] as const) {
      const s = scraped[name];
      expect(samples(s, 'foodgraph_consumer_pending_events').length).toBeGreaterThanOrEqual(1);
      for (const sample of samples(s, 'foodgraph_consumer_pending_events')) expect(Number(sample.value)).toBeGreaterThanOrEqual(0);
      expect(samples(s, 'foodgraph_consumer_dead_letters_total').length).toBeGreaterThanOrEqual(1);
      expect(total(s, 'foodgraph_consumer_dead_letters_total')).toBe(0);
    }

    const orders = scraped.orders;
    expect(
      observed(orders, 'foodgraph_subgraph_operation_duration_seconds', {
        operation_type: 'mutation',
        root_field: 'placeOrder',
        outcome: 'ok',
      }),
    ).toBeGreaterThanOrEqual(1);
    expect(total(orders, 'foodgraph_outbox_published_events_total')).toBeGreaterThanOrEqual(2);
    expect(samples(orders, 'foodgraph_poller_lag_seconds', { poller: 'deadline' })).toHaveLength(1);
    expect(observed(orders, 'foodgraph_poller_pass_duration_seconds', { poller: 'deadline' })).toBeGreaterThanOrEqual(1);
    // Menu reserved stock for the order, orders ran its saga on it, delivery made a delivery.
    for (const name of ['menu', 'orders', 'delivery'] as const)
      expect(observed(scraped[name], 'foodgraph_consumer_handling_duration_seconds', { outcome: 'handled' })).toBeGreaterThanOrEqual(1);
  });
});

describe('METRICS_PORT', () => {
  let router: Router;
  afterAll(() => router?.stop());

  it('moves /metrics off the public port onto its own', async () => {
    router = createRouter({
      supergraphSdl: readFileSync(join(__dirname, '../../schema/supergraph.graphql'), 'utf8'),
      routerSecret: randomBytes(32).toString('hex'),
      subgraphHealthIntervalMs: 0,
      logger: createLogger('test', 'silent'),
      metrics: { port: 0 },
    });
    const { url, metricsUrl } = await router.listen(0);
    expect((await fetch(metricsUrlOf(url))).status).toBe(404);
    const own = await scrape(metricsUrl!);
    expect(own.status).toBe(200);
    expect(total(own, 'foodgraph_router_workers')).toBe(1);
    expect((await fetch(new URL('/graphql', metricsUrl)).catch(() => undefined))?.status).toBe(404);
  });
});

async function postJson(url: string, body: unknown): Promise<void> {
  await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}
