/** The request carried credentials that did not verify; answered with HTTP 401, never as anonymous. */
export class AuthenticationError extends Error {
  override name = 'AuthenticationError';
}

/**
 * The credentials verified, yet they give no access to the platform (an identity provider's
 * token none of whose roles maps to a platform role): HTTP 403 FORBIDDEN, since signing in
 * again would not help. A kind of `AuthenticationError`, so every path that refuses those
 * (HTTP, graphql-ws `connection_init`, SSE) refuses this too.
 */
export class NotPermittedError extends AuthenticationError {
  override name = 'NotPermittedError';
}
