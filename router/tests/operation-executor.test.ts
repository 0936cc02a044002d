import { buildOperationContext } from '@apollo/gateway';
import { operationFromDocument } from '@apollo/federation-internals';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { createLogger } from '@foodgraph/platform/logging';
import { parse } from 'graphql';
import { PlanRunner, type ExecutorMode } from '../src/execution/run-plan';
import { createGateway } from '../src/gateway/create-gateway';
import { buildSupergraphModel } from '../src/supergraph/supergraph-model';
import { signedServiceMap } from '../src/transport/signed-service-map';
import { SubgraphPools } from '../src/transport/subgraph-pools';
import { startCatalogSubgraphs } from './fixtures/catalog-subgraphs';
import { composeSupergraph } from './fixtures/compose-supergraph';
import { startStockGateway } from './fixtures/stock-gateway';

const SECRET = 'operation-executor-test-secret-0123456789';

/**
 * The router's executor (compiled plans and response shaping) against stock @apollo/gateway on
 * the same subgraphs: every answer — data, errors with their paths and codes, extensions — must
 * be identical, including the awkward ones (null bubbling, unknown enum values, entity errors).
 */
const CASES: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  {
    name: 'entities across three subgraphs, with repeated representations',
    query: `{ products { id name price status category tags reviews { id body rating author { id name email } } } }`,
  },
  {
    name: 'aliases, including of __typename, and arguments',
    query: `{ a: products(first: 2) { theId: id t: __typename n: name } b: product(id: "p4") { name top: topReview { rating } } c: product(id: "nope") { name } }`,
  },
  {
    name: 'union and interface fragments, inline and named, with a null list element',
    query: `query Search {
      search(term: "x") { __typename ... on Product { name reviews { rating } } ... on Book { title } }
      nodes { id __typename ... on Product { name shippingEstimate } ...BookFields }
    }
    fragment BookFields on Book { title }`,
  },
  {
    name: '@skip and @include with variables (plan conditions) and literals',
    query: `query Cond($withReviews: Boolean!, $skipName: Boolean = false) {
      products(first: 2) { id name @skip(if: $skipName) price @include(if: false) reviews @include(if: $withReviews) { body } }
    }`,
    variables: { withReviews: true },
  },
  {
    name: '@skip and @include with the other variable values',
    query: `query Cond($withReviews: Boolean!, $skipName: Boolean = false) {
      products(first: 2) { id name @skip(if: $skipName) reviews @include(if: $withReviews) { body } }
    }`,
    variables: { withReviews: false, skipName: true },
  },
  { name: 'an enum value the schema does not know (valueCompletion)', query: `{ brokenStatus { id status name } }` },
  { name: 'a non-null field the subgraph leaves null', query: `{ nullName { id name } products(first: 1) { name } }` },
  {
    name: 'resolver errors inside _entities, mapped to the client path',
    query: `{ products { id reviews { id } } }`,
  },
  {
    name: 'a missing entity whose null bubbles up through non-null fields',
    query: `{ product(id: "p2") { name reviews { id author { name } } } }`,
  },
  { name: '@requires', query: `{ products { id shippingEstimate } }` },
  { name: 'parallel root fetches and root __typename', query: `{ __typename me { name email } products(first: 1) { __typename id } }` },
  {
    name: 'a mutation followed by entity fetches',
    query: `mutation { renameProduct(id: "p1", name: "Bun") { id name reviews { id author { name } } } }`,
  },
  {
    name: 'introspection (the stock path)',
    query: `{ __schema { queryType { name } } __type(name: "Product") { name fields { name } } products(first: 1) { id } }`,
  },
  { name: 'a variable of the wrong type', query: `query ($id: ID!) { product(id: $id) { name } }`, variables: { id: { nested: true } } },
  {
    name: 'the same field selected twice through fragments',
    query: `{ product(id: "p1") { name ... on Product { name reviews { id } } reviews { rating } } }`,
  },
];

