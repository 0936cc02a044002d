import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ANONYMOUS, contractCodeOf, encodeIdentity, RouterHeader, signRouterRequest, type Logger } from '@foodgraph/platform';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { RouterContext } from '../context';
import { dedupeRepresentations, expandEntities } from './entity-dedup';
import type { Fetcher, FetcherRequestInit, FetcherResponse } from './fetcher-types';
import { SubgraphTimeoutError, SubgraphUnavailableError } from './subgraph-errors';

/** What one subgraph's data source needs. */
export interface SignedDataSourceOptions {
  /** Subgraph name from the supergraph. */
  name: string;
  url: string;
  /** Secret shared with the subgraphs (`ROUTER_SIGNING_SECRET`). */
  secret: string;
  /** Deadline for one subgraph request, in ms. */
  timeoutMs: number;
  /** Transport (the pooled undici fetcher). */
  fetch: Fetcher;
  /** Logs transport failures when no request context is at hand. */
  logger: Logger;
}

/** What `process` resolves to (derived, as the interface package is not a direct dependency). */
type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

const ANONYMOUS_HEADER = encodeIdentity(ANONYMOUS);
const MAX_LOGGED_BODY = 500;

/**
 * A subgraph data source whose every request carries the router's signature over the exact
 * body bytes sent, together with the caller's verified identity and the request id. Subgraphs
 * refuse anything unsigned, so this is the only way into them.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<RouterContext> {
  private readonly options: SignedDataSourceOptions;

  constructor(options: SignedDataSourceOptions) {
    super({ url: options.url });
    this.options = options;
    this.fetcher = (url, init) => this.signedFetch(url, init);
  }

  /**
   * Sends each distinct entity representation once per fetch and fans the answers back out
   * (see `dedupeRepresentations`): nested lists repeat the same few entities hundreds of times.
   */
  override async process(options: GraphQLDataSourceProcessOptions<RouterContext>): Promise<SubgraphResponse> {
    const variables = options.request.variables;
    const representations: unknown = variables?.['representations'];
    const dedup = Array.isArray(representations) ? dedupeRepresentations(representations) : undefined;
    if (!dedup) return super.process(options);
    const request = { ...options.request, variables: { ...variables, representations: dedup.unique } };
    return expandEntities(await super.process({ ...options, request }), dedup);
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<RouterContext>): void {
    // The gateway calls with an empty context outside of client requests (e.g. health checks);
    // those go out as anonymous with a fresh request id.
    const ctx = context as Partial<RouterContext>;
    const headers = request.http!.headers;
    headers.set(RouterHeader.Identity, ctx.identityHeader ?? ANONYMOUS_HEADER);
    headers.set(RouterHeader.RequestId, ctx.requestId ?? randomUUID());
  }

  private async signedFetch(url: string, init: FetcherRequestInit = {}): Promise<FetcherResponse> {
    const headers = init.headers ?? {};
    const body = init.body ?? '';
    const signed = signRouterRequest(
      this.options.secret,
      headers[RouterHeader.Identity] ?? ANONYMOUS_HEADER,
      headers[RouterHeader.RequestId] ?? '',
      body,
    );
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    try {
      return await this.options.fetch(url, { ...init, headers: { ...headers, ...signed }, signal });
    } catch (err) {
      if (signal.aborted) throw new SubgraphTimeoutError(this.options.name, this.options.timeoutMs);
      throw new SubgraphUnavailableError(this.options.name, err);
    }
  }

  /**
   * A subgraph answers non-2xx only when it refused the request itself. A 400 that carries a
   * contract code (e.g. BAD_USER_INPUT for a custom scalar the router cannot check) reaches
   * the client as is; anything else — including a 403 for a bad signature, which means the
   * router is misconfigured, not that the caller is forbidden — becomes an uncoded error that
   * the router masks and logs.
   */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const text = await response.text();
    if (response.status === 400) {
      const first = firstGraphQLError(text);
      if (first && contractCodeOf(first))
        return new GraphQLError(first.message, { extensions: { ...first.extensions, serviceName: this.options.name } });
    }
    return new GraphQLError(`${this.options.name} subgraph answered HTTP ${response.status}: ${text.slice(0, MAX_LOGGED_BODY)}`);
  }

  override didEncounterError(error: Error, _req: unknown, _res?: FetcherResponse, context?: RouterContext): void {
    // Coded transport failures pass the error-masking plugin unlogged, so they are logged here.
    if (error instanceof SubgraphTimeoutError || error instanceof SubgraphUnavailableError) {
      const logger = context?.logger ?? this.options.logger;
      logger.error({ subgraph: this.options.name, reason: error.extensions['reason'], err: error.originalError ?? error }, error.message);
    }
    throw error;
  }
}

function firstGraphQLError(text: string): GraphQLFormattedError | undefined {
  try {
    const parsed = JSON.parse(text) as { errors?: unknown };
    const first: unknown = Array.isArray(parsed.errors) ? parsed.errors[0] : undefined;
    return typeof first === 'object' && first !== null && typeof (first as { message?: unknown }).message === 'string'
      ? (first as GraphQLFormattedError)
      : undefined;
  } catch {
    return undefined;
  }
}
