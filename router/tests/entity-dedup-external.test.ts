import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { createLogger } from '@foodgraph/platform/logging';
import { randomBytes } from 'node:crypto';
import { createRouter, type Router } from '../src';
import { externalWorkloadMissing, startExternalWorkload, type ExternalWorkload } from './fixtures/external-workload';

const missing = externalWorkloadMissing();
const describeExternal = missing ? describe.skip : describe;
const title = missing
  ? `entity dedup on the external workload (skipped: ${missing})`
  : 'entity dedup on the external workload (465 representations, 27 distinct)';

describeExternal(title, () => {
  let workload: ExternalWorkload;
  let router: Router;
  let url: string;
  let stock: ApolloServer;

  beforeAll(async () => {
    workload = await startExternalWorkload();
    router = createRouter({
      supergraphSdl: workload.supergraphSdl,
      routerSecret: randomBytes(32).toString('hex'),
      logger: createLogger('router', 'silent'),
    });
    ({ url } = await router.listen(0));
    stock = new ApolloServer({
      gateway: new ApolloGateway({ supergraphSdl: workload.supergraphSdl, logger: createLogger('stock', 'silent') }),
    });
    await stock.start();
  });
  afterAll(async () => {
    await router?.stop();
    await stock?.stop();
    await workload?.stop();
  });

  async function viaRouter(): Promise<unknown> {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: workload.query }),
    });
    return res.json();
  }

  async function viaStockGateway(): Promise<unknown> {
    const { body } = await stock.executeOperation({ query: workload.query });
    if (body.kind !== 'single') throw new Error('expected a single result');
    // Through JSON, as a client would see it.
    return JSON.parse(JSON.stringify(body.singleResult));
  }

  it('answers exactly what stock @apollo/gateway answers, which is the expected response', async () => {
    const [ours, theirs] = [await viaRouter(), await viaStockGateway()];
    expect(theirs).toEqual(workload.expected);
    expect(ours).toEqual(theirs);
  });

  it('sends each distinct representation once per fetch where stock @apollo/gateway sends all 465', async () => {
    const before = await workload.counts();
    await viaStockGateway();
    const afterStock = await workload.counts();
    await viaRouter();
    const afterOurs = await workload.counts();
    expect(afterStock.sent - before.sent).toBe(465);
    const ours = { sent: afterOurs.sent - afterStock.sent, distinct: afterOurs.distinct - afterStock.distinct };
    expect(ours.sent).toBe(ours.distinct);
    expect(ours.sent).toBeLessThan(465);
  });

  it('stays identical over concurrent requests', async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => viaRouter()));
    for (const answer of answers) expect(answer).toEqual(workload.expected);
  });
});
