import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const CHECK = join(ROOT, 'scripts', 'codegen-check.mjs');

interface ManifestOperation {
  id: string;
  name: string;
  type: string;
  body: string;
}
const manifest = JSON.parse(readFileSync(join(ROOT, 'schema', 'persisted-queries.json'), 'utf8')) as {
  format: string;
  version: number;
  operations: ManifestOperation[];
};

function codegenCheck(root: string) {
  const r = spawnSync(process.execPath, [CHECK, '--root', root], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, stderr: r.stderr };
}

describe('npm run codegen', () => {
  it('has generated files that match schema/operations and the API schema', () => {
    const { code, stderr } = codegenCheck(ROOT);
    expect(stderr).toContain('up to date');
    expect(code).toBe(0);
  });

  it('reports the generated files as stale when an operation changes without regenerating', () => {
    const root = mkdtempSync(join(tmpdir(), 'codegen-test-'));
    try {
      for (const path of [
        'codegen.yml',
        'schema/api.graphql',
        'schema/operations',
        'schema/generated',
        'schema/codegen',
        'schema/persisted-queries.json',
      ]) {
        cpSync(join(ROOT, path), join(root, path), { recursive: true });
      }
      writeFileSync(join(root, 'schema', 'operations', 'web', 'extra.graphql'), 'query ExtraViewerName {\n  me {\n    name\n  }\n}\n');
      const { code, stderr } = codegenCheck(root);
      expect(code).toBe(1);
      expect(stderr).toMatch(/out of date: .*schema\/persisted-queries\.json/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("writes Apollo's persisted-query manifest with id = sha256 of each body", () => {
    expect(manifest.format).toBe('apollo-persisted-query-manifest');
    expect(manifest.version).toBe(1);
    expect(manifest.operations.length).toBeGreaterThan(10);
    const names = new Set<string>();
    for (const op of manifest.operations) {
      expect(op.id).toBe(createHash('sha256').update(op.body).digest('hex'));
      expect(['query', 'mutation', 'subscription']).toContain(op.type);
      expect(op.body).toContain(`${op.type} ${op.name}`);
      names.add(op.name);
    }
    expect(names.size).toBe(manifest.operations.length);
    expect([...names]).toEqual(expect.arrayContaining(['PartnerMenuSync', 'PartnerSetItemAvailability', 'RestaurantPage', 'Login']));
  });

  it('gives each typed document the same hash as its manifest entry', () => {
    const generated = readFileSync(join(ROOT, 'schema', 'generated', 'graphql.ts'), 'utf8');
    for (const op of manifest.operations) {
      expect(generated).toContain(`export const ${op.name}Document = {"__meta__":{"hash":"${op.id}"}`);
    }
  });
});
