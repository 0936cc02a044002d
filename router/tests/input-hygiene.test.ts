import { buildSubgraphSchema } from '@apollo/subgraph';
import type { RequestContext } from '@foodgraph/platform/graphql';
import { createSubgraphServer } from '@foodgraph/platform/http';
import { createLogger } from '@foodgraph/platform/logging';
import { parse } from 'graphql';
import { randomBytes } from 'node:crypto';
import { createRouter, type Router } from '../src';
import { composeSupergraph } from './fixtures/compose-supergraph';
import { startSubscriptionStack, type SubscriptionStack } from './fixtures/subscription-stack';

/**
 * A subgraph that stores its input as PostgreSQL would: text with a NUL or a lone surrogate
 * makes it fail the way the driver does (an unexpected error, INTERNAL_SERVER_ERROR to the
 * client). `stored` records every input that reached it, so a test sees what got through.
 */
const NOTES_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  scalar JSON
  input LineInput { itemId: ID!, quantity: Int!, notes: String }
  input NoteInput { name: String!, lines: [LineInput!], tags: [String!], meta: JSON }
  type Note @key(fields: "id") { id: ID!, name: String! }
  type Query { note(id: ID!): Note, notes(search: String): [Note!]! }
  type Mutation {
    addNote(input: NoteInput!): Note
    rename(id: ID!, name: String!): Note
  }
`;

/** A NUL, or a surrogate not paired with its other half: what PostgreSQL refuses. */
const UNSTORABLE = /\0|[\uD800-\uDFFF]/;

function unstorable(value: unknown): boolean {
  if (typeof value === 'string') return UNSTORABLE.test(value.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''));
  if (value !== null && typeof value === 'object') return Object.values(value).some(unstorable);
  return false;
}

let router: Router;
let url: string;
let stopSubgraph: () => Promise<void>;
const stored: unknown[] = [];

function store(value: unknown): void {
  stored.push(value);
  if (unstorable(value)) throw new Error('invalid byte sequence for encoding "UTF8": 0x00');
}

beforeAll(async () => {
  const secret = randomBytes(32).toString('hex');
  const logger = createLogger('input-hygiene', 'silent');
  const subgraph = createSubgraphServer<RequestContext>({
    name: 'notes',
    schema: buildSubgraphSchema({
      typeDefs: parse(NOTES_SDL),
      resolvers: {
        Query: {
          note: (_: unknown, { id }: { id: string }) => (store(id), { id, name: 'n' }),
          notes: (_: unknown, args: { search?: string }) => (store(args), []),
        },
        Mutation: {
          addNote: (_: unknown, { input }: { input: { name: string } }) => (store(input), { id: 'n1', name: input.name }),
          rename: (_: unknown, { id, name }: { id: string; name: string }) => (store({ id, name }), { id, name }),
        },
      },
    }),
    routerSecret: secret,
    logger,
    createContext: (base) => base,
  });
  const listening = await subgraph.listen(0);
  stopSubgraph = () => subgraph.stop();
  router = createRouter({
    supergraphSdl: composeSupergraph([{ name: 'notes', sdl: NOTES_SDL, url: listening.url }]),
    routerSecret: secret,
    logger,
    jwksUrl: 'http://127.0.0.1:9/jwks.json',
  });
  ({ url } = await router.listen(0));
});

afterAll(async () => {
  await router.stop();
  await stopSubgraph();
});

beforeEach(() => {
  stored.length = 0;
});

async function post(query: string, variables?: Record<string, unknown>) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] },
  };
}

const ADD_NOTE = 'mutation Add($input: NoteInput!) { addNote(input: $input) { id name } }';
const NUL = 'before\u0000after';
const LONE_HIGH = 'x\uD83Dy';
const LONE_LOW = '\uDE00';

describe('input hygiene: text PostgreSQL cannot store is refused at the router', () => {
  it.each([
    ['a NUL in a top-level input field', { name: NUL }, 'input.name', /NUL/],
    ['a lone high surrogate in a top-level input field', { name: LONE_HIGH }, 'input.name', /surrogate/],
    ['a lone low surrogate in a list of strings', { name: 'ok', tags: ['fine', LONE_LOW] }, 'input.tags[1]', /surrogate/],
    [
      'a NUL inside a list of input objects',
      {
        name: 'ok',
        lines: [
          { itemId: 'i1', quantity: 1 },
          { itemId: 'i2', quantity: 1, notes: NUL },
        ],
      },
      'input.lines[1].notes',
      /NUL/,
    ],
    ['a NUL inside a custom scalar', { name: 'ok', meta: { nested: [1, { deep: NUL }] } }, 'input.meta.nested[1].deep', /NUL/],
    ['a NUL in an id', { name: 'ok', lines: [{ itemId: NUL, quantity: 1 }] }, 'input.lines[0].itemId', /NUL/],
  ])('refuses %s in a variable, naming the argument path', async (_what, input, field, reason) => {
    const { status, body } = await post(ADD_NOTE, { input });
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(body.errors?.[0]?.message).toMatch(reason);
    expect(stored).toEqual([]);
  });

  it('names the argument, not the variable, when they differ', async () => {
    const { body } = await post('mutation($n: String!) { rename(id: "n1", name: $n) { id } }', { n: NUL });
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  it('follows variables nested in literal input objects and lists', async () => {
    const { body } = await post(
      'mutation($notes: String) { addNote(input: { name: "ok", lines: [{ itemId: "i", quantity: 1, notes: $notes }] }) { id } }',
      {
        notes: LONE_HIGH,
      },
    );
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.lines[0].notes' });
    expect(stored).toEqual([]);
  });

  it('refuses a NUL written into the query text as a literal (\\u0000 escape)', async () => {
    const { status, body } = await post('mutation { rename(id: "n1", name: "a\\u0000b") { id } }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(stored).toEqual([]);
  });

  it('checks arguments below the root, inside fragments', async () => {
    const { body } = await post('query($s: String) { ...F } fragment F on Query { notes(search: $s) { id } }', { s: NUL });
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'search' });
  });

  it("checks a variable's default value", async () => {
    const { body } = await post('query($id: ID! = "x\\u0000") { note(id: $id) { id } }');
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('lets well-formed text through: surrogate pairs (emoji), other control characters, long text', async () => {
    const name = `😀 café \t\u0001 ${'x'.repeat(10_000)}`;
    const { status, body } = await post(ADD_NOTE, { input: { name, tags: ['🍕'], lines: [{ itemId: 'i', quantity: 2, notes: '𝄞' }] } });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { addNote: { id: 'n1', name } } });
    expect(stored).toHaveLength(1);
  });

  it('checks the variables of every request, not just the first of an operation text', async () => {
    expect((await post(ADD_NOTE, { input: { name: 'fine' } })).status).toBe(200);
    const { body } = await post(ADD_NOTE, { input: { name: NUL } });
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.name' });
  });
});

describe('input hygiene over graphql-ws: the same rule for subscriptions', () => {
  let subs: SubscriptionStack;
  beforeAll(async () => {
    subs = await startSubscriptionStack();
  });
  afterAll(async () => {
    await subs.stop();
  });

  it.each([
    ['a NUL', NUL],
    ['a lone surrogate', LONE_LOW],
  ])('refuses %s in an argument before subscribing upstream', async (_what, id) => {
    const received = subs.collect(subs.client(), 'subscription($id: ID!) { thingUpdated(id: $id) { id } }', { id });
    await received.ended;
    expect(received.error).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'id' } })]);
    expect(subs.things[0].probe.iterators.size).toBe(0);
  });
});
