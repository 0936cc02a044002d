import { once } from 'node:events';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A loopback HTTP balancer in front of several routers. */
export interface RoundRobinFront {
  /** `/graphql` through the front. */
  readonly url: string;
  /** Requests sent to each target so far, in the order of `targets`. */
  readonly counts: readonly number[];
  close(): Promise<void>;
}

/**
 * Sends each HTTP request to the next of `targets` (origins) in turn, whatever connection it came
 * on — a per-connection balancer would send a keep-alive client's whole run to one router. It
 * adds `x-forwarded-for` as a real balancer does.
 */
export async function startRoundRobinFront(targets: readonly string[]): Promise<RoundRobinFront> {
  const counts = targets.map(() => 0);
  let next = 0;
  const server = createServer((req, res) => {
    const at = next++ % targets.length;
    counts[at]++;
    const target = new URL(targets[at]);
    const headers = { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress ?? '127.0.0.1' };
    const out = request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    out.on('error', () => res.destroy());
    req.pipe(out);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    counts,
    async close() {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
}
