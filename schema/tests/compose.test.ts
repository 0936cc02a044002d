import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SCRIPT = resolve(__dirname, '../../scripts/compose.mjs');
const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';
const A_SDL = `${LINK}\ntype Query { people: [Person!]! }\ntype Person @key(fields: "id") { id: ID! name: String! }\n`;
const B_SDL = `${LINK}\ntype Person @key(fields: "id") { id: ID! pets: [String!]! }\n`;

/** A throw-away repository layout: `a` checked in only, `b` built, `c` listed but absent. */
function makeRepo(bSdl = B_SDL): string {
  const root = mkdtempSync(join(tmpdir(), 'compose-test-'));
  mkdirSync(join(root, 'schema'));
  writeFileSync(
    join(root, 'schema', 'supergraph.config.json'),
    JSON.stringify({
      subgraphs: [
        { name: 'a', url: 'http://localhost:4101/graphql' },
        { name: 'b', url: 'http://localhost:4102/graphql' },
        { name: 'c', url: 'http://localhost:4103/graphql' },
      ],
    }),
  );
  mkdirSync(join(root, 'subgraphs', 'a'), { recursive: true });
  writeFileSync(join(root, 'subgraphs', 'a', 'package.json'), '{}');
  writeFileSync(join(root, 'subgraphs', 'a', 'schema.graphql'), A_SDL);
  setBuiltSdl(root, bSdl);
  return root;
}

function setBuiltSdl(root: string, sdl: string) {
  mkdirSync(join(root, 'subgraphs', 'b', 'dist'), { recursive: true });
  writeFileSync(join(root, 'subgraphs', 'b', 'package.json'), '{}');
  writeFileSync(
    join(root, 'subgraphs', 'b', 'dist', 'index.js'),
    `exports.bSubgraph = { emitSchema: async () => ${JSON.stringify(sdl)} };\n`,
  );
}

function compose(root: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [SCRIPT, '--root', root, ...args], { encoding: 'utf8' });
  return { code: r.status, stderr: r.stderr };
}

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});
function repo(bSdl?: string) {
  const root = makeRepo(bSdl);
  roots.push(root);
  return root;
}

describe('npm run compose', () => {
  it('emits built subgraph schemas and composes every existing subgraph into the supergraph', () => {
    const root = repo();
    const { code, stderr } = compose(root);
    expect(stderr).toContain('composed a, b');
    expect(code).toBe(0);
    expect(readFileSync(join(root, 'subgraphs', 'b', 'schema.graphql'), 'utf8')).toBe(B_SDL);
    const supergraph = readFileSync(join(root, 'schema', 'supergraph.graphql'), 'utf8');
    expect(supergraph).toContain('@join__graph(name: "a", url: "http://localhost:4101/graphql")');
    expect(supergraph).toContain('@join__graph(name: "b", url: "http://localhost:4102/graphql")');
    expect(supergraph).not.toContain('name: "c"');
  });

  it('passes --check when nothing changed and fails it, writing nothing, when a subgraph did', () => {
    const root = repo();
    expect(compose(root).code).toBe(0);
    expect(compose(root, '--check').code).toBe(0);
    const before = readFileSync(join(root, 'schema', 'supergraph.graphql'), 'utf8');
    setBuiltSdl(root, B_SDL.replace('pets: [String!]!', 'pets: [String!]! toys: Int'));
    const { code, stderr } = compose(root, '--check');
    expect(code).toBe(1);
    expect(stderr).toMatch(/out of date: .*subgraphs\/b\/schema\.graphql.*schema\/supergraph\.graphql/);
    expect(readFileSync(join(root, 'schema', 'supergraph.graphql'), 'utf8')).toBe(before);
    expect(readFileSync(join(root, 'subgraphs', 'b', 'schema.graphql'), 'utf8')).toBe(B_SDL);
  });

  it('fails with the composition errors when subgraphs do not compose', () => {
    const root = repo(B_SDL.replace('pets: [String!]!', 'name: Int!'));
    const { code, stderr } = compose(root);
    expect(code).toBe(1);
    expect(stderr).toMatch(/composition failed/);
    expect(stderr).toMatch(/Person\.name/);
  });

  it('refuses a subgraph folder that the config does not list', () => {
    const root = repo();
    mkdirSync(join(root, 'subgraphs', 'z'));
    writeFileSync(join(root, 'subgraphs', 'z', 'package.json'), '{}');
    const { code, stderr } = compose(root);
    expect(code).toBe(1);
    expect(stderr).toContain('subgraphs/z is not listed');
  });
});
