import type { Logger } from '@foodgraph/platform/logging';
import { signConnectionInit, signSubscribe, SUBSCRIBE_SIGNATURE_EXTENSION } from '@foodgraph/platform/subscriptions';
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import type { SupergraphSubgraph } from '../supergraph/subgraph-urls';

/** Receives one upstream subscription's messages. */
export interface UpstreamSink {
  next(result: FormattedExecutionResult<Record<string, unknown>, unknown>): void;
  /** The subgraph refused the operation (formatted errors) or stayed unreachable (anything else). */
  error(reason: unknown): void;
  complete(): void;
}

/** One operation to run at a subgraph, on behalf of one identity. */
export interface UpstreamOperation {
  subgraph: string;
  query: string;
  operationName: string | undefined;
  variables: Record<string, unknown>;
  /** The caller's identity, encoded as for the signed HTTP header. */
  identityHeader: string;
  requestId: string;
}

export interface UpstreamClientsOptions {
  subgraphs: readonly SupergraphSubgraph[];
  secret: string;
  logger: Logger;
  retryAttempts: number;
  idleCloseMs: number;
  keepAliveMs: number;
}

/** `http(s)://host/graphql` → `ws(s)://host/graphql`. */
export function webSocketUrlOf(httpUrl: string): string {
  const url = new URL(httpUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

/**
 * graphql-ws clients towards the subgraphs: one lazily opened connection per subgraph that
 * multiplexes every upstream subscription of this router, whoever it runs for. The connection
 * proves it is the router in `connection_init` (signed again on every reconnect); each
 * subscribe message carries the caller's identity, signed together with the operation, so
 * identities never share a connection's authority. Dropped connections are retried with
 * randomized exponential backoff and their subscriptions re-sent; after `retryAttempts` they fail.
 */
export class UpstreamClients {
  private readonly clients = new Map<string, Client>();
  private readonly urls: Map<string, string>;
  private active = 0;

  constructor(private readonly options: UpstreamClientsOptions) {
    this.urls = new Map(options.subgraphs.map((s) => [s.name, webSocketUrlOf(s.url)]));
  }

  /** Upstream subscriptions currently open. */
  get subscriptions(): number {
    return this.active;
  }

  /** Starts `op` at its subgraph; the returned function ends it (idempotent). */
  subscribe(op: UpstreamOperation, sink: UpstreamSink): () => void {
    const payload = { query: op.query, operationName: op.operationName ?? null, variables: op.variables };
    const signature = signSubscribe(this.options.secret, op.identityHeader, op.requestId, payload);
    this.active++;
    let open = true;
    const settle = () => {
      if (!open) return false;
      open = false;
      this.active--;
      return true;
    };
    const dispose = this.client(op.subgraph).subscribe<Record<string, unknown>>(
      { ...payload, extensions: { [SUBSCRIBE_SIGNATURE_EXTENSION]: signature } },
      {
        next: (result) => sink.next(result),
        error: (reason) => settle() && sink.error(reason),
        complete: () => settle() && sink.complete(),
      },
    );
    return () => {
      if (settle()) dispose();
    };
  }

  /** Closes every connection; their subscriptions end without notice. */
  async close(): Promise<void> {
    await Promise.all([...this.clients.values()].map(async (c) => c.dispose()));
    this.clients.clear();
  }

  private client(subgraph: string): Client {
    let client = this.clients.get(subgraph);
    if (client) return client;
    const url = this.urls.get(subgraph);
    if (!url) throw new Error(`The query plan names subgraph "${subgraph}", which the router does not know`);
    const { logger, secret } = this.options;
    client = createClient({
      url,
      webSocketImpl: WebSocket,
      lazy: true,
      lazyCloseTimeout: this.options.idleCloseMs,
      keepAlive: this.options.keepAliveMs,
      retryAttempts: this.options.retryAttempts,
      connectionParams: () => signConnectionInit(secret, randomUUID()),
      on: {
        connected: () => logger.debug({ subgraph }, 'subscription connection to subgraph open'),
        closed: (event) => {
          const { code, reason } = event as { code?: number; reason?: string };
          if (code !== 1000) logger.warn({ subgraph, code, reason }, 'subscription connection to subgraph closed');
        },
      },
    });
    this.clients.set(subgraph, client);
    return client;
  }
}
