import { Supergraph } from '@apollo/federation-internals';
import { buildSchema, getIntrospectionQuery, getOperationAST, Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { readFileSync } from 'node:fs';
import { DEFAULT_SUPERGRAPH_PATH } from '../../src/config';
import { OperationLimits } from '../../src/limits';
import { DEFAULT_MANIFEST_PATH } from '../../src/persisted/manifest';
import { analyzeOperation } from '../../src/limits/operation-analysis';
import { tokenLimitViolation } from '../../src/limits/token-limit';

const SCHEMA = buildSchema(`
  directive @note repeatable on QUERY | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT
  type Query {
    me: User
    users(limit: Int): [User!]!
    top(first: Int = 5): [User!]!
    orders(first: Int = 20, after: String): OrderConnection!
    node(id: ID!): Node
    search: [Result!]!
    grid: [[User!]!]!
  }
  interface Node { id: ID! }
  union Result = User | Order
  type User implements Node { id: ID! name: String! tags: [String!]! friends: [User!]! orders(first: Int): OrderConnection! }
  type Order implements Node { id: ID! total: Int! lines: [Line!]! }
  type Line { name: String! }
  type OrderConnection { edges: [OrderEdge!]! nodes: [Order!]! total: Int! }
  type OrderEdge { node: Order! cursor: String! }
`);

/** Metrics of the (only or named) operation of `query`, which must validate. */
function measure(query: string, variables: Record<string, unknown> = {}, defaultListSize = 10) {
  const document = parse(query);
  expect(validate(SCHEMA, document)).toEqual([]);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return analyzeOperation(SCHEMA, document, operation, variables, defaultListSize);
}

describe('analyzeOperation', () => {
  it('counts depth as fields on the longest path, leaves included, through fragments', () => {
    expect(measure('{ me { id } }').depth).toBe(2);
    expect(measure('{ me { friends { friends { name } } } users { id } }').depth).toBe(4);
    expect(measure('{ me { ...F } } fragment F on User { friends { ... on User { friends { id } } } }').depth).toBe(4);
  });

  it('counts aliases, root fields and directives with every fragment spread expanded', () => {
    const m = measure(`
      query Q @note { a: me { ...F } b: me { ...F @note } users @include(if: true) { id } __typename }
      fragment F on User @note { x: id y: name @skip(if: false) }
    `);
    // operation, users, the second spread, then twice F's own and its field's
    expect(m).toMatchObject({ aliases: 2 + 2 * 2, rootFields: 4, directives: 1 + 1 + 1 + 2 * 2 });
    expect(measure('{ ...R } fragment R on Query { me { id } users { id } }').rootFields).toBe(2);
  });

  it('costs one per object returned, nothing for leaves, lists times their estimated size', () => {
    expect(measure('{ me { id name tags } }').cost).toBe(1);
    // users: 10 (default size) × (1 + friends 10 × 1)
    expect(measure('{ users { id friends { id } } }').cost).toBe(10 * (1 + 10));
    expect(measure('{ users(limit: 3) { friends { id } } }').cost).toBe(3 * (1 + 10));
    expect(measure('{ users { id } }', {}, 4).cost).toBe(4);
  });

  it("takes a size argument's schema default when it is not given", () => {
    expect(measure('{ top { id } }').cost).toBe(5);
    expect(measure('{ top(first: 2) { id } }').cost).toBe(2);
  });

  it('applies the size given to a connection field to the lists directly under it', () => {
    // orders: 1, edges: 3 × (1 + node 1 × (1 + lines 10 × 1)), nodes: 3 × 1
    expect(measure('{ orders(first: 3) { total edges { node { lines { name } } } nodes { id } } }').cost).toBe(
      1 + 3 * (1 + 1 * (1 + 10)) + 3,
    );
    // The schema default of `first` (20) when none is given.
    expect(measure('{ orders { nodes { id } } }').cost).toBe(1 + 20);
    // Through a fragment too, and not to lists further down.
    expect(measure('{ orders(first: 2) { ...C } } fragment C on OrderConnection { nodes { lines { name } } }').cost).toBe(1 + 2 * (1 + 10));
  });

  it('reads sizes from variables, their defaults, then the argument default', () => {
    const q = 'query Q($n: Int, $m: Int = 7) { users(limit: $n) { id } top(first: $m) { id } }';
    expect(measure(q, { n: 4, m: 2 })).toMatchObject({ cost: 4 + 2, sizedByVariables: true });
    expect(measure(q, {}).cost).toBe(10 + 7);
    expect(measure('query Q($m: Int) { top(first: $m) { id } }', {}).cost).toBe(5);
    expect(measure('{ users { id } }').sizedByVariables).toBe(false);
  });

  it('multiplies nested lists and counts abstract types by their selections', () => {
    expect(measure('{ grid { id } }').cost).toBe(10 * 10);
    expect(measure('{ search { ... on User { friends { id } } ... on Order { lines { name } } } }').cost).toBe(10 * (1 + 10 + 10));
    expect(measure('{ node(id: "1") { id ... on User { friends { id } } } }')).toMatchObject({ cost: 1 + 10, depth: 3 });
  });

  it('leaves the depth and cost of introspection out, but counts its aliases', () => {
    const m = measure(getIntrospectionQuery());
    expect(m).toMatchObject({ depth: 1, cost: 0, rootFields: 1 });
    expect(measure('{ a: __type(name: "User") { b: name } }')).toMatchObject({ aliases: 2, depth: 1 });
  });

  it('walks a fragment bomb in linear time, and survives fragment cycles', () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i + 1 < levels ? `fragment F${i} on User { friends { ...F${i + 1} } friends { ...F${i + 1} } }` : `fragment F${i} on User { id }`,
    );
    const document = parse(`{ me { ...F0 } } ${fragments.join(' ')}`);
    const operation = document.definitions[0] as OperationDefinitionNode;
    const started = performance.now();
    const m = analyzeOperation(SCHEMA, document, operation, {}, 10);
    expect(performance.now() - started).toBeLessThan(100);
    expect(m.depth).toBe(levels + 1);
    expect(m.cost).toBeGreaterThan(1e40);

    // Validation refuses cycles; the analysis must not loop on one all the same.
    const cyclic = parse('{ me { ...A } } fragment A on User { friends { ...B } } fragment B on User { friends { ...A } }');
    expect(analyzeOperation(SCHEMA, cyclic, cyclic.definitions[0] as OperationDefinitionNode, {}, 10).depth).toBe(3);
  });
});

