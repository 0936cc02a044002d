import { ANONYMOUS, type Identity, type KioskIdentity, type Role, type UserIdentity } from '@foodgraph/platform/auth';
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

/** A kiosk session of the customer `userId` (`identifyCustomer`), refused by every guard that does not name it. */
export function kioskCaller(userId: string, kioskSessionId: string): KioskIdentity {
  return { kind: 'kiosk', userId, kioskSessionId };
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

/** One row of an admin-only guard's table: who calls, and what the guard must answer. */
export interface AdminOnlyRow {
  who: string;
  identity: Identity;
  expected: Outcome;
}

const SOMEONE = '019ab2c3-4d5e-7f60-8a1b-0000000000aa';

/**
 * What a guard for admins only answers to every kind of caller: anonymous → UNAUTHENTICATED,
 * every other role and a kiosk session → FORBIDDEN, an admin → ok. Each subgraph's part of the admin console
 * checks its guard against this one table.
 */
export const ADMIN_ONLY: readonly AdminOnlyRow[] = [
  { who: 'anonymous', identity: ANONYMOUS, expected: 'UNAUTHENTICATED' },
  ...(['CUSTOMER', 'PARTNER', 'COURIER', 'STAFF'] as const).map((role) => ({
    who: role.toLowerCase(),
    identity: caller(role, SOMEONE),
    expected: 'FORBIDDEN' as const,
  })),
  { who: 'kiosk session', identity: kioskCaller(SOMEONE, SOMEONE), expected: 'FORBIDDEN' },
  { who: 'admin', identity: caller('ADMIN', SOMEONE), expected: 'ok' },
];
