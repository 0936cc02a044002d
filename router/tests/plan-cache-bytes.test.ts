import { ApolloServer } from '@apollo/server';
import { createLogger } from '@foodgraph/platform/logging';
import { createPubSub } from '@foodgraph/platform/subscriptions';
import { PlanRunner } from '../src/execution/run-plan';
import { createGateway, type RouterGateway } from '../src/gateway/create-gateway';
import { buildSupergraphModel } from '../src/supergraph/supergraph-model';
import { signedServiceMap } from '../src/transport/signed-service-map';
import { SubscriptionPlanner } from '../src/subscriptions/subscription-planner';
import { SubgraphPools } from '../src/transport/subgraph-pools';
import { startCatalogSubgraphs } from './fixtures/catalog-subgraphs';
import { composeSupergraph } from './fixtures/compose-supergraph';
import { startLabels, startThings } from './fixtures/thing-subgraphs';

const SECRET = 'plan-cache-bytes-test-secret-0123456789';
const BUDGET = 2 * 1024 * 1024;

/** A distinct, valid operation of about `bytes`: a comment pads it (comments are no tokens). */
function paddedQuery(bytes: number, n: number): string {
  const head = `{ products(first: 1) { id name reviews { body } } } # ${n} `;
  return head + 'x'.repeat(bytes - head.length);
}

/**
 * The router's prepared-operation cache (plan + compiled form per distinct text) through the
 * router's own gateway and Apollo's pipeline: distinct large documents fill it up to its byte
 * budget and no further, where an entry count (1000 entries of 200 kB) would have held 200 MB.
 */
describe('the prepared-operation cache', () => {
  let subgraphs: Awaited<ReturnType<typeof startCatalogSubgraphs>>;
  let pools: SubgraphPools;
  let gateway: RouterGateway;
  let server: ApolloServer;

  beforeAll(async () => {
    const logger = createLogger('plan-cache-bytes-test', 'silent');
    subgraphs = await startCatalogSubgraphs(SECRET, logger);
    const supergraphSdl = composeSupergraph(subgraphs.subgraphs);
    pools = new SubgraphPools();
    const services = signedServiceMap({
      subgraphs: subgraphs.subgraphs.map(({ name, url }) => ({ name, url })),
      secret: SECRET,
      pools,
      timeouts: {},
      defaultTimeoutMs: 5_000,
      logger,
    });
    const runner = new PlanRunner({ model: buildSupergraphModel(supergraphSdl), services });
    gateway = createGateway({ supergraphSdl, runner, logger, planCacheBytes: BUDGET });
    server = new ApolloServer({ gateway, includeStacktraceInErrorResponses: false });
    await server.start();
  });
  afterAll(async () => {
    await server?.stop();
    await pools?.close();
    await subgraphs?.stop();
  });

  it('stays within its byte budget however many large distinct documents run', async () => {
    let peak = 0;
    for (let n = 0; n < 40; n++) {
      const { body } = await server.executeOperation({ query: paddedQuery(200_000, n) });
      if (body.kind !== 'single') throw new Error('expected a single result');
      expect(body.singleResult.errors).toBeUndefined();
      expect(body.singleResult.data).toEqual({ products: [expect.objectContaining({ id: expect.any(String) })] });
      peak = Math.max(peak, gateway.planCacheBytes);
      expect(gateway.planCacheBytes).toBeLessThanOrEqual(BUDGET);
    }
    // Something is cached (each weighs about 800 kB by its estimate), just not all forty.
    expect(peak).toBeGreaterThan(200_000);
  });
});

/**
 * The subscription planner's cache (graphql-ws, and the event-stream transports over HTTP whose
 * bodies may reach ROUTER_MAX_BODY_BYTES): bounded by estimated bytes besides its entry count.
 */
describe('the prepared-subscription cache', () => {
  it('stays within its byte budget however many large distinct subscriptions are planned', async () => {
    const logger = createLogger('plan-cache-bytes-test', 'silent');
    const pubsub = createPubSub({ namespace: 'plan-cache-bytes', logger });
    const things = await startThings({ secret: SECRET, pubsub, logger });
    const labels = await startLabels({ secret: SECRET, logger });
    try {
      const supergraphSdl = composeSupergraph([
        { name: 'things', sdl: things.sdl, url: 'http://127.0.0.1:9/things' },
        { name: 'labels', sdl: labels.sdl, url: 'http://127.0.0.1:9/labels' },
      ]);
      // Planning only: nothing is sent to a subgraph, so the runner needs no data sources.
      const planner = new SubscriptionPlanner(
        new PlanRunner({ model: buildSupergraphModel(supergraphSdl), services: {} }),
        500,
        undefined,
        BUDGET,
      );
      let peak = 0;
      for (let n = 0; n < 40; n++) {
        const head = `subscription { thingUpdated(id: "t1") { id label } } # ${n} `;
        const result = planner.prepare(head + 'x'.repeat(200_000 - head.length), undefined);
        expect(result.ok).toBe(true);
        peak = Math.max(peak, planner.cachedBytes);
        expect(planner.cachedBytes).toBeLessThanOrEqual(BUDGET);
      }
      expect(peak).toBeGreaterThan(200_000);
    } finally {
      await things.server.stop();
      await labels.server.stop();
      await pubsub.close();
    }
  });
});
