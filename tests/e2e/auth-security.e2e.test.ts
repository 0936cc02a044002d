import { errorCodes, signUp, startSupergraph, type TestSupergraph } from '@foodgraph/testing';

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

describe('authentication and request signing through the router', () => {
  let sg: TestSupergraph;

  beforeAll(async () => {
    sg = await startSupergraph();
  });
  afterAll(() => sg?.stop());

  it('refuses a tampered token, an alg:none token and garbage with UNAUTHENTICATED', async () => {
    const customer = await signUp(sg, 'CUSTOMER');
    const [head, body, sig] = customer.token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as Record<string, unknown>;

    const promoted = `${head}.${b64({ ...claims, role: 'ADMIN' })}.${sig}`;
    const algNone = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, role: 'ADMIN' })}.`;
    const hs256 = `${b64({ alg: 'HS256', typ: 'JWT', kid: JSON.parse(Buffer.from(head, 'base64url').toString()).kid })}.${body}.${sig}`;
    for (const token of [promoted, algNone, hs256, 'not-a-jwt']) {
      const r = await sg.query('{ me { id role } }', { token });
      expect(errorCodes(r)).toEqual(['UNAUTHENTICATED']);
      expect(r.data ?? null).toBeNull();
    }
    const ok = await sg.query<{ me: { role: string } }>('{ me { id role } }', { token: customer.token });
    expect(ok.data!.me.role).toBe('CUSTOMER');
  });

  it('has subgraphs refuse a call the router did not sign', async () => {
    for (const { url } of Object.values(sg.stack.subgraphs)) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(res.status).toBe(403);
      const forged = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-foodgraph-identity': b64({ kind: 'user', userId: '00000000-0000-7000-8000-000000000000', role: 'ADMIN', isGuest: false }),
          'x-foodgraph-timestamp': String(Date.now()),
          'x-foodgraph-signature': 'forged',
        },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(forged.status).toBe(403);
    }
  });

  it('revokes the whole session family when a rotated refresh token is reused', async () => {
    const email = `family-${Date.now()}@test.foodgraph`;
    const reg = await sg.query<{ register: { refreshToken: string } }>(
      `mutation { register(input: { email: "${email}", password: "long-enough-password", name: "Fam" }) { refreshToken } }`,
    );
    const first = reg.data!.register.refreshToken;
    const refresh = (token: string) =>
      sg.query<{ refreshSession: { refreshToken: string; accessToken: string } }>(
        'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }',
        {
          variables: { t: token },
        },
      );
    const second = (await refresh(first)).data!.refreshSession.refreshToken;
    expect(second).not.toBe(first);

    // Someone replays the old token: the whole family dies, including the newest token.
    expect(errorCodes(await refresh(first))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await refresh(second))).toEqual(['UNAUTHENTICATED']);
  });

  it('forwards the request id to the client and accepts a sane one from it', async () => {
    const r = await sg.query('{ __typename }', { headers: { 'x-request-id': 'trace-abc-123' } });
    expect(r.headers.get('x-request-id')).toBe('trace-abc-123');
    const generated = await sg.query('{ __typename }', { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
