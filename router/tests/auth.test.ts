import { generateSigningKey } from '@foodgraph/platform/auth';
import { DEFAULT_JWT_AUDIENCE, DEFAULT_JWT_ISSUER } from '../src';
import { startStack, type Stack } from './fixtures/start-stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack.stop();
});

const WHOAMI = { query: '{ whoami { identity } }' };
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

function b64(value: unknown) {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are asserted structurally
function expectUnauthenticated(res: { status: number; json: any; headers: Headers }) {
  expect(res.status).toBe(401);
  expect(res.json.errors).toHaveLength(1);
  expect(res.json.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
  expect(res.json.data).toBeUndefined();
  expect(res.headers.get('x-request-id')).toBeTruthy();
}

describe('authentication', () => {
  it('forwards the verified identity of a valid access token to subgraphs', async () => {
    const res = await stack.post(WHOAMI, {
      ...bearer(stack.token({ sub: 'u2', role: 'PARTNER', guest: true })),
      'x-request-id': 'auth-ok',
    });
    expect(res.status).toBe(200);
    const expected = { kind: 'user', userId: 'u2', role: 'PARTNER', isGuest: true };
    expect(JSON.parse(res.json.data.whoami.identity)).toEqual(expected);
    expect(stack.subgraphs.accounts.seen.find((s) => s.requestId === 'auth-ok')?.identity).toEqual(expected);
  });

  it('refuses a token whose payload was tampered with', async () => {
    const [head, , sig] = stack.token().split('.');
    const forged = `${head}.${b64({ sub: 'u1', role: 'ADMIN', guest: false, sid: 's', iss: DEFAULT_JWT_ISSUER, aud: DEFAULT_JWT_AUDIENCE, iat: 0, exp: 4e9, jti: 'j' })}.${sig}`;
    const res = await stack.post(WHOAMI, bearer(forged));
    expectUnauthenticated(res);
    expect(stack.subgraphs.accounts.seen.some((s) => s.identity.kind === 'user' && s.identity.role === 'ADMIN')).toBe(false);
  });

  it('refuses an alg:none token', async () => {
    const payload = stack.token().split('.')[1];
    for (const token of [
      `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`,
      `${b64({ alg: 'none', typ: 'JWT', kid: 'k1' })}.${payload}.AAAA`,
    ]) {
      expectUnauthenticated(await stack.post(WHOAMI, bearer(token)));
    }
  });

  it('refuses an expired token', async () => {
    const now = Math.floor(Date.now() / 1000);
    const res = await stack.post(WHOAMI, bearer(stack.token({ iat: now - 3600, exp: now - 600 })));
    expectUnauthenticated(res);
    expect(res.json.errors[0].message).toMatch(/expired/);
  });

  it('refuses a token for another audience', async () => {
    expectUnauthenticated(await stack.post(WHOAMI, bearer(stack.token({ aud: 'someone-else' }))));
  });

  it('refuses a token from another issuer', async () => {
    expectUnauthenticated(await stack.post(WHOAMI, bearer(stack.token({ iss: 'evil' }))));
  });

  it('refuses a token signed by a key the JWKS does not publish', async () => {
    const rogue = { kid: 'k1', ...generateSigningKey() };
    expectUnauthenticated(await stack.post(WHOAMI, bearer(stack.token({}, rogue))));
  });

  it('refuses a malformed Authorization header instead of treating the caller as anonymous', async () => {
    for (const header of ['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer not-a-jwt', '']) {
      expectUnauthenticated(await stack.post(WHOAMI, { authorization: header }));
    }
  });

  it('picks up a rotated signing key from the JWKS', async () => {
    const { url } = await stack.startRouter({ jwksMinRefetchIntervalMs: 0 });
    const next = { kid: 'k2', ...generateSigningKey() };
    stack.jwks.setKeys([stack.signing, next]);
    const res = await stack.post(WHOAMI, bearer(stack.token({ sub: 'u9' }, next)), url);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.json.data.whoami.identity)).toMatchObject({ userId: 'u9' });
  });

  it('answers 503, not 401, when the signing keys cannot be fetched', async () => {
    const { url } = await stack.startRouter({ jwksUrl: 'http://127.0.0.1:9/.well-known/jwks.json' });
    const res = await stack.post(WHOAMI, bearer(stack.token()), url);
    expect(res.status).toBe(503);
    expect(res.json.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
  });
});
