import { Kind, type DocumentNode } from 'graphql';

/**
 * The persisted-query id graphql-codegen's client preset embeds in every typed document
 * (`__meta__.hash`, the sha256 of the body in schema/persisted-queries.json). The app sends
 * only this id, never a query text, so it runs against a router that allows the list only
 * (`PERSISTED_QUERIES=safelist`).
 */
export function persistedIdOf(document: DocumentNode): string {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash !== 'string') {
    const name = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)?.name?.value ?? 'anonymous';
    // A document written inline instead of in schema/operations/web: a bug, not a user error.
    throw new Error(`operation ${name} is not a persisted document (add it to schema/operations/web and run npm run codegen)`);
  }
  return hash;
}

/** The `extensions` of a request that names its operation by persisted id (Apollo's APQ format). */
export function persistedExtensions(document: DocumentNode): { persistedQuery: { version: 1; sha256Hash: string } } {
  return { persistedQuery: { version: 1, sha256Hash: persistedIdOf(document) } };
}
