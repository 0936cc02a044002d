import type { Server, ServerResponse } from 'node:http';

/**
 * Closes a server gracefully: stop accepting, close idle keep-alive sockets, let in-flight
 * requests finish and close their sockets right after (a keep-alive client would otherwise
 * hold the server open until its idle timeout), and cut whatever is left after `graceMs`.
 */
export function gracefulCloser(server: Server): (graceMs: number) => Promise<void> {
  const inFlight = new Set<ServerResponse>();
  let closing = false;
  server.on('request', (_req, res: ServerResponse) => {
    if (closing) {
      res.setHeader('connection', 'close');
      return;
    }
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
  });

  return async (graceMs) => {
    closing = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    for (const res of inFlight) {
      if (!res.headersSent) res.setHeader('connection', 'close');
      else res.once('finish', () => res.socket?.end());
    }
    const cut = setTimeout(() => server.closeAllConnections(), graceMs);
    await closed;
    clearTimeout(cut);
    // A server listening again after a stop (tests restart one) tracks its requests again.
    closing = false;
  };
}
