import { HeaderMap } from '@apollo/server';
import { CodedError, ErrorCode, QueryTooComplexError } from '@foodgraph/platform/errors';

/**
 * Apollo reads `extensions.http` for the response status and headers and strips it before
 * the error reaches the client.
 */
function http(status: number, headers: [string, string][] = []) {
  return { http: { status, headers: new HeaderMap(headers) } };
}

/**
 * APQ: the hash is not known (yet). Answered with 200 and `no-cache`, as Apollo Server does:
 * Apollo Client's persisted-query link retries with the full query when it sees this code,
 * and no cache in between may keep the miss once the query is registered.
 */
export class PersistedQueryNotFoundError extends CodedError {
  constructor(message = 'PersistedQueryNotFound') {
    super(message, ErrorCode.PersistedQueryNotFound, http(200, [['cache-control', 'private, no-cache, must-revalidate']]));
  }
}

/**
 * Safelisting: the caller may run only operations of the persisted-query list, by id. A 400,
 * because resending the same request can never succeed.
 */
export class PersistedQueryNotListedError extends CodedError {
  constructor(message = 'Only operations of the persisted-query list may run here; send its id as documentId') {
    super(message, ErrorCode.PersistedQueryNotListed, http(400));
  }
}

/** A malformed persisted-query request (bad hash, unknown version, hash not matching the query). */
export class PersistedQueryRequestError extends CodedError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message, ErrorCode.BadUserInput, { field, ...http(400) });
  }
}

/**
 * APQ: the query sent to be registered is larger than `ROUTER_MAX_APQ_BYTES`. QUERY_TOO_COMPLEX
 * with `extensions.limit = "apqBytes"`, `value` and `max`, as every other size limit answers
 * (HTTP 400: resending it can never succeed). Nothing is stored; a client may still send such a
 * query without a hash, held to `ROUTER_MAX_BODY_BYTES` and the request limits like any other.
 */
export class PersistedQueryTooLargeError extends QueryTooComplexError {
  constructor(value: number, max: number) {
    super(`Persisted query size ${value} bytes exceeds the limit of ${max} bytes (ROUTER_MAX_APQ_BYTES)`, {
      limit: 'apqBytes',
      value,
      max,
      ...http(400),
    });
  }
}
