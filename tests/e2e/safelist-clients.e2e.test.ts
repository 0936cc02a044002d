import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { createLogger } from '@foodgraph/platform/logging';
import { createRouter, DEFAULT_SUPERGRAPH_PATH, type Router } from '@foodgraph/router';
import {
  createDemoRestaurant,
  dataOf,
  signUp,
  startSupergraph,
  type DemoRestaurant,
  type SignedIn,
  type TestSupergraph,
} from '@foodgraph/testing';
import { cacheExchange } from '@urql/exchange-graphcache';
import { persistedExchange } from '@urql/exchange-persisted';
import { Client, fetchExchange } from '@urql/core';
import { getOperationAST, type DocumentNode } from 'graphql';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  MenuItemCardFragmentDoc,
  MyRestaurantsDocument,
  RestaurantCardFragmentDoc,
  RestaurantPageDocument,
  ViewerDocument,
} from '../../schema/generated/graphql';

/**
 * The clients a browser app would ship in safelist mode: they know each operation's id from the
 * generated persisted-query manifest (as `@apollo/persisted-query-lists` does, by operation
 * name) and never send a query text. The router then runs the manifest's body, so whatever the
 * normalized caches need (`__typename` on every object) has to be in that body.
 */
const MANIFEST = JSON.parse(readFileSync(resolve(__dirname, '../../schema/persisted-queries.json'), 'utf8')) as {
  operations: { id: string; name: string; body: string }[];
};
const ID_BY_NAME = new Map(MANIFEST.operations.map((op) => [op.name, op.id]));

function persistedId(document: DocumentNode): string {
  const name = getOperationAST(document)?.name?.value;
  const id = name === undefined ? undefined : ID_BY_NAME.get(name);
  if (!id) throw new Error(`operation ${name ?? '(anonymous)'} is not in the persisted-query manifest`);
  return id;
}

/** A fetch that keeps every request body, to check that no query text ever leaves the client. */
function recordingFetch(): { fetch: typeof fetch; bodies: Record<string, unknown>[] } {
  const bodies: Record<string, unknown>[] = [];
  return {
    bodies,
    fetch: async (input, init) => {
      bodies.push(JSON.parse(init?.body as string) as Record<string, unknown>);
      return fetch(input, init);
    },
  };
}

function apolloClient(url: string, token?: string) {
  const sent = recordingFetch();
  const link = new PersistedQueryLink({
    generateHash: persistedId,
    // Safelisted: there is nothing to register, so never fall back to sending the text.
    retry: () => false,
  }).concat(new HttpLink({ uri: url, fetch: sent.fetch, headers: token ? { authorization: `Bearer ${token}` } : {} }));
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), bodies: sent.bodies };
}

function urqlClient(url: string, token?: string) {
  const sent = recordingFetch();
  const client = new Client({
    url,
    fetch: sent.fetch,
    preferGetMethod: false,
    fetchOptions: token ? { headers: { authorization: `Bearer ${token}` } } : {},
    exchanges: [
      // Value types without an id are embedded in their parent entity, as an app would declare.
      cacheExchange({ keys: { Money: () => null, Address: () => null, GeoPoint: () => null, OpeningHours: () => null } }),
      persistedExchange({
        enforcePersistedQueries: true,
        enableForMutation: true,
        preferGetForPersistedQueries: false,
        generateHash: async (_query, document) => persistedId(document),
      }),
      fetchExchange,
    ],
  });
  return { client, bodies: sent.bodies };
}

