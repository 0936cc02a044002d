import { GraphQLError } from 'graphql';

/**
 * Every error a client can see carries one of these codes in `extensions.code`.
 * The list is the public contract (../shared/docs/api.graphql); a code is never renamed.
 */
export const ErrorCode = {
  /** No valid credentials were presented. */
  Unauthenticated: 'UNAUTHENTICATED',
  /** The caller is known but may not do this (role or ownership). */
  Forbidden: 'FORBIDDEN',
  /** An argument is invalid; `extensions.field` names it. */
  BadUserInput: 'BAD_USER_INPUT',
  /** The addressed object does not exist (or the caller may not know it exists). */
  NotFound: 'NOT_FOUND',
  /** The write collides with existing state (duplicate email, review already given, …). */
  Conflict: 'CONFLICT',
  /** A state machine refused the requested transition. */
  InvalidStateTransition: 'INVALID_STATE_TRANSITION',
  /** APQ: the hash is not known yet; send the query with it. */
  PersistedQueryNotFound: 'PERSISTED_QUERY_NOT_FOUND',
  /** Safelisting: the operation is not in the persisted-query list. */
  PersistedQueryNotListed: 'PERSISTED_QUERY_NOT_LISTED',
  /** Too many requests from this identity. */
  RateLimited: 'RATE_LIMITED',
  /** The operation is over a depth/alias/cost/… limit. */
  QueryTooComplex: 'QUERY_TOO_COMPLEX',
  /** Anything unexpected; the details are logged, never sent. */
  InternalServerError: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const knownCodes = new Set<string>(Object.values(ErrorCode));
export function isKnownErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && knownCodes.has(code);
}

/** Base of every coded error; subclasses fix the code so call sites cannot mistype it. */
export abstract class CodedError extends GraphQLError {
  protected constructor(message: string, code: ErrorCode, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export class UnauthenticatedError extends CodedError {
  constructor(message = 'Sign in to do this') {
    super(message, ErrorCode.Unauthenticated);
  }
}

export class ForbiddenError extends CodedError {
  constructor(message = 'You are not allowed to do this') {
    super(message, ErrorCode.Forbidden);
  }
}

/** Invalid input; `field` is the argument path, e.g. `input.email` or `lines[2].quantity`. */
export class BadUserInputError extends CodedError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message, ErrorCode.BadUserInput, { field });
  }
}

export class NotFoundError extends CodedError {
  constructor(what: string, id?: string) {
    super(id ? `${what} ${id} was not found` : `${what} was not found`, ErrorCode.NotFound);
  }
}

/** A collision with existing state; `field` names the argument that collides, when one does (a taken document). */
export class ConflictError extends CodedError {
  constructor(message: string, field?: string) {
    super(message, ErrorCode.Conflict, field === undefined ? {} : { field });
  }
}

export class InvalidStateTransitionError extends CodedError {
  constructor(from: string, to: string, what = 'order') {
    super(`Cannot move ${what} from ${from} to ${to}`, ErrorCode.InvalidStateTransition, { from, to });
  }
}

export class QueryTooComplexError extends CodedError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(message, ErrorCode.QueryTooComplex, extra);
  }
}

/** Over a rate limit; `retryAfter` (whole seconds, when known) says when trying again can work. */
export class RateLimitedError extends CodedError {
  constructor(message = 'Too many requests, slow down', retryAfter?: number) {
    super(message, ErrorCode.RateLimited, retryAfter === undefined ? {} : { retryAfter });
  }
}
