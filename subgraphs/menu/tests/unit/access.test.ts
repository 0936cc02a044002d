import { ADMIN_ONLY, outcomeOf } from '@foodgraph/testing/policy';
import { ANONYMOUS, type Identity, type Role } from '@foodgraph/platform/auth';
import type { RestaurantStatus } from '../../src/domain/restaurant-status';
import {
  assertAdmin,
  assertCanEditMenuItem,
  assertCanManageRestaurant,
  assertPartner,
  assertSignedIn,
  canManageRestaurant,
  canSeeRestaurant,
  canSeeSuspensionReason,
  assertCanReadAdminConsole,
} from '../../src/services/access';

// The menu subgraph's policy, read as a table: who may do what to a restaurant and its menu.

const OWNER_ID = '019ab2c3-4d5e-7f60-8a1b-000000000001';
const userAs = (role: Role, userId = '019ab2c3-4d5e-7f60-8a1b-0000000000ff', isGuest = false): Identity => ({
  kind: 'user',
  userId,
  role,
  isGuest,
});

const callers = {
  anonymous: ANONYMOUS,
  guest: userAs('CUSTOMER', undefined, true),
  customer: userAs('CUSTOMER'),
  courier: userAs('COURIER'),
  owner: userAs('PARTNER', OWNER_ID),
  'owner with an API key': { ...userAs('PARTNER', OWNER_ID), apiKeyId: 'key-1' } as Identity,
  'another partner': userAs('PARTNER'),
  admin: userAs('ADMIN'),
  'kitchen staff': userAs('STAFF', '019ab2c3-4d5e-7f60-8a1b-0000000000aa'),
} satisfies Record<string, Identity>;
type Caller = keyof typeof callers;

const restaurant = (status: RestaurantStatus = 'ACTIVE') => ({ ownerId: OWNER_ID, status });

/** What a guard answered: 'ok' or the error code it threw. */
function outcome(guard: () => unknown): string {
  try {
    guard();
    return 'ok';
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code ?? String(error);
  }
}

describe('menu access policy', () => {
  it.each<[Caller, string, string, string, string]>([
    // caller, signed in, opens a restaurant, manages it, approves or suspends
    ['anonymous', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED'],
    ['guest', 'ok', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
    ['customer', 'ok', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
    ['courier', 'ok', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
    ['owner', 'ok', 'ok', 'ok', 'FORBIDDEN'],
    ['owner with an API key', 'ok', 'ok', 'ok', 'FORBIDDEN'],
    ['another partner', 'ok', 'ok', 'FORBIDDEN', 'FORBIDDEN'],
    ['admin', 'ok', 'FORBIDDEN', 'ok', 'ok'],
    ['kitchen staff', 'ok', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
  ])(
    '%s: signed in → %s, opens a restaurant → %s, manages it → %s, approves or suspends → %s',
    (who, signedIn, opens, manages, moderates) => {
      const identity = callers[who];
      expect(outcome(() => assertSignedIn(identity))).toBe(signedIn);
      expect(outcome(() => assertPartner(identity))).toBe(opens);
      expect(outcome(() => assertCanManageRestaurant(identity, restaurant()))).toBe(manages);
      expect(outcome(() => assertAdmin(identity))).toBe(moderates);
    },
  );

  it("names the owner-or-admin rule in the refusal of someone else's restaurant", () => {
    expect(() => assertCanManageRestaurant(callers['another partner'], restaurant())).toThrow(
      "Only the restaurant's owner or an admin may do this",
    );
  });

  it('returns the signed-in user from the role guards, for the service to act as', () => {
    expect(assertPartner(callers.owner)).toMatchObject({ userId: OWNER_ID, role: 'PARTNER' });
    expect(assertAdmin(callers.admin)).toMatchObject({ role: 'ADMIN' });
    expect(assertSignedIn(callers.customer)).toMatchObject({ role: 'CUSTOMER' });
  });

  it.each<[Caller, boolean, boolean]>([
    // caller, sees it unpublished, sees why it was suspended
    ['anonymous', false, false],
    ['customer', false, false],
    ['courier', false, false],
    ['another partner', false, false],
    ['owner', true, true],
    ['admin', true, true],
  ])('%s: sees a pending or suspended restaurant → %s, its suspension reason → %s', (who, seesHidden, seesReason) => {
    const identity = callers[who];
    expect(canSeeRestaurant(identity, restaurant('PENDING_APPROVAL'))).toBe(seesHidden);
    expect(canSeeRestaurant(identity, restaurant('SUSPENDED'))).toBe(seesHidden);
    expect(canSeeSuspensionReason(identity, restaurant('SUSPENDED'))).toBe(seesReason);
    expect(canManageRestaurant(identity, restaurant())).toBe(seesHidden);
  });

  it('shows every ACTIVE restaurant to everyone, anonymous callers included', () => {
    for (const identity of Object.values(callers)) expect(canSeeRestaurant(identity, restaurant('ACTIVE'))).toBe(true);
  });

  it.each<[Caller, boolean, string, string, string]>([
    // caller, works at the restaurant, availability and stock, price, name with availability
    ['anonymous', false, 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED'],
    ['customer', false, 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
    ['another partner', false, 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
    ['owner', false, 'ok', 'ok', 'ok'],
    ['admin', false, 'ok', 'ok', 'ok'],
    ['kitchen staff', true, 'ok', 'FORBIDDEN', 'FORBIDDEN'],
    ['kitchen staff', false, 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
    // A non-STAFF account the read model lists (it cannot happen, but the role decides).
    ['customer', true, 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
  ])(
    '%s (works there: %s) changes a dish: availability and stock → %s, price → %s, name and availability → %s',
    (who, worksThere, kitchen, price, mixed) => {
      const identity = callers[who];
      expect(outcome(() => assertCanEditMenuItem(identity, restaurant(), worksThere, ['available', 'stock']))).toBe(kitchen);
      expect(outcome(() => assertCanEditMenuItem(identity, restaurant(), worksThere, ['price']))).toBe(price);
      expect(outcome(() => assertCanEditMenuItem(identity, restaurant(), worksThere, ['name', 'available']))).toBe(mixed);
    },
  );
});

describe('menu: the admin console (dashboard figures, dead letters)', () => {
  it.each(ADMIN_ONLY)('$who → $expected', ({ identity, expected }) => {
    expect(outcomeOf(() => assertCanReadAdminConsole(identity))).toBe(expected);
  });
});
