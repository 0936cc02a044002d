import { signAccessToken } from '@foodgraph/platform/auth';
import {
  createDemoRestaurant,
  errorCodes,
  placeOrder,
  signUp,
  startSupergraph,
  waitForOrdersReadModel,
  type DemoRestaurant,
  type SignedIn,
  type TestSupergraph,
} from '@foodgraph/testing';
import type { UsersSubgraph } from '@foodgraph/users';
import { randomUUID } from 'node:crypto';

describe('a token from a trusted issuer for a user the platform does not know', () => {
  let sg: TestSupergraph;
  let venue: DemoRestaurant;

  /** A token signed with the users subgraph's own key, so it verifies like any it issued. */
  function tokenFor(userId: string, role: 'CUSTOMER' | 'ADMIN' = 'CUSTOMER'): string {
    const keys = (sg.stack.subgraphs['users'].subgraph as UsersSubgraph).signingKeys;
    const now = Math.floor(Date.now() / 1000);
    return signAccessToken(keys.privateKey, keys.kid, {
      sub: userId,
      role,
      guest: false,
      sid: randomUUID(),
      iss: 'foodgraph-users',
      aud: 'foodgraph',
      iat: now,
      exp: now + 600,
      jti: randomUUID(),
    });
  }
  const stranger = (): SignedIn => ({ id: randomUUID(), email: '', token: tokenFor(randomUUID()) });

  beforeAll(async () => {
    sg = await startSupergraph();
    const partner = await signUp(sg, 'PARTNER');
    venue = await createDemoRestaurant(sg, partner, { name: 'Stranger Kitchen', items: [{ name: 'Soup', price: 500 }] });
    await waitForOrdersReadModel(sg.namespace, venue.id, venue.items.length);
  });
  afterAll(() => sg?.stop());

  it('refuses placeOrder with UNAUTHENTICATED (401) instead of answering data: null without an error', async () => {
    const r = await placeOrder(sg, stranger(), { restaurantId: venue.id, lines: [{ menuItemId: venue.items[0].id, quantity: 1 }] });
    expect(r.status).toBe(401);
    expect(errorCodes(r)).toEqual(['UNAUTHENTICATED']);
    expect(r.data ?? null).toBeNull();
  });

  it('refuses any other operation too, whatever role the token claims', async () => {
    const admin = tokenFor(randomUUID(), 'ADMIN');
    expect(errorCodes(await sg.query('{ me { id } }', { token: admin }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await sg.query('{ restaurants(first: 1) { edges { node { id } } } }', { token: admin }))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });

  it('still accepts the same kind of token for a known account', async () => {
    const customer = await signUp(sg, 'CUSTOMER');
    const token = tokenFor(customer.id);
    const me = await sg.query<{ me: { id: string } }>('{ me { id } }', { token });
    expect(me.data?.me.id).toBe(customer.id);
    const r = await placeOrder(
      sg,
      { ...customer, token },
      { restaurantId: venue.id, lines: [{ menuItemId: venue.items[0].id, quantity: 1 }] },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.placeOrder.id).toBeTruthy();
  });
});
