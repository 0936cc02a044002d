import { BlockList, isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';

/** Named ranges `TRUSTED_PROXIES` accepts besides addresses and CIDR blocks. */
const NAMED_RANGES: Readonly<Record<string, readonly string[]>> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

/** Resolves the address of the client behind a request, as far as the router can vouch for it. */
export type ClientAddressOf = (req: Pick<IncomingMessage, 'headers' | 'socket'>) => string | undefined;

/** An IPv4-mapped IPv6 address (`::ffff:10.0.0.1`, as dual-stack sockets report) as plain IPv4. */
function normalize(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const v = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(v);
  const plain = mapped ? mapped[1] : v;
  return isIP(plain) === 0 ? undefined : plain;
}

/**
 * Checks `TRUSTED_PROXIES` entries: an address (`10.0.0.7`), a CIDR block (`10.0.0.0/8`,
 * `fd00::/8`) or a named range (`loopback`, `private`). Returns the problem, or undefined.
 */
export function trustedProxyProblem(entry: string): string | undefined {
  if (NAMED_RANGES[entry]) return undefined;
  const [address, bits, extra] = entry.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || extra !== undefined)
    return `"${entry}" is not an IP address, a CIDR block or one of ${Object.keys(NAMED_RANGES).join(', ')}`;
  if (bits === undefined) return undefined;
  const n = Number(bits);
  if (!/^\d+$/.test(bits) || n > (family === 4 ? 32 : 128)) return `"${entry}" has an invalid prefix length`;
  return undefined;
}

/**
 * The client's address for per-address rate limits. Without trusted proxies it is the TCP
 * peer's address, whatever the headers say: a client can write any `X-Forwarded-For`. With
 * them (`TRUSTED_PROXIES`), `X-Forwarded-For` is read from the right, each hop counting only
 * while the one that appended it is trusted: the first untrusted address is the client. A
 * malformed hop stops the walk at the last address known good.
 */
export function createClientAddressResolver(trustedProxies: readonly string[]): ClientAddressOf {
  const trusted = new BlockList();
  for (const entry of trustedProxies.flatMap((e) => NAMED_RANGES[e] ?? [e])) {
    const problem = trustedProxyProblem(entry);
    if (problem) throw new Error(`Invalid trusted proxy: ${problem}`);
    const [address, bits] = entry.split('/') as [string, string | undefined];
    const type = isIP(address) === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) trusted.addAddress(address, type);
    else trusted.addSubnet(address, Number(bits), type);
  }
  const isTrusted = (address: string) => trusted.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6');

  return (req) => {
    const peer = normalize(req.socket.remoteAddress);
    if (peer === undefined || trustedProxies.length === 0 || !isTrusted(peer)) return peer;
    const header = req.headers['x-forwarded-for'];
    const hops = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').filter((h) => h.trim() !== '');
    let client = peer;
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = normalize(hops[i]);
      if (hop === undefined) break;
      client = hop;
      if (!isTrusted(hop)) break;
    }
    return client;
  };
}
