import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, isKnownErrorCode } from '../errors';
import type { Logger } from '../logging';

/** Codes graphql-js/Apollo/type-graphql use, mapped onto the contract's list. */
const TRANSLATED: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.BadUserInput,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BadUserInput,
  BAD_REQUEST: ErrorCode.BadUserInput,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BadUserInput,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BadUserInput,
  UNAUTHORIZED: ErrorCode.Forbidden, // type-graphql's AuthorizationError
};

export const MASKED_MESSAGE = 'Internal server error';

/** True when a formatted error will reach the client unmasked (it carries a contract code). */
export function contractCodeOf(error: GraphQLFormattedError): ErrorCode | undefined {
  const code = error.extensions?.['code'];
  // Apollo stamps INTERNAL_SERVER_ERROR on every error that carries no code of its own (a
  // plain `throw new Error(...)`): such an error's message is exactly what must not leak.
  if (code === ErrorCode.InternalServerError) return undefined;
  if (isKnownErrorCode(code)) return code;
  if (typeof code === 'string' && code in TRANSLATED) return TRANSLATED[code];
  return undefined;
}

/**
 * Apollo `formatError`: errors with a contract code pass (stack traces dropped); known
 * framework codes are translated; everything else is masked so no internal detail leaks.
 * Logging happens in `errorLoggingPlugin`, which has the request id.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = contractCodeOf(formatted);
  if (code) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    void _drop;
    const original = formatted.extensions?.['code'];
    return {
      ...formatted,
      extensions: { ...extensions, code, ...(original !== code ? { reason: original } : {}) },
    };
  }
  // A variable that failed coercion is a client mistake even without a code on it.
  const original = unwrapResolverError(error);
  if (original instanceof Error && /^Variable "\$[^"]+" got invalid value/.test(original.message)) {
    return { message: formatted.message, extensions: { code: ErrorCode.BadUserInput } };
  }
  return {
    message: MASKED_MESSAGE,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ErrorCode.InternalServerError },
  };
}

/** Logs every error that will be masked, with the request id, so it can be found again. */
export function errorLoggingPlugin<Ctx extends BaseContext & { requestId?: string }>(logger: Logger): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            if (contractCodeOf({ message: error.message, extensions: error.extensions }) === undefined) {
              const original = unwrapResolverError(error);
              logger.error(
                { requestId: contextValue.requestId, operationName, path: error.path, err: original },
                'internal error (masked for the client)',
              );
            }
          }
        },
      };
    },
  };
}
