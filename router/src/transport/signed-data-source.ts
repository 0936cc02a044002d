import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ANONYMOUS, encodeIdentity, signRouterRequest } from '@foodgraph/platform/auth';
import { contractCodeOf } from '@foodgraph/platform/graphql';
import { tracingEnabled } from '@foodgraph/platform/tracing';
import type { Logger } from '@foodgraph/platform/logging';
import { secondsSince } from '@foodgraph/platform/metrics';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { RouterContext } from '../context';
import type { FetchOutcome, RouterMetrics } from '../metrics/router-metrics';
import { inFetchSpan } from '../tracing/router-spans';
import { cacheHintOf, restrictablePolicy, type RestrictablePolicy } from './cache-control-hint';
import { dedupeRepresentations, expandEntities } from './entity-dedup';
import { subgraphTarget, type SubgraphAnswer, type SubgraphPools, type SubgraphTarget } from './subgraph-pools';
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
  /** The shared keep-alive connection pools. */
  pools: SubgraphPools;
  /** Logs transport failures when no request context is at hand. */
  logger: Logger;
  /** Times every fetch by subgraph and outcome. */
  metrics?: Pick<RouterMetrics, 'observeFetch'> | undefined;
}

/** What `process` resolves to (derived, as the interface package is not a direct dependency). */
type SubgraphResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;
type SubgraphRequest = GraphQLDataSourceProcessOptions<RouterContext>['request'];

const ANONYMOUS_HEADER = encodeIdentity(ANONYMOUS);
const MAX_LOGGED_BODY = 500;
const JSON_ANSWER = /^application\/(?:graphql-response\+)?json/;

/**
 * A subgraph data source whose every request carries the router's signature over the exact
 * body bytes sent, together with the caller's verified identity and the request id. Subgraphs
 * refuse anything unsigned, so this is the only way into them.
 *
 * It implements the gateway's `GraphQLDataSource` directly rather than extending
 * `RemoteGraphQLDataSource`: that class wraps every fetch in node-fetch `Headers`/`Request`
 * objects and a fetch-shaped response, which cost more than the JSON they carry when a query
 * plan makes a dozen fetches per client request. What it did that matters is kept: the body
 * (`query`, `variables`, `operationName`, `extensions`), JSON-or-error parsing of the answer,
 * and the subgraph's `Cache-Control` tightening the response's cache policy.
 */
export class SignedDataSource implements GraphQLDataSource<RouterContext> {
  private readonly target: SubgraphTarget;

  constructor(private readonly options: SignedDataSourceOptions) {
    this.target = subgraphTarget(options.url);
  }

  /**
   * Sends each distinct entity representation once per fetch and fans the answers back out
   * (see `dedupeRepresentations`): nested lists repeat the same few entities hundreds of times.
   */
  async process(options: GraphQLDataSourceProcessOptions<RouterContext>): Promise<SubgraphResponse> {
    const { request } = options;
    const representations: unknown = request.variables?.['representations'];
    const dedup = Array.isArray(representations) ? dedupeRepresentations(representations) : undefined;
    const variables = dedup ? { ...request.variables, representations: dedup.unique } : request.variables;
    // The gateway calls with an empty context outside of client requests (e.g. health checks);
    // those go out as anonymous with a fresh request id.
    const context = options.context as Partial<RouterContext>;
    const policy = 'incomingRequestContext' in options ? restrictablePolicy(options.incomingRequestContext.overallCachePolicy) : undefined;
    const response = tracingEnabled()
      ? await inFetchSpan(this.options.name, context.traceContext, (traceparent) =>
          this.send(request, variables, context, policy, traceparent),
        )
      : await this.send(request, variables, context, policy, undefined);
    return dedup ? expandEntities(response, dedup) : response;
  }

