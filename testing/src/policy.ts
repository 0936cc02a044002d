import type { Role, UserIdentity } from '@foodgraph/platform/auth';
import type { ErrorCode } from '@foodgraph/platform/errors';

/*
 * The small vocabulary of each subgraph's `tests/unit/access.test.ts`, its policy as a table of
 * who may do what. A subpath of its own (`@foodgraph/testing/policy`) so those unit tests load
 * no stack, router or subgraph.
 */

/** A signed-in caller of `role` for a policy table. */
export function caller(role: Role, userId: string, extra: Pick<UserIdentity, 'isGuest' | 'apiKeyId'> = { isGuest: false }): UserIdentity {
  return { kind: 'user', userId, role, ...extra };
}

/** What a guard answered: `ok`, or the contract code of the error it threw. */
export type Outcome = 'ok' | ErrorCode;

/** Runs `guard` and tells what it answered; an error without a contract code is rethrown. */
export function outcomeOf(guard: () => unknown): Outcome {
  try {
    guard();
    return 'ok';
  } catch (error) {
    const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
    if (typeof code !== 'string') throw error;
    return code as ErrorCode;
  }
}
