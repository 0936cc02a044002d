import type { Identity } from '@foodgraph/platform/auth';
import type { Logger } from '@foodgraph/platform/logging';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { RouterContext } from '../context';
import { formatRouterError } from '../format-error';
import type { PlanRunner } from '../execution/run-plan';
import type { OperationLimits } from '../limits';
import type { PersistedQueries } from '../persisted/persisted-queries';
import type { SupergraphSubgraph } from '../supergraph/subgraph-urls';
import { AccountWatch } from './account-watch';
import { EventExecutor } from './event-executor';
import { FeedRegistry } from './feed-registry';
import type { FeedSubscriber, SubscriberOutlet } from './feed-subscriber';
import { resolveSubscriptionQuery, type SubscribePayloadLike } from './persisted-subscriptions';
import { resolveSubscriptionOptions, type ResolvedSubscriptionOptions, type SubscriptionOptions } from './subscription-options';
import { SubscriptionPlanner, type PreparedSubscription } from './subscription-planner';
import { UpstreamClients } from './upstream-clients';

/** What the engine needs from the router. */
export interface SubscriptionEngineDeps {
  /**
   * The router's plan runner, shared with the HTTP executor: its supergraph model plans, its
   * signed data sources make the entity fetches of each event.
   */
  runner: PlanRunner;
  /** The subgraphs with their effective URLs. */
  subgraphs: readonly SupergraphSubgraph[];
  secret: string;
  logger: Logger;
  options?: SubscriptionOptions | undefined;
  /** Persisted-query rules; safelisted callers may subscribe to listed operations only. */
  persistedQueries?: PersistedQueries | undefined;
  /** The router's request limits (depth, cost, tokens…), the same as over HTTP. */
  limits?: OperationLimits | undefined;
  /** Hide "Did you mean …?" in validation errors, as over HTTP. @default false */
  hideSuggestions?: boolean | undefined;
  /**
   * Whether a user's account may still act (exists, not disabled): the router's known-user
   * check. Open subscriptions of a user it says no for are ended. @default no check
   */
  accountActive?: ((userId: string) => Promise<boolean>) | undefined;
}

/**
 * A refusal as the client sees it, on every transport: the router's error format, without
 * the `http` extension Apollo reads for status and headers (there is no Apollo response here).
 */
export function formatSubscriptionError(error: GraphQLError): GraphQLFormattedError {
  const formatted = formatRouterError(error.toJSON(), error);
  if (formatted.extensions?.['http'] === undefined) return formatted;
  const { http: _http, ...extensions } = formatted.extensions;
  void _http;
  return { ...formatted, extensions };
}

/** A subscribe request of any transport: graphql-ws `subscribe` payload, SSE or multipart body. */
export interface SubscribeRequest extends SubscribePayloadLike {
  operationName?: string | null | undefined;
  variables?: Record<string, unknown> | null | undefined;
}

/** A subscription that passed every check, ready to attach. */
export interface Admitted {
  ok: true;
  prepared: PreparedSubscription;
  variables: Record<string, unknown>;
}

/** A refused subscription; `notSubscription` when it is a valid query or mutation instead. */
export interface Refused {
  ok: false;
  errors: readonly GraphQLError[];
  notSubscription?: boolean;
}

/**
 * The federated subscription engine every transport shares (graphql-ws, SSE, multipart):
 * persisted-query rules, request limits, validation and planning before anything goes
 * upstream; one deduplicated upstream subscription per distinct (operation, variables,
 * identity); each event completed across subgraphs once and fanned out to every transport.
 */
export class SubscriptionEngine {
  readonly options: ResolvedSubscriptionOptions;
  readonly planner: SubscriptionPlanner;
  readonly upstream: UpstreamClients;
  readonly registry: FeedRegistry;
  /** Ends the connections and streams of users whose account was disabled. */
  readonly accounts: AccountWatch;
  private readonly persisted: PersistedQueries | undefined;
  private readonly logger: Logger;
  private readonly perIdentity = new Map<string, number>();
  /** Ends each open HTTP stream (SSE, multipart) at shutdown; WebSockets close on their own. */
  private readonly streams = new Set<() => void>();

