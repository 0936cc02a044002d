import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { getMainDefinition } from '@apollo/client/utilities';
import { Kind, OperationTypeNode } from 'graphql';
import { createClient as createWebSocketClient } from 'graphql-ws';
import { from, mergeMap } from 'rxjs';
import type { TokenRefresher } from '../session/token-refresher';
import { createCache } from './cache';
import type { OnLiveConnected } from './live-connection';
import { GRAPHQL_URL, webSocketUrl } from './endpoint';
import { persistedIdOf } from './persisted-document';
import { PersistedWebSocketLink } from './persisted-ws-link';

function isSubscription(operation: ApolloLink.Operation): boolean {
  const definition = getMainDefinition(operation.query);
  return definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.SUBSCRIPTION;
}

/**
 * The one Apollo Client of the app. Every operation goes by persisted id only (HTTP through
 * Apollo's persisted-query link with its query fallback off; subscriptions over graphql-ws);
 * every request carries a fresh access token; an UNAUTHENTICATED answer is retried once after a
 * refresh, so an access token that expired while the tab slept is renewed without the user
 * noticing. A refused refresh signs out (TokenRefresher).
 */
export function createApolloClient(tokens: TokenRefresher): {
  client: ApolloClient;
  restartSubscriptions: () => void;
  onLiveConnected: OnLiveConnected;
} {
  const webSocket = createWebSocketClient({
    url: webSocketUrl(),
    lazy: true,
    // Credentials travel in connection_init; fresh() refreshes first when the token is old.
    connectionParams: async () => {
      const session = await tokens.fresh();
      return session ? { authorization: `Bearer ${session.accessToken}` } : {};
    },
    // The router closes with 4403 when the access token expires while the socket is open:
    // reconnecting re-runs connectionParams (a refreshed token) and resubscribes.
    shouldRetry: () => true,
    retryAttempts: Number.POSITIVE_INFINITY,
  });

  const authorize = new SetContextLink(async (context) => {
    const session = await tokens.fresh();
    if (!session) return context;
    const headers = context['headers'] as Record<string, string> | undefined;
    return { headers: { ...headers, authorization: `Bearer ${session.accessToken}` } };
  });

  const refreshOnUnauthenticated = new ErrorLink(({ error, operation, forward }) => {
    if (!CombinedGraphQLErrors.is(error)) return;
    if (!error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) return;
    const sent = (operation.getContext()['headers'] as Record<string, string> | undefined)?.['authorization'];
    if (!sent || operation.getContext()['retriedAfterRefresh']) return;
    operation.setContext({ retriedAfterRefresh: true });
    // forward() runs `authorize` again, which picks up the refreshed token.
    return from(tokens.afterRejected(sent.replace(/^Bearer /, ''))).pipe(mergeMap(() => forward(operation)));
  });

  const http = ApolloLink.from([
    // Ids only: with `retry` off the link never falls back to sending the query text.
    new PersistedQueryLink({ generateHash: persistedIdOf, retry: () => false }),
    new HttpLink({ uri: GRAPHQL_URL }),
  ]);

  const link = ApolloLink.split(
    isSubscription,
    new PersistedWebSocketLink(webSocket),
    ApolloLink.from([refreshOnUnauthenticated, authorize, http]),
  );

  const client = new ApolloClient({ link, cache: createCache() });
  return {
    client,
    onLiveConnected: (listener) => webSocket.on('connected', listener),
    // After sign-in or sign-out, open subscriptions must run as the new caller.
    restartSubscriptions: () => webSocket.terminate(),
  };
}
