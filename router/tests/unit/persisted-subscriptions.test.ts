import { createHash } from 'node:crypto';
import type { Identity } from '@foodgraph/platform/auth';
import { createMemoryApqStore } from '../../src/persisted/apq-store';
import { persistedQueryList } from '../../src/persisted/manifest';
import { PersistedQueries } from '../../src/persisted/persisted-queries';
import { resolveSubscriptionQuery } from '../../src/subscriptions/persisted-subscriptions';

const listed = 'subscription Feed($r: ID!) { restaurantOrderFeed(restaurantId: $r) { id status } }';
const hash = createHash('sha256').update(listed).digest('hex');
const list = persistedQueryList({
  format: 'apollo-persisted-query-manifest',
  version: 1,
  operations: [{ id: hash, name: 'Feed', type: 'subscription', body: listed }],
});
const partnerKey: Identity = {
  kind: 'user',
  userId: '0190a0a0-0000-7000-8000-000000000001',
  role: 'PARTNER',
  isGuest: false,
  apiKeyId: 'k1',
};
const customer: Identity = { kind: 'user', userId: '0190a0a0-0000-7000-8000-000000000002', role: 'CUSTOMER', isGuest: false };
const code = (r: Awaited<ReturnType<typeof resolveSubscriptionQuery>>) => ('error' in r ? r.error.extensions['code'] : undefined);

describe('persisted queries on subscriptions', () => {
  const pq = new PersistedQueries('apq', list, createMemoryApqStore());

  it('refuses a free-form subscription from a partner API key', async () => {
    const r = await resolveSubscriptionQuery(
      pq,
      { query: 'subscription { restaurantOrderFeed(restaurantId: "x") { id total { amount } } }' },
      partnerKey,
    );
    expect(code(r)).toBe('PERSISTED_QUERY_NOT_LISTED');
  });

  it('lets a partner API key subscribe to a listed operation by body or by id', async () => {
    // A listed document is a hit of the list (counted by the router's metrics).
    expect(await resolveSubscriptionQuery(pq, { query: listed }, partnerKey)).toEqual({ query: listed, hit: true });
    expect(await resolveSubscriptionQuery(pq, { query: '', extensions: { documentId: `sha256:${hash}` } }, partnerKey)).toEqual({
      query: listed,
      hit: true,
    });
    expect(
      await resolveSubscriptionQuery(pq, { query: '', extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, partnerKey),
    ).toEqual({
      query: listed,
      hit: true,
    });
  });

  it('leaves signed-in users free outside safelist mode, and holds everyone to the list in it', async () => {
    const free = 'subscription { orderUpdated(orderId: "x") { id } }';
    expect(await resolveSubscriptionQuery(pq, { query: free }, customer)).toEqual({ query: free });
    const locked = new PersistedQueries('safelist', list, undefined);
    expect(code(await resolveSubscriptionQuery(locked, { query: free }, customer))).toBe('PERSISTED_QUERY_NOT_LISTED');
    expect(await resolveSubscriptionQuery(locked, { query: listed }, customer)).toEqual({ query: listed, hit: true });
  });
});
