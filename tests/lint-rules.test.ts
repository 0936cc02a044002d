import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');

interface LintCase {
  /** What the house forbids, as the test name. */
  rule: string;
  /** Where the offending file would live (virtual: nothing is written there). */
  filePath: string;
  code: string;
  /** The ESLint rule that must report it. */
  ruleId: string;
}

interface LintResult {
  filePath: string;
  messages: { ruleId: string | null; message: string }[];
}

/** Lints every text with the repo's eslint.config.mjs at its virtual path, in one child process. */
function lint(files: { filePath: string; code: string }[]): LintResult[] {
  const out = execFileSync(process.execPath, [join(ROOT, 'tests/lint-fixtures/lint-virtual-files.mjs')], {
    cwd: ROOT,
    input: JSON.stringify(files),
    encoding: 'utf8',
  });
  return JSON.parse(out) as LintResult[];
}

const VIOLATIONS: LintCase[] = [
  {
    rule: 'domain/ imports nothing of services (or entities, graphql, events, reactions)',
    filePath: 'subgraphs/orders/src/domain/lint-probe.ts',
    code: "import { OrderService } from '../services/order.service';\nexport const probe = OrderService;\n",
    ruleId: 'foodgraph/layers',
  },
  {
    rule: 'domain/ imports nothing of entities',
    filePath: 'subgraphs/menu/src/domain/rules/lint-probe.ts',
    code: "export { Restaurant } from '../../entities/restaurant.entity';\n",
    ruleId: 'foodgraph/layers',
  },
  {
    rule: 'entities/ import domain/ only',
    filePath: 'subgraphs/menu/src/entities/lint-probe.ts',
    code: "import { MenuService } from '../services/menu.service';\nexport const probe = MenuService;\n",
    ruleId: 'foodgraph/layers',
  },
  {
    rule: 'services/ never import graphql/',
    filePath: 'subgraphs/delivery/src/services/lint-probe.ts',
    code: "import type { DeliveryContext } from '../graphql/context';\nexport type Probe = DeliveryContext;\n",
    ruleId: 'foodgraph/layers',
  },
  {
    rule: 'services/ never import reactions/',
    filePath: 'subgraphs/orders/src/services/lint-probe.ts',
    code: "export const load = () => import('../reactions');\n",
    ruleId: 'foodgraph/layers',
  },
  {
    rule: 'graphql/ never imports reactions/',
    filePath: 'subgraphs/feedback/src/graphql/lint-probe.ts',
    code: "import { reactions } from '../reactions/index';\nexport const probe = reactions;\n",
    ruleId: 'foodgraph/layers',
  },
  {
    rule: 'no relative path from one subgraph into another',
    filePath: 'subgraphs/orders/src/services/lint-probe.ts',
    code: "import { quote } from '../../../menu/src/domain/quote';\nexport const probe = quote;\n",
    ruleId: 'foodgraph/workspace-boundaries',
  },
  {
    rule: 'no relative path from a subgraph into packages/',
    filePath: 'subgraphs/users/src/lint-probe.ts',
    code: "import { signedIn } from '../../../packages/platform/src/auth/guards';\nexport const probe = signedIn;\n",
    ruleId: 'foodgraph/workspace-boundaries',
  },
  {
    rule: 'no relative path from router/src into subgraphs/',
    filePath: 'router/src/lint-probe.ts',
    code: "const menu: unknown = require('../../subgraphs/menu/src');\nexport const probe = menu;\n",
    ruleId: 'foodgraph/workspace-boundaries',
  },
  {
    rule: 'no relative path from tests/ into a workspace (import it by package name)',
    filePath: 'tests/e2e/lint-probe.e2e.test.ts',
    code: "import { startStack } from '../../stack/src';\nexport const probe = startStack;\n",
    ruleId: 'foodgraph/workspace-boundaries',
  },
  {
    rule: 'packages/ never imports the test kit',
    filePath: 'packages/platform/src/lint-probe.ts',
    code: "import { startSupergraph } from '@foodgraph/testing';\nexport const probe = startSupergraph;\n",
    ruleId: 'no-restricted-imports',
  },
  {
    rule: 'packages/ never imports a subgraph',
    filePath: 'packages/events/src/lint-probe.ts',
    code: "export * from '@foodgraph/orders';\n",
    ruleId: 'no-restricted-imports',
  },
  {
    rule: 'packages/ never imports the router or stack',
    filePath: 'packages/platform/tests/lint-probe.test.ts',
    code: "import { startStack } from '@foodgraph/stack';\nexport const probe = startStack;\n",
    ruleId: 'no-restricted-imports',
  },
  {
    rule: 'subgraphs never import each other by package name',
    filePath: 'subgraphs/delivery/src/lint-probe.ts',
    code: "import { createOrdersSubgraph } from '@foodgraph/orders';\nexport const probe = createOrdersSubgraph;\n",
    ruleId: 'no-restricted-imports',
  },
  {
    rule: 'the router never imports a subgraph',
    filePath: 'router/src/lint-probe.ts',
    code: "import { createMenuSubgraph } from '@foodgraph/menu';\nexport const probe = createMenuSubgraph;\n",
    ruleId: 'no-restricted-imports',
  },
  {
    rule: 'a subgraph never imports what assembles it',
    filePath: 'subgraphs/menu/src/lint-probe.ts',
    code: "import { startStack } from '@foodgraph/stack';\nexport const probe = startStack;\n",
    ruleId: 'no-restricted-imports',
  },
  {
    rule: "no deep import of graphql's internals",
    filePath: 'router/src/execution/lint-probe.ts',
    code: "import { getVariableValues } from 'graphql/execution/values';\nexport const probe = getVariableValues;\n",
    ruleId: 'no-restricted-imports',
  },
  {
    rule: "no deep import of an Apollo package's dist/",
    filePath: 'packages/platform/src/graphql/lint-probe.ts',
    code: "import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';\nexport type Probe = GraphQLResolverMap;\n",
    ruleId: 'no-restricted-imports',
  },
  {
    rule: "no deep import of type-graphql's internals",
    filePath: 'subgraphs/orders/src/graphql/lint-probe.ts',
    code: "import { getMetadataStorage } from 'type-graphql/build/cjs/metadata/getMetadataStorage';\nexport const probe = getMetadataStorage;\n",
    ruleId: 'no-restricted-imports',
  },
  {
    rule: "no import of a workspace's src/ by package name, even in tests",
    filePath: 'tests/e2e/lint-probe.e2e.test.ts',
    code: "import { startStack } from '@foodgraph/stack/src/start-stack';\nexport const probe = startStack;\n",
    ruleId: 'no-restricted-imports',
  },
];

