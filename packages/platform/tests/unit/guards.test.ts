import { ANONYMOUS, type Identity } from '../../src/auth/identity';
import { isAdmin, kioskSessionOf, signedIn, signedInAs } from '../../src/auth/guards';

const customer: Identity = { kind: 'user', userId: 'u1', role: 'CUSTOMER', isGuest: false };
const admin: Identity = { kind: 'user', userId: 'a1', role: 'ADMIN', isGuest: false };
const kiosk: Identity = { kind: 'kiosk', userId: 'u1', kioskSessionId: 'k1' };
const codeOf = (fn: () => unknown): unknown => {
  try {
    fn();
    return 'allowed';
  } catch (err) {
    return (err as { extensions?: { code?: unknown } }).extensions?.code;
  }
};

describe('guard primitives', () => {
  it('refuses an anonymous caller as UNAUTHENTICATED and lets a user through', () => {
    expect(codeOf(() => signedIn(ANONYMOUS))).toBe('UNAUTHENTICATED');
    expect(signedIn(customer)).toBe(customer);
  });

  it('refuses a user without one of the roles as FORBIDDEN, with the given message', () => {
    expect(codeOf(() => signedInAs(customer, ['ADMIN']))).toBe('FORBIDDEN');
    expect(() => signedInAs(customer, ['ADMIN'], 'Only an admin may do this')).toThrow('Only an admin may do this');
    expect(codeOf(() => signedInAs(ANONYMOUS, ['ADMIN']))).toBe('UNAUTHENTICATED');
    expect(signedInAs(admin, ['PARTNER', 'ADMIN'])).toBe(admin);
  });

  it('knows an admin', () => {
    expect([isAdmin(admin), isAdmin(customer), isAdmin(ANONYMOUS)]).toEqual([true, false, false]);
  });

  it('refuses a kiosk session as FORBIDDEN in every primitive: only guards that name it let it in', () => {
    expect(codeOf(() => signedIn(kiosk))).toBe('FORBIDDEN');
    expect(codeOf(() => signedInAs(kiosk, ['CUSTOMER']))).toBe('FORBIDDEN');
    expect(isAdmin(kiosk)).toBe(false);
    expect([kioskSessionOf(kiosk), kioskSessionOf(customer), kioskSessionOf(ANONYMOUS)]).toEqual([kiosk, null, null]);
  });
});