describe('OperationLimits', () => {
  const parsed = (query: string) => {
    const document = parse(query);
    return { document, operation: document.definitions[0] as OperationDefinitionNode };
  };

  it('names the first limit exceeded with its value', () => {
    const limits = new OperationLimits({ maxDepth: 2 });
    const { document, operation } = parsed('{ me { friends { id } } }');
    expect(limits.check(SCHEMA, document, operation, {})).toEqual({ limit: 'depth', value: 3, max: 2 });
    const under = parsed('{ me { id } }');
    expect(limits.check(SCHEMA, under.document, under.operation, {})).toBeUndefined();
  });

  it('keeps the verdict of an operation, unless its cost depends on variables', () => {
    const limits = new OperationLimits({ maxCost: 10 });
    const fixed = parsed('{ users { id } }');
    expect(limits.check(SCHEMA, fixed.document, fixed.operation, {})).toBeUndefined();
    const sized = parsed('query Q($n: Int) { users(limit: $n) { id } }');
    expect(limits.check(SCHEMA, sized.document, sized.operation, { n: 10 })).toBeUndefined();
    expect(limits.check(SCHEMA, sized.document, sized.operation, { n: 11 })).toEqual({ limit: 'cost', value: 11, max: 10 });
  });

  it('checks nothing when every limit is 0', () => {
    const limits = new OperationLimits({ maxDepth: 0, maxAliases: 0, maxRootFields: 0, maxDirectives: 0, maxCost: 0, maxTokens: 0 });
    const { document, operation } = parsed('{ a: me { b: friends { c: friends { d: friends { id } } } } }');
    expect(limits.check(SCHEMA, document, operation, {})).toBeUndefined();
    expect(limits.parseOptions).toEqual({});
  });

  it("recognizes graphql-js' token-limit refusal", () => {
    const limits = new OperationLimits({ maxTokens: 5 });
    let error: unknown;
    try {
      parse('{ me { id name } }', limits.parseOptions);
    } catch (err) {
      error = err;
    }
    expect(tokenLimitViolation(error)).toEqual({ limit: 'tokens', value: undefined, max: 5 });
    expect(() => parse('{ a b c }', limits.parseOptions)).not.toThrow();
    let other: unknown;
    try {
      parse('{ me { id ');
    } catch (err) {
      other = err;
    }
    expect(tokenLimitViolation(other)).toBeUndefined();
  });
});

describe('the default limits', () => {
  it("let through every operation of the platform's persisted-query list and the explorer's introspection", () => {
    const api = Supergraph.build(readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8')).apiSchema().toGraphQLJSSchema();
    const manifest = JSON.parse(readFileSync(DEFAULT_MANIFEST_PATH, 'utf8')) as { operations: { name: string; body: string }[] };
    expect(manifest.operations.length).toBeGreaterThan(50);
    const introspection = getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true });
    const limits = new OperationLimits();
    for (const { name, body } of [...manifest.operations, { name: 'IntrospectionQuery', body: introspection }]) {
      const document = parse(body, limits.parseOptions);
      const operation = getOperationAST(document, name)!;
      expect({ name, refused: limits.check(api, document, operation, {}) }).toEqual({ name, refused: undefined });
    }
  });
});
