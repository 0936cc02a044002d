import { generateKeyPairSync } from 'node:crypto';
import {
  generateSigningKey,
  keysFromJwks,
  publicJwk,
  signAccessToken,
  verifyAccessToken,
  type AccessTokenClaims,
} from '../../src/auth/jwt';

const opts = { issuer: 'iss-a', audience: 'aud-a', now: 1_000_000 };
const claims = (over: Partial<AccessTokenClaims> = {}): AccessTokenClaims => ({
  sub: '0190a0a0-0000-7000-8000-000000000001',
  role: 'CUSTOMER',
  guest: false,
  sid: 's1',
  iss: 'iss-a',
  aud: 'aud-a',
  iat: 1_000_000,
  exp: 1_000_900,
  jti: 'j1',
  ...over,
});
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

describe('access tokens', () => {
  const { privateKey, publicKey } = generateSigningKey();
  const keys = keysFromJwks({ keys: [publicJwk(publicKey, 'k1')] });
  const lookup = (kid: string) => keys.get(kid);

  it('verifies a token it signed and returns the claims', async () => {
    const token = signAccessToken(privateKey, 'k1', claims());
    await expect(verifyAccessToken(token, lookup, opts)).resolves.toMatchObject({ sub: claims().sub, role: 'CUSTOMER' });
  });

  it('refuses a token whose payload was changed', async () => {
    const [h, , s] = signAccessToken(privateKey, 'k1', claims()).split('.');
    await expect(verifyAccessToken(`${h}.${b64(claims({ role: 'ADMIN' }))}.${s}`, lookup, opts)).rejects.toThrow('bad token signature');
  });

  it('refuses alg none and HS256 before looking at any key', async () => {
    const none = `${b64({ alg: 'none', kid: 'k1' })}.${b64(claims())}.`;
    await expect(verifyAccessToken(none, lookup, opts)).rejects.toThrow();
    const hs = `${b64({ alg: 'HS256', kid: 'k1' })}.${b64(claims())}.c2ln`;
    await expect(verifyAccessToken(hs, lookup, opts)).rejects.toThrow('token algorithm not accepted');
  });

  it('refuses expired tokens, other issuers and other audiences', async () => {
    const sign = (c: AccessTokenClaims) => signAccessToken(privateKey, 'k1', c);
    await expect(verifyAccessToken(sign(claims({ exp: 999_000 })), lookup, opts)).rejects.toThrow('token expired');
    await expect(verifyAccessToken(sign(claims({ iss: 'other' })), lookup, opts)).rejects.toThrow('wrong token issuer');
    await expect(verifyAccessToken(sign(claims({ aud: 'other' })), lookup, opts)).rejects.toThrow('wrong token audience');
  });

  it('refuses a token signed by a key that is not in the set', async () => {
    const stranger = generateSigningKey();
    await expect(verifyAccessToken(signAccessToken(stranger.privateKey, 'k1', claims()), lookup, opts)).rejects.toThrow(
      'bad token signature',
    );
    await expect(verifyAccessToken(signAccessToken(stranger.privateKey, 'k2', claims()), lookup, opts)).rejects.toThrow(
      'unknown signing key',
    );
  });

  it('keeps only Ed25519 keys from a JWKS', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' });
    const set = keysFromJwks({
      keys: [{ ...rsa, kid: 'r1' }, publicJwk(publicKey, 'k1'), { kid: 'broken', kty: 'OKP', crv: 'Ed25519', x: '!' }],
    });
    expect([...set.keys()]).toEqual(['k1']);
  });
});
