import type { RequestLimitOptions } from '../src';
import { startStack, type Stack } from './fixtures/start-stack';
import { eventually, startSubscriptionStack, type SubscriptionStack } from './fixtures/subscription-stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack.stop();
});

/** `{ users { id id … } }` with exactly `tokens` lexical tokens (5 for the frame, 1 per field). */
const withTokens = (tokens: number) => `{ users { ${'id '.repeat(tokens - 5)}} }`;

interface LimitCase {
  limit: string;
  options: RequestLimitOptions;
  over: string;
  under: string;
  message: string;
}

// Each limit alone, set small over the fixture schema (accounts: users, topReview, whoami;
// reviews: User.reviews). Cost: a list is assumed to hold 10 items, an object costs 1.
const CASES: LimitCase[] = [
  {
    limit: 'depth',
    options: { maxDepth: 2 },
    over: '{ users { reviews { id } } }',
    under: '{ users { id } }',
    message: 'Query depth 3 exceeds the limit of 2',
  },
  {
    limit: 'aliases',
    options: { maxAliases: 2 },
    over: '{ users { a: id b: name c: id } }',
    under: '{ users { a: id b: name } }',
    message: 'Query alias count 3 exceeds the limit of 2',
  },
  {
    limit: 'root fields',
    options: { maxRootFields: 3 },
    over: '{ users { id } topReview { id } whoami { requestId } __typename }',
    under: '{ users { id } topReview { id } __typename }',
    message: 'Query root field count 4 exceeds the limit of 3',
  },
  {
    limit: 'tokens',
    options: { maxTokens: 40 },
    over: withTokens(41),
    under: withTokens(40),
    message: 'Query token count exceeds the limit of 40',
  },
  {
    limit: 'directives',
    options: { maxDirectives: 2 },
    over: '{ users @include(if: true) { id @skip(if: false) name @include(if: true) } }',
    under: '{ users @include(if: true) { id @skip(if: false) name } }',
    message: 'Query directive count 3 exceeds the limit of 2',
  },
  {
    limit: 'cost',
    options: { maxCost: 110 },
    // users: 10 × (1 + reviews: 10 × 1) = 110, topReview: 1
    over: '{ users { reviews { id } } topReview { id } }',
    under: '{ users { reviews { id } } }',
    message: 'Query cost 111 exceeds the limit of 110',
  },
];

describe.each(CASES)('the $limit limit', ({ options, over, under, message }) => {
  let url: string;
  beforeAll(async () => {
    ({ url } = await stack.startRouter({ limits: options }));
  });

  it('refuses an operation just over it with QUERY_TOO_COMPLEX (400) and fetches nothing', async () => {
    const fetched = stack.subgraphs.accounts.seen.length;
    const res = await stack.post({ query: over }, {}, url);
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ errors: [{ message, extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX' }) }] });
    expect(stack.subgraphs.accounts.seen.length).toBe(fetched);
  });

  it('runs an operation just under it', async () => {
    const res = await stack.post({ query: under }, {}, url);
    expect(res.status).toBe(200);
    expect(res.json.errors).toBeUndefined();
    expect(res.json.data.users).toHaveLength(2);
  });

  it('refuses it again, also when sent with GET', async () => {
    const res = await fetch(`${url}?query=${encodeURIComponent(over)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { message: string }[] }).errors[0].message).toBe(message);
  });
});

describe('the request body size limit', () => {
  let url: string;
  beforeAll(async () => {
    ({ url } = await stack.startRouter({ maxBodyBytes: 200 }));
  });
  /** A JSON body of exactly `bytes` bytes, padded with a GraphQL comment. */
  const bodyOf = (bytes: number) => {
    const frame = JSON.stringify({ query: '{ users { id } } #' });
    return JSON.stringify({ query: `{ users { id } } #${'x'.repeat(bytes - frame.length)}` });
  };

  it('refuses a body just over it with 413 QUERY_TOO_COMPLEX', async () => {
    const res = await stack.post(bodyOf(201), {}, url);
    expect(res.status).toBe(413);
    expect(res.json).toEqual({
      errors: [{ message: 'Request body is larger than the limit of 200 bytes', extensions: { code: 'QUERY_TOO_COMPLEX' } }],
    });
  });

  it('runs a body just under it', async () => {
    const body = bodyOf(200);
    expect(Buffer.byteLength(body)).toBe(200);
    const res = await stack.post(body, {}, url);
    expect(res.json).toEqual({ data: { users: [{ id: 'u1' }, { id: 'u2' }] } });
  });
});

describe('request limits by default', () => {
  const aliases = (n: number) => `{ users { ${Array.from({ length: n }, (_, i) => `a${i}: id`).join(' ')} } }`;

  it('are on: 31 aliases are refused, 30 run', async () => {
    const over = await stack.post({ query: aliases(31) });
    expect(over.json.errors[0]).toMatchObject({
      message: 'Query alias count 31 exceeds the limit of 30',
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    });
    const under = await stack.post({ query: aliases(30) });
    expect(under.json.errors).toBeUndefined();
  });

  it('are switched off one by one with 0', async () => {
    const { url } = await stack.startRouter({ limits: { maxAliases: 0 } });
    const res = await stack.post({ query: aliases(400) }, {}, url);
    expect(res.json.errors).toBeUndefined();
    expect(res.json.data.users).toHaveLength(2);
  });
});

describe('request limits on subscriptions', () => {
  let subs: SubscriptionStack;
  beforeAll(async () => {
    subs = await startSubscriptionStack({ router: { limits: { maxAliases: 1, maxTokens: 20 } } });
  });
  afterAll(async () => {
    await subs.stop();
  });

  it('refuses a subscription over a limit with QUERY_TOO_COMPLEX before anything goes upstream', async () => {
    const calls = subs.things[0].probe.subscribeCalls;
    const aliased = subs.collect(subs.client(), 'subscription { thingUpdated(id: "a") { a: id b: name } }');
    // 11 tokens of frame + 10 fields
    const long = subs.collect(subs.client(), `subscription { thingUpdated(id: "t") { ${'id '.repeat(10)}} }`);
    await Promise.all([aliased.ended, long.ended]);
    expect(aliased.error).toEqual([
      expect.objectContaining({
        message: 'Query alias count 2 exceeds the limit of 1',
        extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX' }),
      }),
    ]);
    expect(long.error).toEqual([
      expect.objectContaining({
        message: 'Query token count exceeds the limit of 20',
        extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX' }),
      }),
    ]);
    expect(subs.things[0].probe.subscribeCalls).toBe(calls);
  });

  it('runs a subscription under the limits', async () => {
    const got = subs.collect(subs.client(), 'subscription { thingUpdated(id: "ok") { a: name } }');
    await subs.waitForUpstream(1);
    await subs.publish({ id: 'ok', name: 'fine', version: 1 });
    await eventually(() => got.results.length === 1, 5_000, 'one event');
    expect(got.results[0]).toEqual({ data: { thingUpdated: { a: 'fine' } } });
    got.dispose();
  });
});
