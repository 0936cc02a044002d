import { ANONYMOUS, type Identity } from '@foodgraph/platform/auth';
import { caller, outcomeOf, type Outcome } from '@foodgraph/testing/policy';
import { assertCanReadAdminConsole, assertCanUseOwnInbox, canReadNotification } from '../../src/services/access';

/*
 * The notifications subgraph's policy, one row per guard: every signed-in user (guests too)
 * has an inbox of their own, a notification is seen by its recipient alone, admins included,
 * and the admin console's part (this subgraph's dead letters) is for admins.
 */

const callers = {
  anonymous: ANONYMOUS,
  'a guest': caller('CUSTOMER', 'guest-1', { isGuest: true }),
  'the recipient': caller('CUSTOMER', 'customer-1'),
  'another customer': caller('CUSTOMER', 'customer-2'),
  'a partner': caller('PARTNER', 'owner-1'),
  'a courier': caller('COURIER', 'courier-1'),
  admin: caller('ADMIN', 'admin-1'),
} satisfies Record<string, Identity>;
type Caller = keyof typeof callers;

const policy: Record<string, { guard: (identity: Identity) => unknown; expected: Record<Caller, Outcome | boolean> }> = {
  'reads, marks and follows their own inbox': {
    guard: assertCanUseOwnInbox,
    expected: {
      anonymous: 'UNAUTHENTICATED',
      'a guest': 'ok',
      'the recipient': 'ok',
      'another customer': 'ok',
      'a partner': 'ok',
      'a courier': 'ok',
      admin: 'ok',
    },
  },
  "reads the admin console's dead letters": {
    guard: assertCanReadAdminConsole,
    expected: {
      anonymous: 'UNAUTHENTICATED',
      'a guest': 'FORBIDDEN',
      'the recipient': 'FORBIDDEN',
      'another customer': 'FORBIDDEN',
      'a partner': 'FORBIDDEN',
      'a courier': 'FORBIDDEN',
      admin: 'ok',
    },
  },
  "sees customer-1's notification": {
    guard: (identity) => canReadNotification(identity, { recipientId: 'customer-1' }),
    expected: {
      anonymous: false,
      'a guest': false,
      'the recipient': true,
      'another customer': false,
      'a partner': false,
      'a courier': false,
      admin: false,
    },
  },
};

describe.each(Object.entries(policy))('%s', (_name, { guard, expected }) => {
  it.each(Object.entries(expected))('%s → %s', (who, outcome) => {
    const identity = callers[who as Caller];
    if (typeof outcome === 'boolean') expect(guard(identity)).toBe(outcome);
    else expect(outcomeOf(() => guard(identity))).toBe(outcome);
  });
});
