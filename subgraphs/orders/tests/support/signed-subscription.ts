import type { Identity } from '@foodgraph/platform/auth';
import { uuidv7 } from '@foodgraph/platform/ids';
import { signConnectionInit, signSubscribe, SUBSCRIBE_SIGNATURE_EXTENSION } from '@foodgraph/platform/subscriptions';
import type { FormattedExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** What one subscription to the subgraph received, as it arrives. */
export interface SignedSubscription<Data> {
  readonly results: FormattedExecutionResult<Data>[];
  /** Waits until a result's data satisfies `match` and returns that data. */
  waitForData(match: (data: Data) => boolean, timeoutMs?: number): Promise<Data>;
  /** Unsubscribes and closes the connection. */
  dispose(): Promise<void>;
}

/**
 * Subscribes to a subgraph's graphql-ws endpoint as the router does: a `connection_init` and a
 * subscribe message signed with the secret the two share, carrying `identity`. One connection
 * per subscription keeps each test's subscription independent of the others.
 */
export function subscribeSigned<Data>(
  graphqlUrl: string,
  routerSecret: string,
  identity: Identity,
  query: string,
  variables: Record<string, unknown> = {},
): SignedSubscription<Data> {
  const client: Client = createClient({
    url: graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: () => signConnectionInit(routerSecret, uuidv7()),
  });
  const results: FormattedExecutionResult<Data>[] = [];
  let ended: unknown = null;
  const extensions = { [SUBSCRIBE_SIGNATURE_EXTENSION]: signSubscribe(routerSecret, identity, uuidv7(), { query, variables }) };
  const unsubscribe = client.subscribe<Data>(
    { query, variables, extensions },
    {
      next: (result) => void results.push(result as FormattedExecutionResult<Data>),
      error: (error) => (ended = error ?? 'error'),
      complete: () => (ended = 'completed'),
    },
  );
  return {
    results,
    async waitForData(match, timeoutMs = 10_000) {
      const found = () => results.find((r) => r.data !== undefined && r.data !== null && match(r.data));
      const deadline = Date.now() + timeoutMs;
      while (!found()) {
        const got = JSON.stringify(results);
        if (ended !== null) throw new Error(`the subscription ended (${JSON.stringify(ended)}) before a matching result; got ${got}`);
        if (Date.now() > deadline) throw new Error(`timed out waiting for a matching result; got ${got}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return found()!.data!;
    },
    async dispose() {
      unsubscribe();
      await client.dispose();
    },
  };
}
