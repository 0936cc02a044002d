import { generateSigningKey, signAccessToken, type AccessTokenClaims } from '@foodgraph/platform/auth';
import { createBearerTokenVerifier } from '../../src/auth/bearer-token';

const { privateKey, publicKey } = generateSigningKey();
const now = Math.floor(Date.now() / 1000);
const verify = createBearerTokenVerifier({ keys: () => publicKey, issuer: 'foodgraph-users', audience: 'foodgraph' });

function bearer(extra: Record<string, unknown>): string {
  const claims = {
    sub: 'u1',
    role: 'CUSTOMER',
    guest: false,
    sid: 's1',
    iss: 'foodgraph-users',
    aud: 'foodgraph',
    iat: now,
    exp: now + 60,
    jti: 'j',
  };
  return `Bearer ${signAccessToken(privateKey, 'k1', { ...claims, ...extra } as AccessTokenClaims)}`;
}

describe('kiosk session tokens', () => {
  it("turns a token with the kiosk claim into a kiosk identity whose session is the token's sid", async () => {
    await expect(verify(bearer({ kiosk: true }))).resolves.toEqual({ kind: 'kiosk', userId: 'u1', kioskSessionId: 's1' });
  });

  it('keeps a token without the claim a user identity', async () => {
    await expect(verify(bearer({}))).resolves.toEqual({ kind: 'user', userId: 'u1', role: 'CUSTOMER', isGuest: false });
  });

  it('refuses a kiosk token of an account the platform no longer knows (disabled), like any other token', async () => {
    const knownUser = (userId: string) => Promise.resolve(userId !== 'u1');
    const checked = createBearerTokenVerifier({ keys: () => publicKey, issuer: 'foodgraph-users', audience: 'foodgraph', knownUser });
    await expect(checked(bearer({ kiosk: true }))).rejects.toThrow(/unknown user/);
  });

  it('refuses a kiosk claim that is not exactly true', async () => {
    await expect(verify(bearer({ kiosk: 'yes' }))).rejects.toThrow(/malformed token claims/);
  });
});
