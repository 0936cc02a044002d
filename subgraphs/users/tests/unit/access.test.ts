import { ANONYMOUS, type Identity, type Role, type UserIdentity } from '@foodgraph/platform/auth';
import { ADMIN_ONLY, outcomeOf, type Outcome } from '@foodgraph/testing/policy';
import {
  LOGIN_FAILED_MESSAGE,
  REFRESH_FAILED_MESSAGE,
  assertCanAddStaff,
  assertCanCreateApiKey,
  assertCanCreateStaffAccounts,
  assertCanListUsers,
  assertCanManageStaff,
  assertCanRevokeApiKey,
  assertCredentialsMatched,
  assertRefreshAccepted,
  assertSignedInToRevokeApiKeys,
  canReadContactDetails,
  workplacesVisibleTo,
  assertCanUseAdminConsole,
  assertCanSetUserDisabled,
  assertCanSeeDisabled,
  assertAccountEnabled,
  ACCOUNT_DISABLED_MESSAGE,
} from '../../src/services/access';

/*
 * The users subgraph's policy, one row per guard: what each kind of caller gets. `ok` means
 * the guard lets the caller through; otherwise the error code it answers with.
 */

const user = (userId: string, role: Role, apiKeyId?: string): UserIdentity => ({
  kind: 'user',
  userId,
  role,
  isGuest: false,
  ...(apiKeyId ? { apiKeyId } : {}),
});

const callers = {
  anonymous: ANONYMOUS,
  customer: user('c1', 'CUSTOMER'),
  courier: user('k1', 'COURIER'),
  partner: user('p1', 'PARTNER'),
  'partner with an API key': user('p1', 'PARTNER', 'key-1'),
  admin: user('a1', 'ADMIN'),
  staff: user('s1', 'STAFF'),
} satisfies Record<string, Identity>;
type Caller = keyof typeof callers;

const policy: [string, (identity: Identity) => unknown, Record<Caller, Outcome>][] = [
  [
    'list users',
    assertCanListUsers,
    {
      anonymous: 'UNAUTHENTICATED',
      customer: 'FORBIDDEN',
      courier: 'FORBIDDEN',
      partner: 'FORBIDDEN',
      'partner with an API key': 'FORBIDDEN',
      admin: 'ok',
      staff: 'FORBIDDEN',
    },
  ],
  [
    'create staff accounts',
    assertCanCreateStaffAccounts,
    {
      anonymous: 'UNAUTHENTICATED',
      customer: 'FORBIDDEN',
      courier: 'FORBIDDEN',
      partner: 'FORBIDDEN',
      'partner with an API key': 'FORBIDDEN',
      admin: 'ok',
      staff: 'FORBIDDEN',
    },
  ],
  [
    'create an API key',
    assertCanCreateApiKey,
    {
      anonymous: 'UNAUTHENTICATED',
      customer: 'FORBIDDEN',
      courier: 'FORBIDDEN',
      partner: 'ok',
      'partner with an API key': 'FORBIDDEN',
      admin: 'FORBIDDEN',
      staff: 'FORBIDDEN',
    },
  ],
  [
    'try to revoke API keys',
    assertSignedInToRevokeApiKeys,
    {
      anonymous: 'UNAUTHENTICATED',
      customer: 'ok',
      courier: 'ok',
      partner: 'ok',
      'partner with an API key': 'ok',
      admin: 'ok',
      staff: 'ok',
    },
  ],
  [
    "revoke partner p1's API key",
    (identity) => assertCanRevokeApiKey(assertSignedInToRevokeApiKeys(identity), { userId: 'p1' }),
    {
      anonymous: 'UNAUTHENTICATED',
      customer: 'FORBIDDEN',
      courier: 'FORBIDDEN',
      partner: 'ok',
      'partner with an API key': 'ok',
      admin: 'ok',
      staff: 'FORBIDDEN',
    },
  ],
  [
    "add kitchen staff to partner p1's restaurant",
    (identity) => assertCanAddStaff(identity, 'p1'),
    {
      anonymous: 'UNAUTHENTICATED',
      customer: 'FORBIDDEN',
      courier: 'FORBIDDEN',
      partner: 'ok',
      'partner with an API key': 'FORBIDDEN',
      admin: 'FORBIDDEN',
      staff: 'FORBIDDEN',
    },
  ],
  [
    "see and remove the kitchen staff of partner p1's restaurant",
    (identity) => assertCanManageStaff(identity, 'p1'),
    {
      anonymous: 'UNAUTHENTICATED',
      customer: 'FORBIDDEN',
      courier: 'FORBIDDEN',
      partner: 'ok',
      'partner with an API key': 'ok',
      admin: 'ok',
      staff: 'FORBIDDEN',
    },
  ],
  [
    "disable or enable customer c1's account",
    (identity) => assertCanSetUserDisabled(identity, 'c1'),
    {
      anonymous: 'UNAUTHENTICATED',
      customer: 'FORBIDDEN',
      courier: 'FORBIDDEN',
      partner: 'FORBIDDEN',
      'partner with an API key': 'FORBIDDEN',
      admin: 'ok',
      staff: 'FORBIDDEN',
    },
  ],
  [
    'disable or enable admin a1 (their own account for the admin)',
    (identity) => assertCanSetUserDisabled(identity, 'a1'),
    {
      anonymous: 'UNAUTHENTICATED',
      customer: 'FORBIDDEN',
      courier: 'FORBIDDEN',
      partner: 'FORBIDDEN',
      'partner with an API key': 'FORBIDDEN',
      admin: 'FORBIDDEN',
      staff: 'FORBIDDEN',
    },
  ],
  [
    'see whether partner p1 is disabled',
    (identity) => assertCanSeeDisabled(identity, 'p1', new Set()),
    {
      anonymous: 'UNAUTHENTICATED',
      customer: 'FORBIDDEN',
      courier: 'FORBIDDEN',
      partner: 'ok',
      'partner with an API key': 'ok',
      admin: 'ok',
      staff: 'FORBIDDEN',
    },
  ],
];

