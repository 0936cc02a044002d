import { CloseCode } from 'graphql-ws';

/**
 * Why the router closes a client's WebSocket, beyond the protocol's own codes (4400 bad
 * message, 4401 subscribe before ack, 4408 no init in time, 4409 duplicate id, 4429 second
 * init, which graphql-ws sends by itself).
 */
export const SubscriptionCloseCode = {
  /**
   * Credentials in `connection_init` did not verify, or the access token expired while the
   * connection was open. graphql-ws' Forbidden rather than Unauthorized (4401): the protocol
   * uses 4401 for "subscribed before being acknowledged", and clients treat 4401 as fatal
   * while they retry 4403 — which is what a client whose token expired should do, with a
   * fresh token from its `connectionParams` function.
   */
  Forbidden: CloseCode.Forbidden,
  /** The user already has `maxConnectionsPerIdentity` connections open (RFC 6455 policy violation). */
  TooManyConnections: 1008,
  /** The client reads too slowly (RFC 6455 "try again later"); also: credentials cannot be checked right now. */
  TryAgainLater: 1013,
  /** The router is shutting down. */
  GoingAway: 1001,
} as const;
