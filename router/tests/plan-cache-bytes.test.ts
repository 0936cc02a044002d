import { ApolloServer } from '@apollo/server';
import { createLogger } from '@foodgraph/platform/logging';
import { PlanRunner } from '../src/execution/run-plan';
import { createGateway, type RouterGateway } from '../src/gateway/create-gateway';
import { buildSupergraphModel } from '../src/supergraph/supergraph-model';
import { signedServiceMap } from '../src/transport/signed-service-map';
import { SubgraphPools } from '../src/transport/subgraph-pools';
import { startCatalogSubgraphs } from './fixtures/catalog-subgraphs';
import { composeSupergraph } from './fixtures/compose-supergraph';

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
