import { generateSigningKey, signAccessToken } from '@foodgraph/platform/auth';
import { readRouterConfig } from '../../src/config';
import { createBearerTokenVerifier } from '../../src/auth/bearer-token';

const { privateKey, publicKey } = generateSigningKey();
const now = () => Math.floor(Date.now() / 1000);

/** A signed access token that expired `agoSeconds` ago. */
function expiredToken(agoSeconds: number): string {
  const claims = {
    sub: 'u1',
    role: 'CUSTOMER',
    sid: 's1',
    iss: 'foodgraph-users',
    aud: 'foodgraph',
    iat: now() - 900,
    exp: now() - agoSeconds,
  };
  return `Bearer ${signAccessToken(privateKey, 'k1', claims as Parameters<typeof signAccessToken>[2])}`;
}

function verifier(leewaySeconds?: number) {
  return createBearerTokenVerifier({ keys: () => publicKey, issuer: 'foodgraph-users', audience: 'foodgraph', leewaySeconds });
}

describe('access-token expiry leeway (JWT_CLOCK_LEEWAY)', () => {
  it('accepts a token up to 30 s past its expiry by default, not after', async () => {
    await expect(verifier()(expiredToken(10))).resolves.toMatchObject({ userId: 'u1' });
    await expect(verifier()(expiredToken(40))).rejects.toThrow(/token expired/);
  });

  it('allows no skew with a leeway of 0: an expired token is refused at once', async () => {
    await expect(verifier(0)(expiredToken(2))).rejects.toThrow(/token expired/);
  });

  it('reads JWT_CLOCK_LEEWAY as a duration, 30 s by default', () => {
    const secret = { ROUTER_SIGNING_SECRET: 's'.repeat(32) };
    expect(readRouterConfig(secret).jwtClockLeewaySeconds).toBe(30);
    expect(readRouterConfig({ ...secret, JWT_CLOCK_LEEWAY: '0s' }).jwtClockLeewaySeconds).toBe(0);
    expect(readRouterConfig({ ...secret, JWT_CLOCK_LEEWAY: '2m' }).jwtClockLeewaySeconds).toBe(120);
  });
});