describe('the router executor answers exactly as stock @apollo/gateway', () => {
  let subgraphs: Awaited<ReturnType<typeof startCatalogSubgraphs>>;
  let stock: ApolloServer;
  let ours: ApolloServer;
  /** The router with `ROUTER_EXECUTOR=stock`: every plan through the gateway's `executeQueryPlan`. */
  let oursOnStock: ApolloServer;
  let pools: SubgraphPools;
  let model: ReturnType<typeof buildSupergraphModel>;

  beforeAll(async () => {
    const logger = createLogger('operation-executor-test', 'silent');
    subgraphs = await startCatalogSubgraphs(SECRET, logger);
    const supergraphSdl = composeSupergraph(subgraphs.subgraphs);
    stock = await startStockGateway(supergraphSdl, Object.fromEntries(subgraphs.subgraphs.map((s) => [s.name, s.url])), SECRET);
    pools = new SubgraphPools();
    model = buildSupergraphModel(supergraphSdl);
    const services = signedServiceMap({
      subgraphs: subgraphs.subgraphs.map(({ name, url }) => ({ name, url })),
      secret: SECRET,
      pools,
      timeouts: {},
      defaultTimeoutMs: 5_000,
      logger,
    });
    const start = async (mode: ExecutorMode) => {
      const runner = new PlanRunner({ model, services, mode });
      const server = new ApolloServer({
        gateway: createGateway({ supergraphSdl, runner, logger }),
        includeStacktraceInErrorResponses: false,
      });
      await server.start();
      return server;
    };
    [ours, oursOnStock] = await Promise.all([start('compiled'), start('stock')]);
  });
  afterAll(async () => {
    await ours?.stop();
    await oursOnStock?.stop();
    await stock?.stop();
    await pools?.close();
    await subgraphs?.stop();
  });

  async function answer(server: ApolloServer, query: string, variables?: Record<string, unknown>): Promise<unknown> {
    const { body } = await server.executeOperation({ query, variables });
    if (body.kind !== 'single') throw new Error('expected a single result');
    return JSON.parse(JSON.stringify(body.singleResult)) as unknown;
  }

  it.each(CASES)('$name', async ({ query, variables }) => {
    const theirs = await answer(stock, query, variables);
    // Twice: the second answer comes from the cached plan and compiled shape.
    expect(await answer(ours, query, variables)).toEqual(theirs);
    expect(await answer(ours, query, variables)).toEqual(theirs);
  });

  it.each(CASES)('with ROUTER_EXECUTOR=stock too: $name', async ({ query, variables }) => {
    expect(await answer(oursOnStock, query, variables)).toEqual(await answer(stock, query, variables));
  });

  it('compiles plans only with ROUTER_EXECUTOR=compiled', () => {
    const document = parse(`{ products(first: 1) { name reviews { body } } }`);
    const operationContext = buildOperationContext({ schema: model.apiGraphQLSchema, operationDocument: document });
    const plan = model.planner.buildQueryPlan(operationFromDocument(model.apiSchema, document));
    const prepared = (mode: ExecutorMode) => new PlanRunner({ model, services: {}, mode }).prepare(operationContext, plan);
    expect(prepared('compiled').compiled).toBeDefined();
    expect(prepared('stock').compiled).toBeUndefined();
  });

  it.each(['prettified', 'internal'])('shows the query plan to developers who ask for it (%s), as stock does', async (format) => {
    const query = `{ products(first: 1) { name reviews { body } } }`;
    const http = {
      method: 'POST',
      headers: new HeaderMap([
        ['apollo-query-plan-experimental', '1'],
        ['apollo-query-plan-experimental-format', format],
      ]),
      search: '',
      body: {},
    };
    const asked = async (server: ApolloServer) => {
      const { body } = await server.executeOperation({ query, http });
      if (body.kind !== 'single') throw new Error('expected a single result');
      return JSON.parse(JSON.stringify(body.singleResult)) as { extensions?: { __queryPlanExperimental?: unknown } };
    };
    const theirs = await asked(stock);
    expect(theirs.extensions?.__queryPlanExperimental).toBeTruthy();
    expect(await asked(ours)).toEqual(theirs);
  });

  it('covers what it claims: the cases include errors, value completion errors and nulls', async () => {
    const answers = (await Promise.all(CASES.map((c) => answer(stock, c.query, c.variables)))) as {
      data?: unknown;
      errors?: { path?: unknown[] }[];
      extensions?: { valueCompletion?: unknown[] };
    }[];
    expect(answers.some((a) => a.errors?.some((e) => e.path?.includes('_entities') === false && (e.path?.length ?? 0) > 2))).toBe(true);
    expect(answers.some((a) => (a.extensions?.valueCompletion?.length ?? 0) > 0)).toBe(true);
    expect(answers.some((a) => a.data === null || JSON.stringify(a.data).includes('null'))).toBe(true);
  });
});