describe('safelisted clients with normalized caches, through a router in safelist mode', () => {
  let sg: TestSupergraph;
  let safelisted: Router;
  let url: string;
  let partner: SignedIn;
  let restaurant: DemoRestaurant;

  beforeAll(async () => {
    sg = await startSupergraph();
    partner = await signUp(sg, 'PARTNER', 'Pat Partner');
    restaurant = await createDemoRestaurant(sg, partner, { name: 'Pho 24', items: [{ name: 'Pho Bo', price: 1290 }] });
    const category = await sg.query<{ createMenuCategory: { id: string } }>(
      'mutation($restaurantId: ID!) { createMenuCategory(restaurantId: $restaurantId, name: "Soups") { id } }',
      { token: partner.token, variables: { restaurantId: restaurant.id } },
    );
    const categoryId = dataOf(category, 'createMenuCategory').createMenuCategory.id;
    dataOf(
      await sg.query('mutation($id: ID!, $input: UpdateMenuItemInput!) { updateMenuItem(id: $id, input: $input) { id } }', {
        token: partner.token,
        variables: { id: restaurant.items[0]?.id, input: { categoryId } },
      }),
      'updateMenuItem',
    );
    // Set up through the test stack's own router; the clients talk to one that runs the list only.
    safelisted = createRouter({
      supergraphSdl: readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8'),
      routerSecret: sg.routerSecret,
      subgraphUrls: Object.fromEntries(Object.entries(sg.stack.subgraphs).map(([name, s]) => [name, s.url])),
      persistedQueries: { mode: 'safelist' },
      logger: createLogger('test', 'silent'),
    });
    url = (await safelisted.listen(0, '127.0.0.1')).url;
  });
  afterAll(async () => {
    await safelisted?.stop();
    await sg?.stop();
  });

  it('gives Apollo Client (InMemoryCache, fragments) full objects and a normalized cache, by id only', async () => {
    const { client, bodies } = apolloClient(url, partner.token);
    const viewer = await client.query({ query: ViewerDocument });
    expect(viewer.data?.me).toMatchObject({
      __typename: 'User',
      id: partner.id,
      name: 'Pat Partner',
      email: partner.email,
      role: 'PARTNER',
    });

    const mine = await client.query({ query: MyRestaurantsDocument });
    expect(mine.data?.me?.restaurants).toEqual([
      expect.objectContaining({
        __typename: 'Restaurant',
        id: restaurant.id,
        name: 'Pho 24',
        status: 'ACTIVE',
        address: expect.objectContaining({ __typename: 'Address', city: 'Springfield' }),
        deliveryFee: { __typename: 'Money', amount: 250, currency: 'EUR' },
      }),
    ]);

    const page = await client.query({ query: RestaurantPageDocument, variables: { id: restaurant.id } });
    const items = page.data?.restaurant?.categories.flatMap((c) => c.items) ?? [];
    expect(page.data?.restaurant).toMatchObject({ id: restaurant.id, name: 'Pho 24', cuisines: ['test'] });
    expect(items).toEqual([
      expect.objectContaining({
        __typename: 'MenuItem',
        id: restaurant.items[0]?.id,
        name: 'Pho Bo',
        price: expect.objectContaining({ amount: 1290 }),
      }),
    ]);

    // Normalized: one Restaurant entry shared by both queries, readable through its fragment.
    const card = client.cache.readFragment({
      fragment: RestaurantCardFragmentDoc,
      id: client.cache.identify({ __typename: 'Restaurant', id: restaurant.id }),
    });
    expect(card).toMatchObject({ name: 'Pho 24', isOpen: expect.any(Boolean), minimumOrder: { amount: 500, currency: 'EUR' } });
    const item = client.cache.readFragment({
      fragment: MenuItemCardFragmentDoc,
      id: client.cache.identify({ __typename: 'MenuItem', id: restaurant.items[0]?.id }),
    });
    expect(item).toMatchObject({ name: 'Pho Bo', available: true });

    expect(bodies).toHaveLength(3);
    for (const body of bodies) {
      expect(body['query']).toBeUndefined();
      expect(body['extensions']).toMatchObject({ persistedQuery: { version: 1, sha256Hash: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    }
  });

  it('gives urql with graphcache full objects it can answer again from its normalized cache', async () => {
    // graphcache reports data it cannot store (a missing __typename among them) as a warning.
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { client, bodies } = urqlClient(url, partner.token);
    const page = await client.query(RestaurantPageDocument, { id: restaurant.id }).toPromise();
    expect(page.error).toBeUndefined();
    expect(page.data?.restaurant).toMatchObject({
      __typename: 'Restaurant',
      id: restaurant.id,
      name: 'Pho 24',
      deliveryFee: { amount: 250, currency: 'EUR' },
      categories: [expect.objectContaining({ items: [expect.objectContaining({ id: restaurant.items[0]?.id, name: 'Pho Bo' })] })],
    });

    // Answered from graphcache alone: every entity and every fragment field was stored.
    const cached = await client.query(RestaurantPageDocument, { id: restaurant.id }, { requestPolicy: 'cache-only' }).toPromise();
    expect(cached.data).toEqual(page.data);
    expect(cached.stale).toBe(false);

    const viewer = await client.query(ViewerDocument, {}).toPromise();
    expect(viewer.data?.me).toMatchObject({ __typename: 'User', id: partner.id, name: 'Pat Partner', role: 'PARTNER' });

    expect(bodies).toHaveLength(2);
    for (const body of bodies) expect(body['query']).toBeUndefined();
    expect(warn.mock.calls).toEqual([]);
    warn.mockRestore();
  });

  it("runs Relay's persisted form ({doc_id, variables}) and still refuses unlisted ids and free-form text", async () => {
    const post = async (body: unknown) => {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return {
        status: res.status,
        json: (await res.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] },
      };
    };
    const relay = await post({ doc_id: persistedId(RestaurantPageDocument), variables: { id: restaurant.id } });
    expect(relay.json.errors).toBeUndefined();
    expect(relay.json.data?.['restaurant']).toMatchObject({ __typename: 'Restaurant', id: restaurant.id, name: 'Pho 24' });

    const unlisted = await post({ doc_id: '0'.repeat(64), variables: {} });
    expect(unlisted.status).toBe(400);
    expect(unlisted.json.errors?.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_LISTED']);
    const freeForm = await post({ query: '{ me { id } }' });
    expect(freeForm.json.errors?.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_LISTED']);
  });
});
