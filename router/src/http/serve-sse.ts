import type { GraphQLFormattedError } from 'graphql';
import { createHandler, type ExecutionResult } from 'graphql-sse';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FeedEvent, FeedSubscriber, SubscriberOutlet } from '../subscriptions';
import type { SubscribeRequest } from '../subscriptions';

/** What one SSE response streams: the events of a subscription, or a refusal. */
interface SseOperation {
  events: AsyncIterable<ExecutionResult>;
}

/**
 * graphql-sse's own handler, in "distinct connections" mode (one response per subscription,
 * which works through every HTTP/1 proxy). It frames events, sends `complete`, and pings; the
 * subscription itself comes from our engine, already admitted, through `onSubscribe`.
 * Single-connection mode (PUT reservations) is not routed here: its streams live in one
 * replica's memory.
 */
const handler = createHandler<IncomingMessage, SseOperation>({
  onSubscribe: (req) => req.context.events,
});

/**
 * A subscription's events queued for graphql-sse, which pulls them as its response loop
 * writes. `pendingBytes` counts what is queued or unwritten: past the limit the client reads
 * too slowly and the response is cut, as a WebSocket would be closed.
 */
export class SseEvents implements SubscriberOutlet, AsyncIterableIterator<ExecutionResult> {
  readonly shareKey = 'sse';
  pendingBytes = 0;
  subscriber: FeedSubscriber | undefined;
  private readonly queue: ExecutionResult[] = [];
  private done = false;
  private wake: (() => void) | undefined;

  constructor(
    private readonly maxBufferedBytes: number,
    private readonly tooSlow: () => void,
  ) {}

  frame(event: FeedEvent): Buffer {
    return event.json;
  }

  write(frame: Buffer, event: FeedEvent): void {
    this.pendingBytes += frame.length;
    if (this.pendingBytes > this.maxBufferedBytes) return this.tooSlow();
    this.push(event.result as ExecutionResult);
  }

  ended(errors: readonly GraphQLFormattedError[] | undefined): void {
    // The errors of a failed feed (or an expired token) are the last event; `complete` follows.
    if (errors) this.push({ errors } as unknown as ExecutionResult);
    this.done = true;
    this.wake?.();
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<ExecutionResult> {
    return this;
  }

  async next(): Promise<IteratorResult<ExecutionResult>> {
    for (;;) {
      const value = this.queue.shift();
      if (value) return { value, done: false };
      if (this.done) return { value: undefined, done: true };
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  /** graphql-sse disposes the operation when the client goes: detach from the feed. */
  async return(): Promise<IteratorResult<ExecutionResult>> {
    this.done = true;
    this.queue.length = 0;
    this.wake?.();
    await this.subscriber?.return();
    return { value: undefined, done: true };
  }

  throw(): Promise<IteratorResult<ExecutionResult>> {
    return this.return();
  }

  private push(result: ExecutionResult): void {
    this.queue.push(result);
    this.wake?.();
  }
}

/** A refusal as an SSE stream: one `next` with the errors, then `complete`. */
export async function* refusalEvents(errors: readonly GraphQLFormattedError[]): AsyncGenerator<ExecutionResult> {
  yield { errors } as unknown as ExecutionResult;
}

/**
 * Answers a subscribe request over SSE with `events` through graphql-sse's handler. The body
 * has been read and checked already; graphql-sse gets it as parsed JSON.
 */
export async function serveSse(
  req: IncomingMessage,
  res: ServerResponse,
  request: SubscribeRequest,
  events: AsyncIterable<ExecutionResult>,
  written?: (bytes: number) => void,
): Promise<void> {
  const [body, init] = await handler({
    method: 'POST',
    url: req.url ?? '/graphql',
    headers: {
      get: (name) => {
        // Routed here because the client accepts text/event-stream; graphql-sse wants it alone.
        if (name === 'accept') return 'text/event-stream';
        if (name === 'content-type') return 'application/json';
        const value = req.headers[name];
        return Array.isArray(value) ? value.join('\n') : value;
      },
    },
    // graphql-sse wants a query string; an id-only (persisted) request has none.
    body: { ...request, query: request.query ?? '' },
    raw: req,
    context: { events },
  });
  res.writeHead(init.status, init.statusText ?? '', init.headers ?? {});
  if (!body || typeof body === 'string') {
    res.end(body ?? undefined);
    return;
  }
  const stop = () => void body.return(undefined);
  res.once('close', stop);
  for await (const chunk of body) {
    if (!res.writable) break;
    const ok = await new Promise<boolean>((resolve) => res.write(chunk, (err) => resolve(!err)));
    if (!ok) break;
    written?.(Buffer.byteLength(chunk));
  }
  res.off('close', stop);
  if (res.writable) res.end();
}
