import type { Identity } from '@foodgraph/platform/auth';
import { createHash } from 'node:crypto';
import type { ApqStore } from './apq-store';
import type { PersistedQueryList } from './manifest';
import {
  PersistedQueryNotFoundError,
  PersistedQueryNotListedError,
  PersistedQueryRequestError,
  PersistedQueryTooLargeError,
} from './persisted-query-errors';

/**
 * `off`: no APQ cache (listed ids still run, API keys still safelisted); `apq`: APQ for every
 * client, API-key callers safelisted; `safelist`: every caller may run listed operations only.
 */
export type PersistedQueryMode = 'off' | 'apq' | 'safelist';
export const PERSISTED_QUERY_MODES: readonly PersistedQueryMode[] = ['off', 'apq', 'safelist'];

/** What a request asks to run, as far as persisted queries are concerned. */
export interface PersistedQueryRequest {
  query?: string | undefined;
  /** `extensions.persistedQuery` as sent (APQ: `{version: 1, sha256Hash}`). */
  persistedQuery?: unknown;
  /** GraphQL-over-HTTP persisted documents: `sha256:<hex>` or bare hex. */
  documentId?: unknown;
}

/** The query to run, and the hash to register once it has validated (APQ registration). */
export interface ResolvedQuery {
  query: string;
  register?: string;
  /** The text came from the list or the APQ cache, not from the request (for the metrics). */
  hit?: true;
}

/** Largest query text APQ registers, in UTF-8 bytes (`ROUTER_MAX_APQ_BYTES`). */
export const DEFAULT_MAX_APQ_BYTES = 64 * 1024;

const SHA256_HEX = /^[0-9a-f]{64}$/;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function documentIdHash(documentId: unknown): string {
  if (typeof documentId !== 'string') throw new PersistedQueryRequestError('documentId', 'documentId must be a string');
  const hash = documentId.startsWith('sha256:') ? documentId.slice(7) : documentId;
  if (!SHA256_HEX.test(hash)) throw new PersistedQueryRequestError('documentId', 'documentId must be "sha256:<64 lowercase hex>"');
  return hash;
}

function apqHash(persistedQuery: unknown): string {
  const pq = persistedQuery as { version?: unknown; sha256Hash?: unknown } | null;
  if (typeof pq !== 'object' || pq === null || pq.version !== 1) {
    throw new PersistedQueryRequestError('extensions.persistedQuery.version', 'Unsupported persisted query version');
  }
  if (typeof pq.sha256Hash !== 'string' || !SHA256_HEX.test(pq.sha256Hash)) {
    throw new PersistedQueryRequestError('extensions.persistedQuery.sha256Hash', 'sha256Hash must be 64 lowercase hex digits');
  }
  return pq.sha256Hash;
}

/**
 * Decides what a request runs: a listed operation by id, an APQ hit, a query being
 * registered, or the free-form query as sent — or refuses it. Safelisted callers (partner API
 * keys, or everyone in `safelist` mode) may run listed operations by id only.
 */
export class PersistedQueries {
  constructor(
    readonly mode: PersistedQueryMode,
    private readonly list: PersistedQueryList,
    private readonly store: ApqStore | undefined,
    /** See `DEFAULT_MAX_APQ_BYTES`. */
    private readonly maxApqBytes = DEFAULT_MAX_APQ_BYTES,
  ) {}

  /** The names of the listed operations: the operation names the router's metrics label by. */
  get operationNames(): readonly string[] {
    return this.list.names;
  }

  /** Whether this caller is held to the persisted-query list. */
  isSafelisted(identity: Identity): boolean {
    return this.mode === 'safelist' || (identity.kind === 'user' && identity.apiKeyId !== undefined);
  }

  async resolve(request: PersistedQueryRequest, identity: Identity): Promise<ResolvedQuery | undefined> {
    const safelisted = this.isSafelisted(identity);
    const { query, persistedQuery, documentId } = request;
    if (documentId !== undefined && documentId !== null) {
      const hash = documentIdHash(documentId);
      if (query !== undefined) throw new PersistedQueryRequestError('documentId', 'Send either a query or a documentId, not both');
      const listed = this.list.get(hash);
      if (listed) return { query: listed.body, hit: true };
      if (safelisted) throw new PersistedQueryNotListedError();
      throw new PersistedQueryNotFoundError(`No persisted document has the id ${documentId as string}`);
    }
    if (persistedQuery !== undefined && persistedQuery !== null) {
      const hash = apqHash(persistedQuery);
      if (query !== undefined && sha256(query) !== hash) {
        throw new PersistedQueryRequestError('extensions.persistedQuery.sha256Hash', 'provided sha does not match query');
      }
      const listed = this.list.get(hash);
      if (listed) return { query: listed.body, hit: true };
      if (safelisted) throw new PersistedQueryNotListedError();
      if (query !== undefined) {
        if (!this.store) return { query };
        // Refused before anything is parsed or stored: a string literal or a comment is one
        // token, so the token limit lets a 1 MB document through, and every replica would keep it.
        const bytes = Buffer.byteLength(query);
        if (bytes > this.maxApqBytes) throw new PersistedQueryTooLargeError(bytes, this.maxApqBytes);
        return { query, register: hash };
      }
      const known = await this.store?.get(hash);
      if (known === undefined) throw new PersistedQueryNotFoundError();
      return { query: known, hit: true };
    }
    if (safelisted) throw new PersistedQueryNotListedError();
    return undefined;
  }

  /** Stores a query that was sent with its hash and has passed validation. */
  async register(hash: string, query: string): Promise<void> {
    await this.store?.set(hash, query);
  }
}
