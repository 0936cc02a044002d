import { ANONYMOUS, type Identity } from '@foodgraph/platform/auth';
import { apiKeyCreationProblem, canListUsers, canRevokeApiKey, canSeeContactDetails } from '../../src/domain/access-rules';

const user = (userId: string, role: 'CUSTOMER' | 'PARTNER' | 'COURIER' | 'ADMIN', apiKeyId?: string): Identity => ({
  kind: 'user',
  userId,
  role,
  isGuest: false,
  ...(apiKeyId ? { apiKeyId } : {}),
});

describe('access rules', () => {
  it('shows contact details to the user themself and to admins only', () => {
    expect(canSeeContactDetails(user('u1', 'CUSTOMER'), 'u1')).toBe(true);
    expect(canSeeContactDetails(user('a', 'ADMIN'), 'u1')).toBe(true);
    expect(canSeeContactDetails(user('p', 'PARTNER'), 'u1')).toBe(false);
    expect(canSeeContactDetails(ANONYMOUS, 'u1')).toBe(false);
  });

  it('lets only partners signed in with a token create API keys', () => {
    expect(apiKeyCreationProblem(user('p', 'PARTNER'))).toBeNull();
    expect(apiKeyCreationProblem(user('p', 'PARTNER', 'k1'))).toBe('forbidden');
    expect(apiKeyCreationProblem(user('c', 'CUSTOMER'))).toBe('forbidden');
    expect(apiKeyCreationProblem(user('a', 'ADMIN'))).toBe('forbidden');
    expect(apiKeyCreationProblem(ANONYMOUS)).toBe('unauthenticated');
  });

  it('lets the owner or an admin revoke a key', () => {
    expect(canRevokeApiKey(user('p', 'PARTNER'), 'p')).toBe(true);
    expect(canRevokeApiKey(user('a', 'ADMIN'), 'p')).toBe(true);
    expect(canRevokeApiKey(user('q', 'PARTNER'), 'p')).toBe(false);
    expect(canRevokeApiKey(ANONYMOUS, 'p')).toBe(false);
  });

  it('lets only admins list users', () => {
    expect(canListUsers(user('a', 'ADMIN'))).toBe(true);
    expect(canListUsers(user('c', 'COURIER'))).toBe(false);
    expect(canListUsers(ANONYMOUS)).toBe(false);
  });
});
