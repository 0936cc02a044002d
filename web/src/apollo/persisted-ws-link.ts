import { ApolloLink, type FetchResult } from '@apollo/client';
import type { Client } from 'graphql-ws';
import { Observable } from 'rxjs';
import { persistedExtensions } from './persisted-document';

/**
 * Subscriptions over graphql-ws, by persisted id like every other operation. Apollo's own
 * `GraphQLWsLink` always prints the query into the subscribe message; the router takes a
 * subscribe whose `extensions.persistedQuery` names a listed document and whose query is empty,
 * which is what a safelist-mode router requires — hence this small link over the same client.
 */
export class PersistedWebSocketLink extends ApolloLink {
  constructor(private readonly client: Client) {
    super();
  }

  override request(operation: ApolloLink.Operation): Observable<FetchResult> {
    return new Observable<FetchResult>((observer) =>
      this.client.subscribe(
        {
          query: '',
          operationName: operation.operationName ?? null,
          variables: operation.variables,
          extensions: { ...operation.extensions, ...persistedExtensions(operation.query) },
        },
        {
          next: (result) => observer.next(result as FetchResult),
          complete: () => observer.complete(),
          error: (error: unknown) => {
            // A GraphQL error list: the API refused or ended the subscription (e.g. FORBIDDEN once
            // a cook is removed from the kitchen). Its errors are the last result, so the screen
            // shows the API's words; erroring with a plain Error here would replace them with
            // "could not reach foodgraph".
            if (Array.isArray(error)) {
              observer.next({ errors: error } as FetchResult);
              observer.complete();
              return;
            }
            // A close event (e.g. 4403 when the access token was refused).
            observer.error(error instanceof Error ? error : new Error(closeReason(error)));
          },
        },
      ),
    );
  }
}

function closeReason(error: unknown): string {
  const close = error as { reason?: string; code?: number } | null;
  return close?.reason || `connection closed${close?.code ? ` (${close.code})` : ''}`;
}
