// A graphql-codegen plugin that writes Apollo's persisted-query manifest
// ({ format: "apollo-persisted-query-manifest", version: 1, operations: [{ id, name, type, body }] })
// from the operations in schema/operations. Each body is one operation with the fragments it
// uses, printed the way the client preset prints the documents it hashes
// (`printExecutableGraphQLDocument`), so `id` (sha256 hex of the body) is the same hash that the
// generated typed documents carry in `__meta__.hash` and that clients send as the document id.
'use strict';
const { createHash } = require('node:crypto');
const { Kind, visit } = require('graphql');
const { printExecutableGraphQLDocument } = require('@graphql-tools/documents');

/** Fragment names spread anywhere inside `node`. */
function spreadNames(node) {
  const names = new Set();
  visit(node, {
    FragmentSpread(spread) {
      names.add(spread.name.value);
    },
  });
  return names;
}

/** The operation plus every fragment it needs, directly or through other fragments. */
function withFragments(operation, fragments) {
  const needed = new Map();
  const pending = [...spreadNames(operation)];
  while (pending.length) {
    const name = pending.pop();
    if (needed.has(name)) continue;
    const fragment = fragments.get(name);
    if (!fragment) throw new Error(`operation ${operation.name.value} uses unknown fragment ${name}`);
    needed.set(name, fragment);
    pending.push(...spreadNames(fragment));
  }
  return { kind: Kind.DOCUMENT, definitions: [operation, ...needed.values()] };
}

module.exports = {
  plugin(_schema, documents) {
    const fragments = new Map();
    const operations = [];
    for (const { document, location } of documents) {
      for (const definition of document.definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) {
          if (fragments.has(definition.name.value)) throw new Error(`fragment ${definition.name.value} is defined twice (${location})`);
          fragments.set(definition.name.value, definition);
        } else if (definition.kind === Kind.OPERATION_DEFINITION) {
          // A listed operation is addressed by name in logs and reviews; anonymous ones cannot be.
          if (!definition.name) throw new Error(`${location}: every operation needs a name`);
          operations.push(definition);
        }
      }
    }
    const seen = new Set();
    const entries = operations.map((operation) => {
      const name = operation.name.value;
      if (seen.has(name)) throw new Error(`operation ${name} is defined twice`);
      seen.add(name);
      const body = printExecutableGraphQLDocument(withFragments(operation, fragments));
      return { id: createHash('sha256').update(body).digest('hex'), name, type: operation.operation, body };
    });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    return `${JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: entries }, null, 2)}\n`;
  },
  validate(_schema, _documents, _config, outputFile) {
    if (!outputFile.endsWith('.json')) throw new Error('the persisted-query manifest must be written to a .json file');
  },
};
