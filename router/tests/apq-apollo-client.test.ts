import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { Redis } from 'ioredis';
import { createHash, randomBytes } from 'node:crypto';
import { startStack, type Stack } from './fixtures/start-stack';

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const namespace = `t${randomBytes(4).toString('hex')}`;

const REVIEWERS = gql`
  query Reviewers {
    users {
      name
      reviews {
        body
      }
    }
  }
`;

interface Sent {
  query?: string;
  extensions?: { persistedQuery?: { version: number; sha256Hash: string } };
}

/** A real Apollo Client with the persisted-query link, recording every request body it sends. */
function apolloClient(url: string) {
  const sent: Sent[] = [];
  const recordingFetch: typeof fetch = async (input, init) => {
    sent.push(JSON.parse(String(init?.body as string)) as Sent);
    return fetch(input, init);
  };
  const link = new PersistedQueryLink({ sha256: (q: string) => createHash('sha256').update(q).digest('hex') }).concat(
    new HttpLink({ uri: url, fetch: recordingFetch }),
  );
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), sent };
}

let stack: Stack;
let redis: Redis;
beforeAll(async () => {
  stack = await startStack({ persistedQueries: { redisUrl: REDIS_URL, namespace } });
  redis = new Redis(REDIS_URL);
});
afterAll(async () => {
  await stack.stop();
  const keys = await redis.keys(`${namespace}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

describe("APQ with Apollo Client's persisted-query link", () => {
  it('sends the hash, registers the query on PERSISTED_QUERY_NOT_FOUND, and a second client on another replica gets a hit', async () => {
    const first = apolloClient(stack.url);
    const { data } = await first.client.query({ query: REVIEWERS });
    expect(data).toEqual({
      users: [
        { __typename: 'User', name: 'Ada', reviews: [{ __typename: 'Review', body: 'Great pho' }] },
        {
          __typename: 'User',
          name: 'Grace',
          reviews: [
            { __typename: 'Review', body: 'Cold fries' },
            { __typename: 'Review', body: 'Fast courier' },
          ],
        },
      ],
    });
    // The link first tries the hash alone, then retries with the query to register it.
    expect(first.sent).toHaveLength(2);
    expect(first.sent[0]?.query).toBeUndefined();
    const hash = first.sent[0]?.extensions?.persistedQuery?.sha256Hash;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.sent[1]?.query).toContain('query Reviewers');
    expect(await redis.get(`${namespace}:apq:${hash}`)).toBe(first.sent[1]?.query);

    // Another replica sharing the Redis cache: the hash alone is enough from the start.
    const replica = await stack.startRouter({ persistedQueries: { redisUrl: REDIS_URL, namespace } });
    const second = apolloClient(replica.url);
    const again = await second.client.query({ query: REVIEWERS });
    expect(again.data).toEqual(data);
    expect(second.sent).toHaveLength(1);
    expect(second.sent[0]?.query).toBeUndefined();
    expect(second.sent[0]?.extensions?.persistedQuery?.sha256Hash).toBe(hash);
  });

  it('keeps queries apart per namespace, so stacks sharing a Redis server do not see each other', async () => {
    const other = await stack.startRouter({ persistedQueries: { redisUrl: REDIS_URL, namespace: `${namespace}x` } });
    const client = apolloClient(other.url);
    await client.client.query({ query: REVIEWERS });
    expect(client.sent).toHaveLength(2);
    const keys = await redis.keys(`${namespace}x:*`);
    await redis.del(...keys);
  });

  it('treats a Redis outage as a miss: the client still gets its data by sending the query', async () => {
    const down = await stack.startRouter({ persistedQueries: { redisUrl: 'redis://127.0.0.1:9', namespace } });
    const client = apolloClient(down.url);
    const { data } = await client.client.query<{ users: unknown[] }>({ query: REVIEWERS });
    expect(data?.users).toHaveLength(2);
  });
});