  private async send(
    request: SubgraphRequest,
    variables: SubgraphRequest['variables'],
    context: Partial<RouterContext>,
    policy: RestrictablePolicy | undefined,
    traceparent: string | undefined,
  ): Promise<SubgraphResponse> {
    if (!request.query) throw new Error('Missing query');
    const body = JSON.stringify({ query: request.query, variables, operationName: request.operationName, extensions: request.extensions });
    // Headers the gateway itself asks for (e.g. federated tracing) go along.
    const headers: Record<string, string> = {};
    if (request.http) for (const [name, value] of request.http.headers) headers[name] = value;
    headers['content-type'] = 'application/json';
    Object.assign(
      headers,
      signRouterRequest(
        this.options.secret,
        context.identityHeader ?? ANONYMOUS_HEADER,
        context.requestId ?? randomUUID(),
        body,
        Date.now(),
        // Signed with the rest: a subgraph keys per-address rate limits on it (sign-in, sign-up).
        context.clientAddress,
        // Signed too: it decides which trace the subgraph's spans join.
        traceparent,
      ),
    );

    const started = performance.now();
    let outcome: FetchOutcome = 'unavailable';
    try {
      const response = await this.fetch(headers, body, context, policy);
      outcome = 'errors' in response && response.errors?.length ? 'error' : 'ok';
      return response;
    } catch (err) {
      if (err instanceof SubgraphTimeoutError) outcome = 'timeout';
      else if (!(err instanceof SubgraphUnavailableError)) outcome = 'refused';
      throw err;
    } finally {
      this.options.metrics?.observeFetch(this.options.name, outcome, secondsSince(started));
    }
  }

  /** One signed POST and its answer, parsed. */
  private async fetch(
    headers: Record<string, string>,
    body: string,
    context: Partial<RouterContext>,
    policy: RestrictablePolicy | undefined,
  ): Promise<SubgraphResponse> {
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    let answer: SubgraphAnswer;
    try {
      answer = await this.options.pools.post(this.target, headers, body, signal);
    } catch (err) {
      const error = signal.aborted
        ? new SubgraphTimeoutError(this.options.name, this.options.timeoutMs)
        : new SubgraphUnavailableError(this.options.name, err);
      // Coded transport failures pass the error-masking plugin unlogged, so they are logged here.
      (context.logger ?? this.options.logger).error(
        { subgraph: this.options.name, reason: error.extensions['reason'], err },
        error.message,
      );
      throw error;
    }
    if (answer.status < 200 || answer.status > 299) throw this.refusal(answer);

    const contentType = answer.headers['content-type'];
    const text = answer.body.toString('utf8');
    const parsed: unknown = typeof contentType === 'string' && JSON_ANSWER.test(contentType) ? JSON.parse(text) : text;
    if (typeof parsed !== 'object' || parsed === null)
      throw new Error(`Expected JSON response body, but received: ${text.slice(0, MAX_LOGGED_BODY)}`);
    if (policy) {
      const cacheControl = answer.headers['cache-control'];
      policy.restrict(cacheHintOf(Array.isArray(cacheControl) ? cacheControl.join(', ') : cacheControl));
    }
    return parsed;
  }

  /**
   * A subgraph answers non-2xx only when it refused the request itself. A 400 that carries a
   * contract code (e.g. BAD_USER_INPUT for a custom scalar the router cannot check) reaches
   * the client as is; anything else — including a 403 for a bad signature, which means the
   * router is misconfigured, not that the caller is forbidden — becomes an uncoded error that
   * the router masks and logs.
   */
  private refusal(answer: SubgraphAnswer): GraphQLError {
    const text = answer.body.toString('utf8');
    if (answer.status === 400) {
      const first = firstGraphQLError(text);
      if (first && contractCodeOf(first))
        return new GraphQLError(first.message, { extensions: { ...first.extensions, serviceName: this.options.name } });
    }
    return new GraphQLError(`${this.options.name} subgraph answered HTTP ${answer.status}: ${text.slice(0, MAX_LOGGED_BODY)}`);
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
