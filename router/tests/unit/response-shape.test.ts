import { buildSchema, operationFromDocument, type Operation } from '@apollo/federation-internals';
import { parse, type GraphQLError } from 'graphql';
import { compileResponseShape, shapeResponse } from '../../src/execution/response-shape';

type Input = Record<string, unknown> | null | undefined;
type ComputeResponse = (args: {
  operation: Operation;
  variables?: Record<string, unknown>;
  input: Input;
  introspectionHandling: (selection: unknown) => unknown;
}) => { data: Input; errors: GraphQLError[] };

// `computeResponse` is not part of @apollo/gateway's public API, so it is loaded by its file,
// here in this test only: it is the reference the router's shaping must match.
const RESULT_SHAPING = require.resolve('@apollo/gateway/dist/resultShaping.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- see above: a file, not a module of the public API
const { computeResponse } = require(RESULT_SHAPING) as { computeResponse: ComputeResponse };

const SCHEMA = buildSchema(`
  type Query {
    product(id: ID!): Product
    products: [Product!]!
    maybeProducts: [Product]
    search(term: String): [SearchResult!]!
    node(id: ID!): Node
    count: Int
  }
  type Mutation { rename(id: ID!, name: String!): Product! }
  interface Node { id: ID! }
  type Product implements Node {
    id: ID!
    name: String!
    price: Float
    status: Status
    tags: [String!]
    reviews: [Review!]
    top: Review
  }
  type Book implements Node { id: ID! title: String }
  union SearchResult = Product | Book
  enum Status { ACTIVE RETIRED }
  type Review { id: ID! rating: Int! author: User }
  type User { id: ID! name: String! }
`);

interface Case {
  name: string;
  query: string;
  input: Input;
  variables?: Record<string, unknown>;
}

const p1 = { __typename: 'Product', id: 'p1', name: 'Bun', price: 2.5, status: 'ACTIVE', tags: ['bread'], extra: 'not selected' };
const review = (id: string, rating: unknown, author: unknown = { __typename: 'User', id: 'u1', name: 'Ann' }) => ({
  __typename: 'Review',
  id,
  rating,
  author,
});

const CASES: Case[] = [
  {
    name: 'aliases, of fields and of __typename, and fields the client did not select',
    query: `{ a: product(id: "p1") { theId: id t: __typename n: name name } b: products { id } }`,
    input: { a: p1, b: [p1, { ...p1, id: 'p2' }] },
  },
  {
    name: 'named and inline fragments on a union and an interface, __typename from the parent',
    query: `query Q { search { __typename ... on Product { name ...P } ... on Book { title } } node(id: "b1") { id ...B } }
      fragment P on Product { price tags }
      fragment B on Book { title }`,
    input: {
      search: [p1, { __typename: 'Book', id: 'b1', title: 'Dune' }],
      node: { __typename: 'Book', id: 'b1', title: 'Dune' },
    },
  },
  {
    name: 'the same field selected twice through fragments, merged',
    query: `{ product(id: "p1") { name ... on Product { name reviews { id } } reviews { rating author { name } } } }`,
    input: { product: { ...p1, reviews: [review('r1', 5), review('r2', 3, null)] } },
  },
  {
    name: 'nulls: a nullable field, a null list element, and a non-null field bubbling to its parent',
    query: `{ product(id: "p1") { name top { rating } } maybeProducts { id name } count }`,
    input: { product: { ...p1, top: null }, maybeProducts: [p1, null, { __typename: 'Product', id: 'p3', name: null }], count: null },
  },
  {
    name: 'a non-null violation that bubbles up to the root (data null)',
    query: `{ products { id name } }`,
    input: { products: [p1, { __typename: 'Product', id: 'p2' }] },
  },
  {
    name: 'a missing field and missing data',
    query: `{ product(id: "p1") { id price status } node(id: "x") { id } }`,
    input: { product: { __typename: 'Product', id: 'p1' } },
  },
  {
    name: '@skip and @include: literals, variables and variable defaults',
    query: `query Q($withTags: Boolean!, $skipName: Boolean = true) {
      product(id: "p1") { id name @skip(if: $skipName) price @include(if: false) tags @include(if: $withTags) status @skip(if: false) }
    }`,
    input: { product: p1 },
    variables: { withTags: true },
  },
  {
    name: '@skip and @include on fragments, the other way round',
    query: `query Q($withTags: Boolean!, $skipName: Boolean = true) {
      product(id: "p1") { id ... on Product @include(if: $withTags) { tags } ...N @skip(if: $skipName) }
    }
    fragment N on Product { name }`,
    input: { product: p1 },
    variables: { withTags: false, skipName: false },
  },
  {
    name: 'value errors: an unknown enum value, a string for an Int, a float for an ID, an unknown __typename',
    query: `{ product(id: "p1") { id status reviews { rating } } products { id } node(id: "n") { id } }`,
    input: {
      product: { ...p1, status: 'GONE', reviews: [review('r1', 'five')] },
      products: [{ ...p1, id: 1.5 }],
      node: { __typename: 'Nope', id: 'n' },
    },
  },
  {
    name: 'a mutation',
    query: `mutation { rename(id: "p1", name: "Bap") { id name } }`,
    input: { rename: { ...p1, name: 'Bap' } },
  },
];

function normalized(result: { data: Input; errors: readonly GraphQLError[] }): unknown {
  return JSON.parse(JSON.stringify({ data: result.data, errors: result.errors.map((e) => e.toJSON()) })) as unknown;
}

function operationOf(query: string): Operation {
  return operationFromDocument(SCHEMA, parse(query), { validate: false });
}

function ours(query: string, input: Input, variables?: Record<string, unknown>) {
  const shape = compileResponseShape(operationOf(query));
  if (!shape) throw new Error('the case should compile');
  return shapeResponse(shape, structuredClone(input), variables);
}

function upstream(query: string, input: Input, variables?: Record<string, unknown>) {
  return computeResponse({
    operation: operationOf(query),
    variables,
    input: structuredClone(input),
    introspectionHandling: () => {
      throw new Error('no introspection in these cases');
    },
  });
}

describe('shapeResponse answers as upstream computeResponse (@apollo/gateway resultShaping) on the same input', () => {
  it.each(CASES)('$name', ({ query, input, variables }) => {
    const expected = normalized(upstream(query, input, variables));
    expect(normalized(ours(query, input, variables))).toEqual(expected);
  });

  it('covers what it claims: the cases include value errors, nulls that bubble and data null', () => {
    const results = CASES.map((c) => upstream(c.query, c.input, c.variables));
    expect(results.some((r) => r.errors.length > 1)).toBe(true);
    expect(results.some((r) => r.data === null)).toBe(true);
    expect(results.some((r) => JSON.stringify(r.data).includes('null'))).toBe(true);
  });

  // The one deliberate difference: the offending value in these messages is JSON (upstream
  // interpolates it, `[object Object]`). Clients never see them: the router masks uncoded errors.
  it.each([
    ['a list where an object belongs', `{ product(id: "p1") { id } }`, { product: [p1] }],
    ['an object where a list belongs', `{ products { id } }`, { products: p1 }],
    ['a string where an object belongs', `{ product(id: "p1") { id } }`, { product: 'p1' }],
  ])('fails as upstream does on a malformed answer: %s', (_name, query, input) => {
    const message = (run: () => unknown) => {
      try {
        run();
      } catch (err) {
        return (err as Error).message.replace(/value .* returned by/, 'value … returned by');
      }
      return 'did not throw';
    };
    expect(message(() => ours(query, input))).toBe(message(() => upstream(query, input)));
  });

  it('leaves schema introspection to the stock path', () => {
    expect(compileResponseShape(operationOf(`{ __schema { queryType { name } } }`))).toBeUndefined();
  });
});
