/** The request carried credentials that did not verify; answered with HTTP 401, never as anonymous. */
export class AuthenticationError extends Error {
  override name = 'AuthenticationError';
}
