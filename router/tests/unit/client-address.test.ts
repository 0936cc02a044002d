import type { IncomingMessage } from 'node:http';
import { createClientAddressResolver, trustedProxyProblem } from '../../src/auth/client-address';

const req = (peer: string, forwarded?: string) =>
  ({
    socket: { remoteAddress: peer },
    headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
  }) as unknown as IncomingMessage;

describe('the client address the router signs', () => {
  it('is the TCP peer, whatever X-Forwarded-For says, without trusted proxies', () => {
    const of = createClientAddressResolver([]);
    expect(of(req('::ffff:198.51.100.4', '203.0.113.9'))).toBe('198.51.100.4');
  });

  it('walks X-Forwarded-For from the right past trusted proxies only', () => {
    const of = createClientAddressResolver(['loopback', '10.0.0.0/8']);
    expect(of(req('127.0.0.1', '203.0.113.9'))).toBe('203.0.113.9');
    // The client wrote a first hop itself; the proxies appended the rest.
    expect(of(req('127.0.0.1', '1.2.3.4, 203.0.113.9, 10.1.2.3'))).toBe('203.0.113.9');
    // A peer that is not a trusted proxy is the client, even with the header.
    expect(of(req('198.51.100.4', '203.0.113.9'))).toBe('198.51.100.4');
    // A malformed hop stops the walk at the last good address.
    expect(of(req('127.0.0.1', '203.0.113.9, garbage'))).toBe('127.0.0.1');
    expect(of(req('127.0.0.1'))).toBe('127.0.0.1');
  });

  it('names what is wrong with a TRUSTED_PROXIES entry', () => {
    expect(trustedProxyProblem('10.0.0.0/8')).toBeUndefined();
    expect(trustedProxyProblem('fd00::/8')).toBeUndefined();
    expect(trustedProxyProblem('private')).toBeUndefined();
    expect(trustedProxyProblem('10.0.0.0/33')).toMatch(/prefix length/);
    expect(trustedProxyProblem('proxy.local')).toMatch(/not an IP address/);
  });
});
