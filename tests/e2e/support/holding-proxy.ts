import { once } from 'node:events';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An HTTP forwarder in front of one subgraph that can hold a GraphQL answer back. */
export interface HoldingProxy {
  /** The subgraph's `/graphql` through the proxy. */
  readonly url: string;
  /**
   * Holds the answer of the next `POST /graphql`; resolves once that request reached the
   * subgraph, so the test knows it is in flight.
   */
  holdNext(): Promise<void>;
  /** Lets every held answer go. */
  release(): void;
  close(): Promise<void>;
}

/**
 * Forwards everything byte for byte to `target`'s origin (the router's signature covers the body
 * and its own headers, not the host), and delays what `holdNext` asked for: a slow subgraph,
 * on demand, without touching the subgraph.
 */
export async function startHoldingProxy(target: string): Promise<HoldingProxy> {
  const upstream = new URL(target);
  let armed: (() => void) | undefined;
  const held: (() => void)[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const hold = req.method === 'POST' && armed !== undefined ? armed : undefined;
    if (hold) armed = undefined;
    const out = request({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers });
    out.on('error', () => res.destroy());
    out.on('response', (answer) => {
      const send = (): void => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      };
      if (!hold) return send();
      held.push(send);
      hold();
    });
    req.pipe(out);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const release = (): void => {
    for (const send of held.splice(0)) send();
  };
  return {
    url: `http://127.0.0.1:${port}${upstream.pathname}`,
    holdNext: () => new Promise<void>((resolve) => (armed = resolve)),
    release,
    async close() {
      release();
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
}
