/**
 * Where the router is. Served by the router itself (the normal case) the app calls its own
 * origin; `VITE_GRAPHQL_URL` builds it for a router elsewhere (listed in its CORS_ORIGINS).
 */
export const GRAPHQL_URL: string = (import.meta.env['VITE_GRAPHQL_URL'] as string | undefined) ?? '/graphql';

/** The graphql-ws endpoint: the same path, ws:// or wss:// as the page is http:// or https://. */
export function webSocketUrl(): string {
  const url = new URL(GRAPHQL_URL, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}
