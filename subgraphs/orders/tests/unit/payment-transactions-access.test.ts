import { ANONYMOUS, type Identity } from '@foodgraph/platform/auth';
import { caller } from '@foodgraph/testing/policy';
import { assertCanReadPaymentTransactions } from '../../src/services/access';

/** The error code the guard throws, or 'ALLOWED'. */
function verdict(identity: Identity, ownerId: string | null): string {
  try {
    assertCanReadPaymentTransactions(identity, ownerId);
    return 'ALLOWED';
  } catch (error) {
    return String((error as { extensions?: { code?: unknown } }).extensions?.code);
  }
}

describe("who reads an order's payment transactions", () => {
  it.each<[string, Identity, string]>([
    ['anonymous', ANONYMOUS, 'UNAUTHENTICATED'],
    ["the order's customer", caller('CUSTOMER', 'customer-1'), 'FORBIDDEN'],
    ["the restaurant's owner", caller('PARTNER', 'owner-1'), 'ALLOWED'],
    ['another partner', caller('PARTNER', 'owner-2'), 'FORBIDDEN'],
    ['a courier', caller('COURIER', 'courier-1'), 'FORBIDDEN'],
    ['kitchen staff', caller('STAFF', 'staff-1'), 'FORBIDDEN'],
    ['an admin', caller('ADMIN', 'admin-1'), 'ALLOWED'],
  ])('%s: %s', (_who, identity, expected) => {
    expect(verdict(identity, 'owner-1')).toBe(expected);
  });

  it('nobody but admins when the restaurant is unknown to the read model', () => {
    expect(verdict(caller('PARTNER', 'owner-1'), null)).toBe('FORBIDDEN');
    expect(verdict(caller('ADMIN', 'admin-1'), null)).toBe('ALLOWED');
  });
});
