import { signRouterRequest, verifyRouterRequest } from '../../src/auth/router-signature';

const secret = 'x'.repeat(40);
const identity = { kind: 'user', userId: '0190a0a0-0000-7000-8000-000000000001', role: 'PARTNER', isGuest: false } as const;
const body = '{"query":"{ me { id } }"}';

describe('router request signatures', () => {
  it('accepts the exact request the router signed and recovers the identity', () => {
    const headers = signRouterRequest(secret, identity, 'req-1', body);
    expect(verifyRouterRequest(secret, headers, body)).toEqual({ ok: true, identity, requestId: 'req-1' });
  });

  it('refuses a changed body, identity or request id', () => {
    const headers = signRouterRequest(secret, identity, 'req-1', body);
    expect(verifyRouterRequest(secret, headers, body.replace('me', 'users'))).toMatchObject({ ok: false });
    const admin = Buffer.from(JSON.stringify({ ...identity, role: 'ADMIN' })).toString('base64url');
    expect(verifyRouterRequest(secret, { ...headers, 'x-foodgraph-identity': admin }, body)).toMatchObject({ ok: false });
    expect(verifyRouterRequest(secret, { ...headers, 'x-request-id': 'req-2' }, body)).toMatchObject({ ok: false });
  });

  it('refuses another secret, a stale timestamp and missing headers', () => {
    const headers = signRouterRequest(secret, identity, 'req-1', body, 1_000_000);
    expect(verifyRouterRequest('y'.repeat(40), headers, body, { now: 1_000_000 })).toEqual({ ok: false, reason: 'bad router signature' });
    expect(verifyRouterRequest(secret, headers, body, { now: 1_000_000 + 61_000 })).toEqual({
      ok: false,
      reason: 'stale router signature',
    });
    expect(verifyRouterRequest(secret, {}, body)).toEqual({ ok: false, reason: 'missing router signature' });
  });

  it('carries a kiosk identity with its session, and refuses one without it', () => {
    const kiosk = { kind: 'kiosk', userId: identity.userId, kioskSessionId: '0190a0a0-0000-7000-8000-00000000000k' } as const;
    expect(verifyRouterRequest(secret, signRouterRequest(secret, kiosk, 'r', body), body)).toEqual({
      ok: true,
      identity: kiosk,
      requestId: 'r',
    });
    const noSession = Buffer.from(JSON.stringify({ kind: 'kiosk', userId: identity.userId })).toString('base64url');
    expect(verifyRouterRequest(secret, signRouterRequest(secret, noSession, 'r', body), body)).toEqual({
      ok: false,
      reason: 'malformed identity',
    });
  });

  it('refuses a validly signed but malformed identity', () => {
    const headers = signRouterRequest(secret, Buffer.from('{"kind":"user","role":"KING"}').toString('base64url'), 'r', body);
    expect(verifyRouterRequest(secret, headers, body)).toEqual({ ok: false, reason: 'malformed identity' });
  });

  it('signs the client address along when given, and still verifies requests without one', () => {
    const withAddress = signRouterRequest(secret, identity, 'req-1', body, Date.now(), '203.0.113.7');
    expect(withAddress['x-foodgraph-client-address']).toBe('203.0.113.7');
    expect(verifyRouterRequest(secret, withAddress, body)).toEqual({
      ok: true,
      identity,
      requestId: 'req-1',
      clientAddress: '203.0.113.7',
    });
    const without = signRouterRequest(secret, identity, 'req-1', body);
    expect(without).not.toHaveProperty('x-foodgraph-client-address');
    expect(verifyRouterRequest(secret, without, body)).toEqual({ ok: true, identity, requestId: 'req-1' });
  });

  it('refuses a changed, added or removed client address', () => {
    const signed = signRouterRequest(secret, identity, 'req-1', body, Date.now(), '203.0.113.7');
    expect(verifyRouterRequest(secret, { ...signed, 'x-foodgraph-client-address': '203.0.113.8' }, body)).toEqual({
      ok: false,
      reason: 'bad router signature',
    });
    const { ['x-foodgraph-client-address']: _dropped, ...stripped } = signed;
    expect(verifyRouterRequest(secret, stripped, body)).toEqual({ ok: false, reason: 'bad router signature' });
    const plain = signRouterRequest(secret, identity, 'req-1', body);
    expect(verifyRouterRequest(secret, { ...plain, 'x-foodgraph-client-address': '10.0.0.1' }, body)).toEqual({
      ok: false,
      reason: 'bad router signature',
    });
  });

  it('refuses a signed client address that is not an IP address', () => {
    const headers = signRouterRequest(secret, identity, 'req-1', body, Date.now(), 'not-an-ip');
    expect(verifyRouterRequest(secret, headers, body)).toEqual({ ok: false, reason: 'malformed client address' });
  });

  it('signs the traceparent it forwards: a forged, added or stripped one does not verify', () => {
    const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const forged = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const signed = signRouterRequest(secret, identity, 'req-1', body, Date.now(), '203.0.113.7', traceparent);
    expect(signed['traceparent']).toBe(traceparent);
    expect(verifyRouterRequest(secret, signed, body)).toMatchObject({ ok: true, clientAddress: '203.0.113.7' });
    expect(verifyRouterRequest(secret, { ...signed, traceparent: forged }, body)).toEqual({ ok: false, reason: 'bad router signature' });
    const { traceparent: _dropped, ...stripped } = signed;
    expect(verifyRouterRequest(secret, stripped, body)).toEqual({ ok: false, reason: 'bad router signature' });
    const untraced = signRouterRequest(secret, identity, 'req-1', body);
    expect(verifyRouterRequest(secret, { ...untraced, traceparent: forged }, body)).toEqual({ ok: false, reason: 'bad router signature' });
    // Without a client address, too: the traced layout is not the address layout with an empty address.
    const noAddress = signRouterRequest(secret, identity, 'req-1', body, Date.now(), undefined, traceparent);
    expect(verifyRouterRequest(secret, noAddress, body)).toEqual({ ok: true, identity, requestId: 'req-1' });
    expect(verifyRouterRequest(secret, { ...noAddress, 'x-foodgraph-client-address': '' }, body)).toMatchObject({ ok: false });
  });
});
