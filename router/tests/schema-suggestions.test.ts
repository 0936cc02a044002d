import { startStack, type Stack } from './fixtures/start-stack';
import { startSubscriptionStack, type SubscriptionStack } from './fixtures/subscription-stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack.stop();
});

const messages = (json: { errors?: { message: string }[] }) => (json.errors ?? []).map((e) => e.message).join('\n');

describe('"Did you mean …" suggestions', () => {
  it('are given in development, where introspection is on', async () => {
    const res = await stack.post({ query: '{ user { id } }' });
    expect(messages(res.json)).toMatch(/Did you mean "users"\?/);
  });

  it('are hidden where introspection is off', async () => {
    const { url } = await stack.startRouter({ introspection: false });
    const res = await stack.post({ query: '{ user { id } usres { nme } }' }, {}, url);
    expect(res.status).toBe(400);
    expect(res.json.errors).toHaveLength(2);
    expect(res.json.errors[0]).toMatchObject({
      message: 'Cannot query field "user" on type "Query".',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(messages(res.json)).not.toMatch(/Did you mean|users|name/);
  });

  it('are hidden with NODE_ENV=production, even with introspection on', async () => {
    const before = process.env['NODE_ENV'];
    process.env['NODE_ENV'] = 'production';
    let url: string;
    try {
      ({ url } = await stack.startRouter({ introspection: true, explorer: false }));
    } finally {
      process.env['NODE_ENV'] = before;
    }
    const field = await stack.post({ query: '{ user { id } }' }, {}, url);
    expect(messages(field.json)).toBe('Cannot query field "user" on type "Query".');
  });
});

describe('operationName', () => {
  const twoOperations = 'query A { users { id } } query B { topReview { id } }';

  it('runs the named operation of a document', async () => {
    const res = await stack.post({ query: twoOperations, operationName: 'B' });
    expect(res.json).toEqual({ data: { topReview: { id: 'r1' } } });
  });

  it('answers an unknown one with 400 BAD_USER_INPUT, not 500', async () => {
    const res = await stack.post({ query: twoOperations, operationName: 'C' });
    expect(res.status).toBe(400);
    expect(res.json).toEqual({
      errors: [
        {
          message: 'Unknown operation named "C"',
          extensions: { code: 'BAD_USER_INPUT', reason: 'OPERATION_RESOLUTION_FAILURE' },
        },
      ],
    });
  });

  it('answers a missing one for a document of several operations with 400', async () => {
    const res = await stack.post({ query: twoOperations });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('echoes a huge unknown name cut short', async () => {
    const res = await stack.post({ query: twoOperations, operationName: 'X'.repeat(100_000) });
    expect(res.status).toBe(400);
    expect(res.text.length).toBeLessThan(1_000);
  });
});

describe('"Did you mean …" suggestions over graphql-ws', () => {
  let subs: SubscriptionStack;
  beforeAll(async () => {
    subs = await startSubscriptionStack({ router: { introspection: false } });
  });
  afterAll(async () => {
    await subs.stop();
  });

  it('are hidden where introspection is off, as over HTTP', async () => {
    const got = subs.collect(subs.client(), 'subscription { thingUpdated(id: "a") { idd } }');
    await got.ended;
    expect(got.error).toEqual([expect.objectContaining({ message: 'Cannot query field "idd" on type "Thing".' })]);
  });

  it('name the argument a bad literal is about in extensions.field, as over HTTP', async () => {
    const got = subs.collect(subs.client(), 'subscription { thingUpdated(id: 5.5) { id } }');
    await got.ended;
    expect(got.error).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'id' }) })]);
  });
});
