import { once } from 'node:events';
import { connect, createServer, type Socket } from 'node:net';

/** A TCP forwarder between a process under test and a server, which a test can cut. */
export interface TcpGate {
  /** Where to point the process, e.g. `nats://127.0.0.1:<port>`. */
  readonly port: number;
  /**
   * From now on, bytes from the process are dropped (the server never sees them), while the
   * connections stay open: a request the process sends hangs instead of failing fast.
   */
  block(): void;
  /** Closes the listener and every connection. */
  close(): Promise<void>;
}

/**
 * Forwards `127.0.0.1:<port>` to `target`. Used to make a subgraph's event publish vanish
 * deterministically: block the gate to its NATS server, let a mutation commit, kill the
 * process; its outbox row is then certainly unpublished.
 */
export async function startTcpGate(target: { host: string; port: number }): Promise<TcpGate> {
  let blocked = false;
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    // A peer going away is expected here (the process under test gets killed).
    socket.on('error', () => socket.destroy());
  };
  const server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    track(client);
    track(upstream);
    client.on('data', (chunk) => {
      if (!blocked) upstream.write(chunk);
    });
    upstream.on('data', (chunk) => client.write(chunk));
    client.once('close', () => upstream.destroy());
    upstream.once('close', () => client.destroy());
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('gate has no port');
  return {
    port: address.port,
    block: () => {
      blocked = true;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((done) => server.close(done));
    },
  };
}
