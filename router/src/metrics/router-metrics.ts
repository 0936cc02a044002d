import { ErrorCode } from '@foodgraph/platform/errors';
import { BoundedLabel, createMetricsRegistry, METRIC_PREFIX } from '@foodgraph/platform/metrics';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { SubscriptionStats } from '../subscriptions/subscription-server';
import { refusalLimitLabel } from './refusal-labels';

/** How an operation ended: data without errors, data with errors, or no data (refused, failed). */
export type OperationOutcome = 'ok' | 'partial' | 'error';

/** How one subgraph fetch ended. */
export type FetchOutcome = 'ok' | 'error' | 'refused' | 'timeout' | 'unavailable';

/** What the persisted-query rules did with a request that named a hash or document id. */
export type PersistedQueryResult = 'hit' | 'miss' | 'registered' | 'refused';

/** Router operations span a cache hit (sub-millisecond) to a slow plan of many fetches. */
const OPERATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The router's series, in its own registry behind `GET /metrics`. Operation names are
 * client input, so they pass through a `BoundedLabel` of the persisted-query list's names:
 * anything else is `other` (or `anonymous`). Subscription gauges are read from the
 * subscription server's counters when Prometheus scrapes, costing nothing per event.
 */
export class RouterMetrics {
  readonly registry: Registry;
  private readonly operationNames: BoundedLabel;
  private readonly operations: Counter<'operation_name' | 'operation_type' | 'outcome'>;
  private readonly operationDuration: Histogram<'operation_name' | 'operation_type' | 'outcome'>;
  private readonly fetches: Histogram<'subgraph' | 'outcome'>;
  private readonly limitRefusals: Counter<'limit'>;
  private readonly persisted: Counter<'result'>;
  private readonly rateLimited: Counter<'limit'>;
  private stats: (() => SubscriptionStats) | undefined;

  constructor(knownOperationNames: Iterable<string>, registry: Registry = createMetricsRegistry()) {
    this.registry = registry;
    this.operationNames = new BoundedLabel(knownOperationNames);
    const registers = [registry];
    const p = `${METRIC_PREFIX}router_`;
    const operationLabels = ['operation_name', 'operation_type', 'outcome'] as const;
    this.operations = new Counter({
      name: `${p}operations_total`,
      help: 'GraphQL operations over HTTP, by operation name (persisted-query list names; else other or anonymous), type and outcome.',
      labelNames: operationLabels,
      registers,
    });
    this.operationDuration = new Histogram({
      name: `${p}operation_duration_seconds`,
      help: 'Time from a GraphQL request read and authenticated to its answer, by operation name, type and outcome.',
      labelNames: operationLabels,
      buckets: OPERATION_BUCKETS,
      registers,
    });
    this.fetches = new Histogram({
      name: `${p}subgraph_fetch_duration_seconds`,
      help: 'Signed fetches to subgraphs (query plans and subscription events), by subgraph and outcome (error: GraphQL errors in the answer; refused: non-2xx or not JSON).',
      labelNames: ['subgraph', 'outcome'],
      buckets: OPERATION_BUCKETS,
      registers,
    });
    this.limitRefusals = new Counter({
      name: `${p}request_limit_refusals_total`,
      help: 'Requests refused with QUERY_TOO_COMPLEX, by limit (depth, aliases, rootFields, tokens, directives, cost, bodyBytes).',
      labelNames: ['limit'],
      registers,
    });
    this.persisted = new Counter({
      name: `${p}persisted_queries_total`,
      help: 'Requests naming a persisted query (hash or document id), by result: hit, miss (APQ hash unknown), registered, refused.',
      labelNames: ['result'],
      registers,
    });
    this.rateLimited = new Counter({
      name: `${p}rate_limited_total`,
      help: 'Requests answered RATE_LIMITED, by limit (api_key; subgraph: a subgraph limit such as sign-in attempts; subscriptions).',
      labelNames: ['limit'],
      registers,
    });
    const stats = () => this.stats?.();
    new Gauge({
      name: `${p}connections`,
      help: 'Open subscription connections, by transport (graphql_ws; http_stream: SSE and multipart).',
      labelNames: ['transport'],
      registers,
      collect() {
        const now = stats();
        this.set({ transport: 'graphql_ws' }, now?.connections ?? 0);
        this.set({ transport: 'http_stream' }, now?.httpStreams ?? 0);
      },
    });
    new Gauge({
      name: `${p}subscriptions`,
      help: 'Client subscriptions running, over every transport.',
      registers,
      collect() {
        this.set(stats()?.subscriptions ?? 0);
      },
    });
    new Gauge({
      name: `${p}upstream_subscriptions`,
      help: 'Subscriptions the router holds open to subgraphs (one per distinct operation, variables and identity).',
      registers,
      collect() {
        this.set(stats()?.upstreamSubscriptions ?? 0);
      },
    });
    // Each process reports 1; aggregated over a cluster's workers (sum) it is the worker count.
    new Gauge({ name: `${p}workers`, help: 'Router worker processes serving requests.', registers }).set(1);
  }

  /** Reads the subscription gauges from `stats` at each scrape. */
  watchSubscriptions(stats: () => SubscriptionStats): void {
    this.stats = stats;
  }

  /** One HTTP operation answered. */
  observeOperation(name: string | null | undefined, type: string, outcome: OperationOutcome, seconds: number): void {
    const operationName = this.operationNames.of(name);
    this.operations.labels(operationName, type, outcome).inc();
    this.operationDuration.labels(operationName, type, outcome).observe(seconds);
  }

  /** One subgraph fetch ended. */
  observeFetch(subgraph: string, outcome: FetchOutcome, seconds: number): void {
    this.fetches.labels(subgraph, outcome).observe(seconds);
  }

  /** A request went over `limit` (QUERY_TOO_COMPLEX). */
  limitRefused(limit: string): void {
    this.limitRefusals.labels(limit).inc();
  }

  persistedQuery(result: PersistedQueryResult): void {
    this.persisted.labels(result).inc();
  }

  /**
   * Counts the refusals among an answer's errors: QUERY_TOO_COMPLEX by its `extensions.limit`,
   * RATE_LIMITED under `rateLimit` (who set the limit that was hit).
   */
  countRefusals(errors: readonly { readonly extensions?: Readonly<Record<string, unknown>> | undefined }[], rateLimit: string): void {
    for (const error of errors) {
      const code = error.extensions?.['code'];
      if (code === ErrorCode.QueryTooComplex) this.limitRefused(refusalLimitLabel(error.extensions?.['limit']));
      else if (code === ErrorCode.RateLimited) this.rateLimitRefused(rateLimit);
    }
  }

  /** A request was answered RATE_LIMITED because of `limit`. */
  rateLimitRefused(limit: string): void {
    this.rateLimited.labels(limit).inc();
  }
}
