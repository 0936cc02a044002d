import { startStack, type Stack } from './fixtures/start-stack';
import { startSubscriptionStack, type SubscriptionStack } from './fixtures/subscription-stack';

// ROUTER_MAX_DIRECTIVES counts every directive the client writes — also those the schema does
// not know and non-repeatable ones written twice, which fail validation: before this, such a
// document was validated in full and answered with (up to 100) validation errors instead.

const MAX = 3;
const refusal = (value: number) => ({
  message: `Query directive count ${value} exceeds the limit of ${MAX}`,
  extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', limit: 'directives', value, max: MAX }),
});

describe('the directive limit over HTTP', () => {
  let stack: Stack;
  let url: string;
  beforeAll(async () => {
    stack = await startStack();
    ({ url } = await stack.startRouter({ limits: { maxDirectives: MAX } }));
  });
  afterAll(async () => {
    await stack.stop();
  });

  it.each([
    ['unknown directives', `{ users { id ${'@nope '.repeat(200)}} }`, 200],
    ['one directive repeated', `{ users { id ${'@skip(if: false) '.repeat(200)}} }`, 200],
    ['directives on variable definitions', 'query Q($a: Int @x @y @z @w) { users { id } }', 4],
  ])('counts %s and refuses the document with QUERY_TOO_COMPLEX (400)', async (_what, query, value) => {
    const res = await stack.post({ query }, {}, url);
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ errors: [refusal(value)] });
  });

  it('still answers a document under the limit with unknown directives as a validation error', async () => {
    const res = await stack.post({ query: '{ users { id @nope } }' }, {}, url);
    expect(res.status).toBe(400);
    expect(res.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('runs an operation with directives under the limit', async () => {
    const res = await stack.post({ query: '{ users { id @skip(if: false) name @include(if: true) } }' }, {}, url);
    expect(res.json).toEqual({
      data: {
        users: [
          { id: 'u1', name: 'Ada' },
          { id: 'u2', name: 'Grace' },
        ],
      },
    });
  });
});

describe('the directive limit over graphql-ws', () => {
  let subs: SubscriptionStack;
  beforeAll(async () => {
    subs = await startSubscriptionStack({ router: { limits: { maxDirectives: MAX } } });
  });
  afterAll(async () => {
    await subs.stop();
  });

  it('refuses a subscription of unknown directives before anything goes upstream', async () => {
    const calls = subs.things[0].probe.subscribeCalls;
    const got = subs.collect(subs.client(), `subscription { thingUpdated(id: "a") { id ${'@nope '.repeat(50)}} }`);
    await got.ended;
    expect(got.error).toEqual([expect.objectContaining(refusal(50))]);
    expect(subs.things[0].probe.subscribeCalls).toBe(calls);
  });
});
