// The client preset's `addTypenameSelectionDocumentTransform`, as a module codegen.yml can name
// (a YAML file cannot hold the transform object itself). Every selection set of the operations
// gets `__typename`, so the persisted bodies the router runs by id answer with the type names
// that normalized caches (Apollo Client's InMemoryCache, urql's graphcache) need to store an
// object and to match fragments; without them a safelisted client, which cannot add the field
// to a body it sends only by id, reads empty objects.
'use strict';
const { addTypenameSelectionDocumentTransform } = require('@graphql-codegen/client-preset');

// A named `exports.transform` (not `module.exports = …`): codegen imports this file as ESM when
// run through its API (scripts/codegen-check.mjs), and Node only sees CommonJS names assigned so.
exports.transform = addTypenameSelectionDocumentTransform.transform;
