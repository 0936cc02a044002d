// The house's layer rules for RELATIVE imports. `no-restricted-imports` sees only the text of
// an import, and '../graphql/x' means a different folder from each file, so these two rules
// resolve every relative import to a path inside the repository before judging it.
// Package-name imports (`@foodgraph/...`, deep imports of dependencies) are judged by
// `no-restricted-imports` in eslint.config.mjs.
import { dirname, relative, resolve, sep } from 'node:path';

const ROOT = import.meta.dirname;

/** Folders that are one npm workspace each; a relative import never leaves one or enters one. */
const WORKSPACE = /^(packages\/[^/]+|subgraphs\/[^/]+|router|stack|testing)(?:\/|$)/;

/** The repository-relative, forward-slash path a relative import resolves to (no extension). */
function resolveFrom(filename, source) {
  return relative(ROOT, resolve(dirname(filename), source))
    .split(sep)
    .join('/');
}

/**
 * Calls `check(node, source)` for every import, re-export, `import()` and `require()` whose
 * source is a relative path string.
 */
function relativeImports(check) {
  const visit = (node, source) => {
    if (source && source.type === 'Literal' && typeof source.value === 'string' && source.value.startsWith('.'))
      check(source, source.value);
  };
  return {
    ImportDeclaration: (node) => visit(node, node.source),
    ExportAllDeclaration: (node) => visit(node, node.source),
    ExportNamedDeclaration: (node) => visit(node, node.source),
    ImportExpression: (node) => visit(node, node.source),
    TSExternalModuleReference: (node) => visit(node, node.expression),
    CallExpression: (node) => {
      if (node.callee.type === 'Identifier' && node.callee.name === 'require') visit(node, node.arguments[0]);
    },
  };
}

/**
 * `layers`: options `{ zones: [{ from, to, message }] }`. `from` is a regex over the importing
 * file's repository path; `to` a regex over the resolved import path, where `$1`… are replaced
 * by `from`'s groups (so "the same subgraph" can be said once).
 */
const layers = {
  meta: {
    type: 'problem',
    docs: { description: 'A layer imports only the layers below it (resolved relative paths)' },
    schema: [
      {
        type: 'object',
        properties: {
          zones: {
            type: 'array',
            items: {
              type: 'object',
              properties: { from: { type: 'string' }, to: { type: 'string' }, message: { type: 'string' } },
              required: ['from', 'to', 'message'],
              additionalProperties: false,
            },
          },
        },
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const file = relative(ROOT, context.filename).split(sep).join('/');
    const zones = (context.options[0]?.zones ?? []).flatMap(({ from, to, message }) => {
      const match = new RegExp(from).exec(file);
      if (!match) return [];
      const target = to.replace(/\$(\d)/g, (_, i) => (match[Number(i)] ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      return [{ target: new RegExp(target), message }];
    });
    if (zones.length === 0) return {};
    return relativeImports((node, source) => {
      const path = resolveFrom(context.filename, source);
      for (const zone of zones) if (zone.target.test(path)) context.report({ node, message: `${zone.message} ('${source}')` });
    });
  },
};

/** `workspace-boundaries`: a relative import stays inside its workspace; others are imported by package name. */
const workspaceBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'No relative import crosses into or out of an npm workspace' },
    schema: [],
  },
  create(context) {
    const file = relative(ROOT, context.filename).split(sep).join('/');
    const home = WORKSPACE.exec(file)?.[1];
    return relativeImports((node, source) => {
      const there = WORKSPACE.exec(resolveFrom(context.filename, source))?.[1];
      if (there === undefined || there === home) return;
      context.report({
        node,
        message: `'${source}' reaches from ${home ?? file} into ${there}/: a relative import stays inside its workspace; import another by its package name, where the house allows it.`,
      });
    });
  },
};

export default { meta: { name: 'foodgraph' }, rules: { layers, 'workspace-boundaries': workspaceBoundaries } };