describe('users policy', () => {
  describe.each(policy)('who may %s', (_action, guard, expected) => {
    it.each(Object.entries(expected) as [Caller, Outcome][])('%s: %s', (caller, outcome) => {
      expect(outcomeOf(() => guard(callers[caller]))).toBe(outcome);
    });
  });

  it('explains why a partner signed in with a key may not mint another key', () => {
    expect(() => assertCanCreateApiKey(callers['partner with an API key'])).toThrow(
      'Only partners signed in with a password may create API keys',
    );
  });

  it('hands the guarded identity back to the service', () => {
    expect(assertCanCreateApiKey(callers.partner)).toBe(callers.partner);
    expect(assertCanListUsers(callers.admin)).toBe(callers.admin);
  });

  it("shows a user's contact details to themself, to admins and to whoever just signed in as them", () => {
    const none = new Set<string>();
    expect(canReadContactDetails(callers.customer, 'c1', none)).toBe(true);
    expect(canReadContactDetails(callers.admin, 'c1', none)).toBe(true);
    expect(canReadContactDetails(callers.partner, 'c1', none)).toBe(false);
    expect(canReadContactDetails(ANONYMOUS, 'c1', none)).toBe(false);
    expect(canReadContactDetails(ANONYMOUS, 'c1', new Set(['c1']))).toBe(true);
    expect(canReadContactDetails(ANONYMOUS, 'c2', new Set(['c1']))).toBe(false);
  });

  it('lets nobody add staff to a restaurant menu has not announced, and shows an owner only their own kitchens of a cook', () => {
    expect(outcomeOf(() => assertCanAddStaff(callers.partner, null))).toBe('FORBIDDEN');
    expect(outcomeOf(() => assertCanManageStaff(callers.partner, null))).toBe('FORBIDDEN');
    expect(outcomeOf(() => assertCanManageStaff(callers.admin, null))).toBe('ok');
    const workplaces = [
      { restaurantId: 'r1', ownerId: 'p1' },
      { restaurantId: 'r2', ownerId: 'p2' },
    ];
    expect(workplacesVisibleTo(callers.staff, 's1', workplaces)).toEqual(workplaces);
    expect(workplacesVisibleTo(callers.admin, 's1', workplaces)).toEqual(workplaces);
    expect(workplacesVisibleTo(callers.partner, 's1', workplaces)).toEqual([workplaces[0]]);
    expect(workplacesVisibleTo(callers.customer, 's1', workplaces)).toEqual([]);
    expect(outcomeOf(() => workplacesVisibleTo(ANONYMOUS, 's1', workplaces))).toBe('UNAUTHENTICATED');
  });

  it("shows an owner the contact details of the staff shown to them, and nobody else's", () => {
    const none = new Set<string>();
    expect(canReadContactDetails(callers.partner, 's1', none, new Set(['s1']))).toBe(true);
    expect(canReadContactDetails(callers.partner, 's2', none, new Set(['s1']))).toBe(false);
  });

  it('answers every failed login with the same UNAUTHENTICATED message', () => {
    const account = { id: 'c1' };
    expect(assertCredentialsMatched(account, true)).toBe(account);
    for (const [found, matched] of [
      [null, false],
      [account, false],
      [null, true],
    ] as const) {
      expect(outcomeOf(() => assertCredentialsMatched(found, matched))).toBe('UNAUTHENTICATED');
      expect(() => assertCredentialsMatched(found, matched)).toThrow(LOGIN_FAILED_MESSAGE);
    }
  });

  it('refuses a disabled account whose password matched with FORBIDDEN and says why', () => {
    const enabled = { disabledAt: null };
    expect(assertAccountEnabled(enabled)).toBe(enabled);
    expect(outcomeOf(() => assertAccountEnabled({ disabledAt: new Date() }))).toBe('FORBIDDEN');
    expect(() => assertAccountEnabled({ disabledAt: new Date() })).toThrow(ACCOUNT_DISABLED_MESSAGE);
  });

  it('shows whether an account is disabled to whoever just signed in as it', () => {
    expect(outcomeOf(() => assertCanSeeDisabled(ANONYMOUS, 'c1', new Set(['c1'])))).toBe('ok');
  });

  it('ends the session when a refresh is rejected', () => {
    expect(assertRefreshAccepted('pair')).toBe('pair');
    expect(outcomeOf(() => assertRefreshAccepted('rejected'))).toBe('UNAUTHENTICATED');
    expect(() => assertRefreshAccepted('rejected')).toThrow(REFRESH_FAILED_MESSAGE);
  });
});

describe('users: the admin console (dashboard figures, dead letters)', () => {
  it.each(ADMIN_ONLY)('$who → $expected', ({ identity, expected }) => {
    expect(outcomeOf(() => assertCanUseAdminConsole(identity))).toBe(expected);
  });
});