/** Imports the rules must leave alone, so the rules are not simply "everything fails". */
const ALLOWED: { rule: string; filePath: string; code: string }[] = [
  {
    rule: 'services import domain/ and packages by name',
    filePath: 'subgraphs/orders/src/services/lint-probe.ts',
    code: "import { GraphQLError } from 'graphql';\nimport { x } from '../domain/x';\nimport { signedIn } from '@foodgraph/platform/auth';\nexport const probe = [GraphQLError, x, signedIn];\n",
  },
  {
    rule: 'graphql/ imports services/ and events/ topic names; public subpath exports are fine',
    filePath: 'subgraphs/orders/src/graphql/lint-probe.ts',
    code: "import { OrderService } from '../services/order.service';\nimport { TOPICS } from '../events/topics';\nimport { unwrapResolverError } from '@apollo/server/errors';\nexport const probe = [OrderService, TOPICS, unwrapResolverError];\n",
  },
  {
    rule: 'a subgraph test imports its own src/ and the test kit',
    filePath: 'subgraphs/menu/tests/unit/lint-probe.test.ts',
    code: "import { geo } from '../../src/domain/geo';\nimport { startSupergraph } from '@foodgraph/testing';\nexport const probe = [geo, startSupergraph];\n",
  },
];

describe('the layer rules of eslint.config.mjs', () => {
  const results = lint([...VIOLATIONS, ...ALLOWED]);
  const byIndex = (i: number) => results[i]?.messages ?? [];

  it.each(VIOLATIONS.map((c, i) => [c.rule, c, i] as const))('reports: %s', (_name, c, i) => {
    const reported = byIndex(i).filter((m) => m.ruleId === c.ruleId);
    expect({ file: c.filePath, reported: reported.length > 0 }).toEqual({ file: c.filePath, reported: true });
    expect(byIndex(i).filter((m) => m.ruleId === null)).toEqual([]); // no parsing error hid the rule
  });

  it.each(ALLOWED.map((c, i) => [c.rule, VIOLATIONS.length + i] as const))('allows: %s', (_name, i) => {
    const importRules = ['foodgraph/layers', 'foodgraph/workspace-boundaries', 'no-restricted-imports', null];
    expect(byIndex(i).filter((m) => importRules.includes(m.ruleId))).toEqual([]);
  });
});

describe('scripts/check-workspace-deps.mjs', () => {
  const repo = mkdtempSync(join(tmpdir(), 'workspace-deps-'));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  function check(dependencies: Record<string, string>) {
    writeFileSync(join(repo, 'package.json'), JSON.stringify({ workspaces: ['subgraphs/probe'] }));
    mkdirSync(join(repo, 'subgraphs/probe/src'), { recursive: true });
    writeFileSync(join(repo, 'subgraphs/probe/package.json'), JSON.stringify({ name: '@foodgraph/probe', dependencies }));
    writeFileSync(
      join(repo, 'subgraphs/probe/src/probe.ts'),
      "import { join } from 'node:path';\nimport { Entity } from 'typeorm';\nimport type { GraphQLSchema } from 'graphql';\nimport { x } from './x';\n",
    );
    return spawnSync(process.execPath, [join(ROOT, 'scripts/check-workspace-deps.mjs'), repo], { encoding: 'utf8' });
  }

  it('fails when a workspace imports a package its package.json does not declare', () => {
    const run = check({ typeorm: '^1.1.1' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("subgraphs/probe/src/probe.ts:3: imports 'graphql', not declared in subgraphs/probe/package.json");
    expect(run.stderr).not.toContain("'typeorm'");
  });

  it('passes when every imported package is declared (builtins and relative paths need nothing)', () => {
    const run = check({ typeorm: '^1.1.1', graphql: '^16.12.0' });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
  });
});
