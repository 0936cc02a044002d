import { errorCodes, signUp, startSupergraph, type GraphQLResult, type SignedIn, type TestSupergraph } from '@foodgraph/testing';
import { PartnerMenuSyncDocument, PartnerRestaurantsDocument } from '../../schema/generated/graphql';

/** The id a generated typed document carries: what a partner's client sends as `documentId`. */
const documentId = (doc: unknown) => `sha256:${(doc as { __meta__: { hash: string } }).__meta__.hash}`;

async function post<Data>(sg: TestSupergraph, body: unknown, headers: Record<string, string>): Promise<GraphQLResult<Data>> {
  const res = await fetch(sg.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, ...((await res.json()) as object) };
}

describe('a partner system with an API key, through the real users subgraph and the published operations', () => {
  let sg: TestSupergraph;
  let partner: SignedIn;
  let restaurantId: string;
  let key: { id: string; secret: string };

  beforeAll(async () => {
    sg = await startSupergraph({ only: ['users', 'menu'] });
    partner = await signUp(sg, 'PARTNER');
    const created = await sg.query<{ createRestaurant: { id: string } }>(
      `mutation($input: CreateRestaurantInput!) { createRestaurant(input: $input) { id } }`,
      {
        token: partner.token,
        variables: {
          input: {
            name: 'Pho 24',
            cuisines: ['Vietnamese'],
            address: { line1: 'Main St 1', city: 'Berlin', postalCode: '10115' },
            openingHours: [{ dayOfWeek: 1, opens: '10:00', closes: '22:00' }],
            deliveryFee: 250,
            minimumOrder: 1000,
            currency: 'EUR',
          },
        },
      },
    );
    restaurantId = created.data!.createRestaurant.id;
    const issued = await sg.query<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
      'mutation { createApiKey(name: "kitchen POS") { secret apiKey { id } } }',
      { token: partner.token },
    );
    key = { id: issued.data!.createApiKey.apiKey.id, secret: issued.data!.createApiKey.secret };
  });
  afterAll(() => sg?.stop());

  it('runs a listed operation by its id as the partner', async () => {
    const r = await post<{ me: { id: string; restaurants: { id: string; name: string }[] } }>(
      sg,
      { documentId: documentId(PartnerRestaurantsDocument) },
      { 'x-api-key': key.secret },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.me.id).toBe(partner.id);
    expect(r.data!.me.restaurants.map((x) => x.name)).toEqual(['Pho 24']);
    const menu = await post<{ restaurant: { id: string; menu: unknown[] } }>(
      sg,
      { documentId: documentId(PartnerMenuSyncDocument), variables: { restaurantId } },
      { 'x-api-key': key.secret },
    );
    expect(menu.data!.restaurant).toMatchObject({ id: restaurantId, menu: [] });
  });

  it('refuses a free-form query and an unlisted id with PERSISTED_QUERY_NOT_LISTED', async () => {
    const freeForm = await post(sg, { query: '{ me { id email } }' }, { 'x-api-key': key.secret });
    expect(errorCodes(freeForm)).toEqual(['PERSISTED_QUERY_NOT_LISTED']);
    const unlisted = await post(sg, { documentId: `sha256:${'0'.repeat(64)}` }, { 'x-api-key': key.secret });
    expect(errorCodes(unlisted)).toEqual(['PERSISTED_QUERY_NOT_LISTED']);
  });

  it('answers UNAUTHENTICATED within 5 seconds of the key being revoked', async () => {
    const revoked = await sg.query('mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', {
      token: partner.token,
      variables: { id: key.id },
    });
    expect(revoked.errors).toBeUndefined();
    // Every request that still succeeds must have started within 5 s of the revocation.
    const at = Date.now();
    let codes: string[] = [];
    let lastSuccessStartedAfter = 0;
    while (Date.now() - at < 7_000) {
      const started = Date.now() - at;
      codes = errorCodes(await post(sg, { documentId: documentId(PartnerRestaurantsDocument) }, { 'x-api-key': key.secret }));
      if (codes.length) break;
      lastSuccessStartedAfter = started;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(codes).toEqual(['UNAUTHENTICATED']);
    expect(lastSuccessStartedAfter).toBeLessThan(5_000);
  });
});
