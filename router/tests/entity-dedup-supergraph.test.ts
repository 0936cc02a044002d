import type { ApolloServer } from '@apollo/server';
import { DEMO_LOGINS, seedDemoData } from '@foodgraph/stack';
import { startSupergraph, type TestSupergraph } from '@foodgraph/testing';
import { readFileSync } from 'node:fs';
import { DEFAULT_SUPERGRAPH_PATH } from '../src';
import { startStockGateway } from './fixtures/stock-gateway';

// Every menu item names its restaurant's owner: one partner owns both demo restaurants, so the
// users fetch repeats the same representation for every item and every restaurant.
const LISTING = `{
  restaurants(first: 20) {
    edges { node { id name owner { id name } menu { id name price { amount currency } restaurant { id name owner { id name } } } } }
  }
}`;

describe('entity dedup on our own supergraph', () => {
  let supergraph: TestSupergraph;
  let stock: ApolloServer;

  beforeAll(async () => {
    supergraph = await startSupergraph({
      only: ['users', 'menu'],
      env: { FOODGRAPH_ADMIN_EMAIL: DEMO_LOGINS.admin.email, FOODGRAPH_ADMIN_PASSWORD: DEMO_LOGINS.admin.password },
    });
    await seedDemoData(supergraph.url);
    const urls = Object.fromEntries(Object.entries(supergraph.stack.subgraphs).map(([name, s]) => [name, s.url]));
    stock = await startStockGateway(readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8'), urls, supergraph.routerSecret);
  });
  afterAll(async () => {
    await stock?.stop();
    await supergraph?.stop();
  });

  it('answers a restaurant listing with repeated owners exactly as stock @apollo/gateway does', async () => {
    const ours = await supergraph.query(LISTING);
    const { body } = await stock.executeOperation({ query: LISTING });
    if (body.kind !== 'single') throw new Error('expected a single result');
    const theirs: unknown = JSON.parse(JSON.stringify(body.singleResult));

    expect(ours.errors).toBeUndefined();
    const edges = (ours.data as { restaurants: { edges: { node: { menu: unknown[] } }[] } }).restaurants.edges;
    expect(edges.length).toBeGreaterThanOrEqual(2);
    expect(edges.every((e) => e.node.menu.length > 0)).toBe(true);
    expect({ data: ours.data }).toEqual(theirs);
  });
});
