import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';

/** The router's graphql-ws address: its HTTP `/graphql` URL with a `ws` scheme. */
export function wsUrlOf(httpUrl: string): string {
  return httpUrl.replace(/^http/, 'ws');
}

/** How the connection ended, as the client saw the close frame. */
export interface ConnectionClosed {
  code: number;
  reason: string;
}

/** Everything one subscription received, as it arrives. */
export interface LiveSubscription<Data = Record<string, unknown>> {
  /** Every `next` payload, in order. */
  readonly results: FormattedExecutionResult<Data, unknown>[];
  /** The errors of an `error` message, or the close event that ended the connection. */
  readonly error: unknown;
  /** True once the server completed it (an error `next` followed by `complete` counts). */
  readonly completed: boolean;
  /** Resolves when it ended, whichever way. */
  readonly ended: Promise<void>;
  /** Waits until at least `count` results arrived and returns them all. */
  waitForResults(count: number, timeoutMs?: number): Promise<FormattedExecutionResult<Data, unknown>[]>;
  /** Waits until a result's data satisfies `match` and returns that data (the first such). */
  waitForData(match: (data: Data) => boolean, timeoutMs?: number): Promise<Data>;
  /** Unsubscribes (sends `complete`). */
  dispose(): void;
}

/** A graphql-ws connection to the router, signed in with `token` when given. */
export interface LiveClient {
  readonly client: Client;
  /** Resolves with the close frame once the connection closes. */
  readonly closed: Promise<ConnectionClosed>;
  subscribe<Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): LiveSubscription<Data>;
  /** Drops the connection without a close handshake, as a phone losing the network would. */
  terminate(): void;
  dispose(): Promise<void>;
}

/**
 * Connects to the router's graphql-ws endpoint the way the apps do: the access token in
 * `connection_init` as `authorization`. No retries, so a refusal surfaces in the test. The
 * connection opens at once (not on the first subscribe), so `closed` also reports refusals
 * of a client that never subscribed.
 */
export function connectLive(url: string, options: { token?: string } = {}): LiveClient {
  let onClosed!: (closed: ConnectionClosed) => void;
  const closed = new Promise<ConnectionClosed>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: wsUrlOf(url),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    // A refused connection also ends its subscriptions with the close event; nothing to log.
    onNonLazyError: () => undefined,
    connectionParams: options.token ? { authorization: `Bearer ${options.token}` } : {},
    on: {
      closed: (event) => {
        const e = event as { code?: number; reason?: string };
        onClosed({ code: e.code ?? 0, reason: e.reason ?? '' });
      },
    },
  });
  return {
    client,
    closed,
    subscribe: <Data>(query: string, variables: Record<string, unknown> = {}) => collect<Data>(client, query, variables),
    terminate: () => client.terminate(),
    dispose: async () => client.dispose(),
  };
}

function collect<Data>(client: Client, query: string, variables: Record<string, unknown>): LiveSubscription<Data> {
  let finish!: () => void;
  const ended = new Promise<void>((resolve) => (finish = resolve));
  const state = { results: [] as FormattedExecutionResult<Data, unknown>[], error: undefined as unknown, completed: false };
  const dispose = client.subscribe<Data>(
    { query, variables },
    {
      next: (result) => void state.results.push(result),
      error: (error) => {
        state.error = error;
        finish();
      },
      complete: () => {
        state.completed = true;
        finish();
      },
    },
  );
  const until = async (done: () => boolean, what: string, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!done()) {
      const got = `got ${state.results.length}: ${JSON.stringify(state.results)}`;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} of a subscription; ${got}`);
      if (state.error !== undefined || state.completed)
        throw new Error(`the subscription ended (${JSON.stringify(state.error) ?? 'completed'}) before ${what}; ${got}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  return {
    get results() {
      return state.results;
    },
    get error() {
      return state.error;
    },
    get completed() {
      return state.completed;
    },
    ended,
    dispose,
    async waitForResults(count, timeoutMs = 10_000) {
      await until(() => state.results.length >= count, `${count} results`, timeoutMs);
      return state.results;
    },
    async waitForData(match, timeoutMs = 10_000) {
      const found = () => state.results.find((r) => r.data !== undefined && r.data !== null && match(r.data));
      await until(() => found() !== undefined, 'a matching result', timeoutMs);
      return found()!.data as Data;
    },
  };
}
