import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Listens on `port` (0 = any free port) and resolves with the port actually bound and the URL of
 * its GraphQL endpoint; a bind error (port in use) rejects instead of crashing the process.
 */
export async function listenHttp(httpServer: Server, port: number, host: string): Promise<{ url: string; port: number }> {
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const actual = (httpServer.address() as AddressInfo).port;
  // A wildcard address is not one a client can dial; show the local name instead.
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return { url: `http://${shown}:${actual}/graphql`, port: actual };
}
