import type { IncomingMessage } from 'node:http';

export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json; charset=utf-8';
export const JSON_MEDIA = 'application/json; charset=utf-8';

/**
 * The media type of a GraphQL response the client asked for (GraphQL over HTTP): clients that
 * list `application/graphql-response+json` (Apollo Client 4, urql, graphql-http) read a 4xx
 * body as GraphQL errors only in that type — under plain `application/json` a 401 is a bare
 * "server error" and its `extensions.code` is lost to them.
 */
export function graphqlMediaTypeFor(req: IncomingMessage): string {
  const accept = req.headers.accept ?? '';
  return /application\/graphql-response\+json/i.test(accept) ? GRAPHQL_RESPONSE_JSON : JSON_MEDIA;
}
