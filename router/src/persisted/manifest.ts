import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** `schema/persisted-queries.json` of this repository (from `router/src` or `router/dist`). */
export const DEFAULT_MANIFEST_PATH = resolve(__dirname, '../../../schema/persisted-queries.json');

/** One operation of Apollo's persisted-query manifest. */
export interface ManifestOperation {
  /** sha256 hex of `body`. */
  id: string;
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  body: string;
}

/** The operations clients may run by id, from an `apollo-persisted-query-manifest`. */
export interface PersistedQueryList {
  get(id: string): ManifestOperation | undefined;
  readonly size: number;
  /** The listed operations' names, each once. */
  readonly names: readonly string[];
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
const TYPES = new Set(['query', 'mutation', 'subscription']);

/**
 * Validates a parsed manifest ({format: "apollo-persisted-query-manifest", version: 1,
 * operations: [{id, name, type, body}]}) and indexes it by id. Every id must be the sha256 of
 * its body: the router runs the body it looks up, so a manifest whose ids lie would run
 * something other than what the client asked for.
 */
export function persistedQueryList(manifest: unknown): PersistedQueryList {
  const m = manifest as { format?: unknown; version?: unknown; operations?: unknown } | null;
  if (m?.format !== 'apollo-persisted-query-manifest' || m.version !== 1 || !Array.isArray(m.operations)) {
    throw new Error('not an apollo-persisted-query-manifest version 1');
  }
  const byId = new Map<string, ManifestOperation>();
  for (const op of m.operations as Partial<ManifestOperation>[]) {
    if (typeof op.id !== 'string' || typeof op.body !== 'string' || typeof op.name !== 'string' || !TYPES.has(op.type as string)) {
      throw new Error(`manifest operation ${JSON.stringify(op.name ?? op.id)} needs id, name, type and body`);
    }
    if (!SHA256_HEX.test(op.id) || createHash('sha256').update(op.body).digest('hex') !== op.id) {
      throw new Error(`manifest operation ${op.name}: id is not the sha256 of its body`);
    }
    byId.set(op.id, { id: op.id, name: op.name, type: op.type as ManifestOperation['type'], body: op.body });
  }
  const names = [...new Set([...byId.values()].map((op) => op.name))];
  return { get: (id) => byId.get(id), size: byId.size, names };
}

/** Reads and validates a manifest file; a missing file at the default path is an empty list. */
export function readPersistedQueryList(path: string = DEFAULT_MANIFEST_PATH, { optional = false } = {}): PersistedQueryList {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if (optional && (err as NodeJS.ErrnoException).code === 'ENOENT')
      return persistedQueryList({ format: 'apollo-persisted-query-manifest', version: 1, operations: [] });
    throw err;
  }
  try {
    return persistedQueryList(JSON.parse(text));
  } catch (err) {
    throw new Error(`${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
