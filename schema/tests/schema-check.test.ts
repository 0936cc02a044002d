import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SCRIPT = resolve(__dirname, '../../scripts/schema-check.mjs');
const COMPOSE = resolve(__dirname, '../../scripts/compose.mjs');
const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';
const SDL = `${LINK}
type Query { dishes(first: Int = 20): [Dish!]! dish(id: ID!): Dish }
type Dish @key(fields: "id") { id: ID! name: String! price: Int! }
`;
const OPERATION = 'query DishNames { dishes { id name } }\n';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A throw-away layout with one subgraph, composed, its baseline taken, and one client operation. */
function makeRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'schema-check-test-'));
  roots.push(root);
  mkdirSync(join(root, 'schema', 'operations', 'web'), { recursive: true });
  writeFileSync(
    join(root, 'schema', 'supergraph.config.json'),
    JSON.stringify({ subgraphs: [{ name: 'kitchen', url: 'http://localhost:4199/graphql' }] }),
  );
  mkdirSync(join(root, 'subgraphs', 'kitchen'), { recursive: true });
  writeFileSync(join(root, 'subgraphs', 'kitchen', 'package.json'), '{}');
  writeFileSync(join(root, 'schema', 'operations', 'web', 'dishes.graphql'), OPERATION);
  changeSubgraph(root, SDL);
  expect(run(root, '--update-baseline').code).toBe(0);
  return root;
}

/** Edits the subgraph and recomposes, as a developer would. */
function changeSubgraph(root: string, sdl: string) {
  writeFileSync(join(root, 'subgraphs', 'kitchen', 'schema.graphql'), sdl);
  const r = spawnSync(process.execPath, [COMPOSE, '--root', root], { encoding: 'utf8' });
  expect(r.status).toBe(0);
}

function run(root: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [SCRIPT, '--root', root, ...args], { encoding: 'utf8' });
  return { code: r.status, stderr: r.stderr };
}

describe('npm run schema:check', () => {
  it('passes when nothing changed since the baseline', () => {
    const { code, stderr } = run(makeRepo());
    expect(stderr).toContain('schema check passed');
    expect(code).toBe(0);
  });

  it('passes an additive change: a new field, type and optional argument', () => {
    const root = makeRepo();
    changeSubgraph(
      root,
      SDL.replace('dish(id: ID!): Dish', 'dish(id: ID!, locale: String): Dish specials: [Special!]!').concat(
        'type Special { title: String! }\n',
      ),
    );
    expect(run(root).code).toBe(0);
  });

  it('fails a breaking change: a removed field, a changed type and a new required argument', () => {
    const root = makeRepo();
    changeSubgraph(
      root,
      SDL.replace(' price: Int!', '').replace('name: String!', 'name: Int!').replace('dish(id: ID!)', 'dish(id: ID!, shop: ID!)'),
    );
    const { code, stderr } = run(root);
    expect(code).toBe(1);
    expect(stderr).toContain('breaking change [FIELD_REMOVED]: Dish.price was removed.');
    expect(stderr).toContain('breaking change [FIELD_CHANGED_KIND]: Dish.name changed type from String! to Int!.');
    expect(stderr).toMatch(/breaking change \[REQUIRED_ARG_ADDED\]: A required arg shop on Query\.dish was added\./);
    // The client operation selects Dish.name as a leaf, which is still valid for Int; it is the baseline that fails.
    expect(stderr).toContain('schema check failed');
  });

  it('lets a breaking change through once it is recorded as intended with a reason', () => {
    const root = makeRepo();
    changeSubgraph(root, SDL.replace(' price: Int!', ''));
    expect(run(root).code).toBe(1);
    writeFileSync(
      join(root, 'schema', 'intended-breaking-changes.json'),
      JSON.stringify({ changes: [{ type: 'FIELD_REMOVED', description: 'Dish.price was removed.', reason: 'no client ever read it' }] }),
    );
    const { code, stderr } = run(root);
    expect(stderr).toContain('intended breaking change [FIELD_REMOVED]');
    expect(code).toBe(0);
  });

  it('fails when a client operation no longer validates against the API schema', () => {
    const root = makeRepo();
    writeFileSync(join(root, 'schema', 'operations', 'web', 'broken.graphql'), 'query Broken { dishes { id calories } }\n');
    const { code, stderr } = run(root);
    expect(code).toBe(1);
    expect(stderr).toMatch(/Cannot query field "calories" on type "Dish"[\s\S]*schema\/operations\/web\/broken\.graphql:1/);
  });

  it('fails when schema/api.graphql was not recomposed', () => {
    const root = makeRepo();
    writeFileSync(join(root, 'subgraphs', 'kitchen', 'schema.graphql'), SDL.replace('price: Int!', 'price: Int! spicy: Boolean'));
    const { code, stderr } = run(root);
    expect(code).toBe(1);
    expect(stderr).toContain('schema/api.graphql is not the composed API schema');
  });
});
