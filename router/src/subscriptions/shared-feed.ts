import { ErrorCode } from '@foodgraph/platform/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { FormattedExecutionResult } from 'graphql-ws';
import type { RouterContext } from '../context';
import { formatRouterError } from '../format-error';
import { SubgraphUnavailableError } from '../transport/subgraph-errors';
import type { EventExecutor } from './event-executor';
import type { FeedEvent, FeedSubscriber } from './feed-subscriber';
import type { PreparedSubscription } from './subscription-planner';
import type { UpstreamClients } from './upstream-clients';

/** What a feed needs from the engine. */
export interface FeedDeps {
  upstream: UpstreamClients;
  executor: EventExecutor;
  /** Called once when the feed stops, so the registry forgets it. */
  onStopped(feed: SharedFeed): void;
}

/** A subgraph error as received over graphql-ws, back as an error the router formats. */
function formatUpstreamError(error: GraphQLFormattedError): GraphQLFormattedError {
  const raised = new GraphQLError(error.message, { ...(error.extensions ? { extensions: error.extensions } : {}) });
  return formatRouterError({ ...error }, raised);
}

const formatLocal = (error: GraphQLError) => formatRouterError(error.toJSON(), error);

/** Socket writes between two yields to the event loop during a fan-out. */
const FAN_OUT_SLICE = 1000;

function isFormattedErrors(value: unknown): value is GraphQLFormattedError[] {
  return Array.isArray(value) && value.every((e) => typeof (e as { message?: unknown })?.message === 'string');
}

/**
 * One upstream subscription shared by every client that asked for the same operation with the
 * same variables under the same identity. Each event is completed (`rest` of the plan) and
 * serialized once, then written to every subscriber; events leave in the order the subgraph
 * sent them even though completing them may overlap.
 */
export class SharedFeed {
  readonly subscribers = new Set<FeedSubscriber>();
  private tail: Promise<void> = Promise.resolve();
  private stopUpstream: (() => void) | undefined;
  private stopped = false;

  constructor(
    readonly key: string,
    private readonly prepared: PreparedSubscription,
    private readonly variables: Record<string, unknown>,
    private readonly context: RouterContext,
    private readonly deps: FeedDeps,
  ) {}

  /** Opens the upstream subscription. */
  start(): void {
    const { primary } = this.prepared;
    const upstreamVariables: Record<string, unknown> = {};
    for (const name of primary.variableUsages ?? []) if (name in this.variables) upstreamVariables[name] = this.variables[name];
    this.stopUpstream = this.deps.upstream.subscribe(
      {
        subgraph: primary.serviceName,
        query: primary.operation,
        operationName: primary.operationName,
        variables: upstreamVariables,
        identityHeader: this.context.identityHeader,
        requestId: this.context.requestId,
      },
      {
        next: (result) => this.onEvent(result),
        error: (reason) => this.enqueue(() => this.finish(this.failureErrors(reason))),
        complete: () => this.enqueue(() => this.finish()),
      },
    );
  }

  add(subscriber: FeedSubscriber): void {
    this.subscribers.add(subscriber);
  }

  /** Detaches a subscriber; the last one out closes the upstream subscription. */
  remove(subscriber: FeedSubscriber): void {
    this.subscribers.delete(subscriber);
    if (this.subscribers.size === 0) this.stop();
  }

  private onEvent(result: FormattedExecutionResult<Record<string, unknown>, unknown>): void {
    // Completion starts at once (events may overlap); sending waits for the previous event.
    const rendered = this.render(result);
    this.enqueue(async () => this.fanOut(await rendered));
  }

  /**
   * Writes one event to every subscriber, framed once per transport and id (`shareKey`).
   * Thousands of socket writes take a while: the loop yields every `FAN_OUT_SLICE` writes so
   * HTTP requests are not held up behind it.
   */
  private async fanOut(event: FeedEvent): Promise<void> {
    const frames = new Map<string, Buffer>();
    let written = 0;
    for (const subscriber of [...this.subscribers]) {
      const key = subscriber.outlet.shareKey;
      let frame = frames.get(key);
      if (!frame) frames.set(key, (frame = subscriber.outlet.frame(event)));
      subscriber.send(frame, event);
      if (++written % FAN_OUT_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private async render(result: FormattedExecutionResult<Record<string, unknown>, unknown>): Promise<FeedEvent> {
    const event = (rendered: FeedEvent['result']): FeedEvent => ({ result: rendered, json: Buffer.from(JSON.stringify(rendered)) });
    const upstreamErrors = result.errors?.map(formatUpstreamError) ?? [];
    // No data: the subgraph refused the subscription (e.g. FORBIDDEN); nothing to complete.
    if (!result.data) return event(result.data === null ? { data: null, errors: upstreamErrors } : { errors: upstreamErrors });
    try {
      const completed = await this.deps.executor.complete(this.prepared, this.variables, this.context, result.data);
      const errors = [...upstreamErrors, ...(completed.errors ?? []).map(formatLocal)];
      const data = completed.data ?? null;
      return event(errors.length ? { data, errors } : { data });
    } catch (err) {
      this.context.logger.error({ err }, 'completing a subscription event failed');
      const masked = formatLocal(new GraphQLError('Internal server error', { extensions: { code: ErrorCode.InternalServerError } }));
      return event({ data: null, errors: [masked] });
    }
  }

  private failureErrors(reason: unknown): GraphQLFormattedError[] {
    if (isFormattedErrors(reason)) return reason.map(formatUpstreamError);
    const subgraph = this.prepared.primary.serviceName;
    const { code, reason: why } = (reason ?? {}) as { code?: unknown; reason?: unknown };
    this.context.logger.error(
      { subgraph, code, reason: why, err: reason instanceof Error ? reason : undefined },
      'upstream subscription failed',
    );
    return [formatLocal(new SubgraphUnavailableError(subgraph, reason))];
  }

  private enqueue(step: () => void | Promise<void>): void {
    this.tail = this.tail.then(step).catch((err: unknown) => this.context.logger.error({ err }, 'subscription fan-out failed'));
  }

  /** Upstream ended: every subscriber ends too (with `errors`: a graphql-ws `error`, a last HTTP part). */
  private finish(errors?: readonly GraphQLFormattedError[]): void {
    this.stop();
    for (const subscriber of this.subscribers) subscriber.end(errors);
    this.subscribers.clear();
  }

  private stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.stopUpstream?.();
    this.deps.onStopped(this);
  }
}