  constructor(deps: SubscriptionEngineDeps) {
    this.logger = deps.logger;
    this.options = resolveSubscriptionOptions(deps.options);
    this.persisted = deps.persistedQueries;
    this.planner = new SubscriptionPlanner(deps.runner, this.options.planCacheSize, deps.limits, undefined, deps.hideSuggestions ?? false);
    this.upstream = new UpstreamClients({
      subgraphs: deps.subgraphs,
      secret: deps.secret,
      logger: deps.logger,
      retryAttempts: this.options.upstreamRetryAttempts,
      idleCloseMs: this.options.upstreamIdleCloseMs,
      keepAliveMs: this.options.keepAliveMs,
    });
    this.registry = new FeedRegistry({ upstream: this.upstream, executor: new EventExecutor(deps.runner) });
    const accountActive = deps.accountActive ?? (() => Promise.resolve(true));
    this.accounts = new AccountWatch(accountActive, this.options.accountCheckIntervalMs, deps.logger);
  }

  /**
   * Applies the persisted-query rules, the request limits, validation and planning, and
   * checks the variables. An APQ text + hash is registered once it has planned, so a later
   * hash-only subscribe (any transport, any replica sharing the store) finds it.
   */
  async admit(request: SubscribeRequest, identity: Identity): Promise<Admitted | Refused> {
    let query = typeof request.query === 'string' ? request.query : '';
    let register: string | undefined;
    if (this.persisted) {
      const resolved = await resolveSubscriptionQuery(this.persisted, request, identity);
      if ('error' in resolved) return { ok: false, errors: [resolved.error] };
      query = resolved.query;
      register = resolved.register;
    }
    const result = this.planner.prepare(query, request.operationName ?? undefined, request.variables);
    if (!result.ok) return result;
    const variableErrors = this.planner.checkVariables(result.prepared, request.variables);
    if (variableErrors.length > 0) return { ok: false, errors: variableErrors };
    if (register !== undefined && this.persisted) {
      await this.persisted
        .register(register, query)
        .catch((err: unknown) => this.logger.warn({ err }, 'could not register a persisted query'));
    }
    return { ok: true, prepared: result.prepared, variables: request.variables ?? {} };
  }

  /** Attaches an admitted subscription to its (possibly shared) feed. */
  attach(admitted: Admitted, context: RouterContext, outlet: SubscriberOutlet): FeedSubscriber {
    return this.registry.attach({ prepared: admitted.prepared, variables: admitted.variables, context, outlet });
  }

  /**
   * Counts one more connection (WebSocket) or stream (SSE, multipart) of a signed-in user
   * against `maxConnectionsPerIdentity`. Returns the release function, `undefined` when the
   * user is at the limit; anonymous callers are not counted.
   */
  claimConnection(identity: Identity): (() => void) | undefined {
    if (identity.kind === 'anonymous') return () => undefined;
    const key = identity.userId;
    const open = this.perIdentity.get(key) ?? 0;
    if (open >= this.options.maxConnectionsPerIdentity) return undefined;
    this.perIdentity.set(key, open + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.perIdentity.get(key) ?? 1) - 1;
      if (left > 0) this.perIdentity.set(key, left);
      else this.perIdentity.delete(key);
    };
  }

  /** Registers an open HTTP stream's `end`, called at shutdown; returns the unregister function. */
  trackStream(end: () => void): () => void {
    this.streams.add(end);
    return () => this.streams.delete(end);
  }

  /** Open HTTP streams (SSE and multipart). */
  get httpStreams(): number {
    return this.streams.size;
  }

  /** Ends the HTTP streams, then closes the upstream connections. */
  async close(): Promise<void> {
    this.accounts.stop();
    for (const end of [...this.streams]) end();
    this.streams.clear();
    await this.upstream.close();
  }
}
