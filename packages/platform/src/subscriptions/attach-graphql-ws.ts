import { CloseCode, handleProtocols, makeServer, type ServerOptions } from 'graphql-ws';
import type { IncomingMessage, Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Logger } from '../logging';

/** What every graphql-ws callback finds in `ctx.extra`. */
export interface WsExtra {
  readonly socket: WebSocket;
  /** The HTTP upgrade request. */
  readonly request: IncomingMessage;
}

export interface AttachGraphQLWsOptions {
  httpServer: Server;
  /** @default '/graphql' */
  path?: string;
  logger: Logger;
  /** Largest accepted message; a larger one closes the socket with 1009. @default 64 KiB */
  maxPayloadBytes?: number;
  /**
   * Interval of WebSocket pings; a peer that has not answered the previous ping by the next
   * one is cut off, so dead connections (a phone that lost the network) are released.
   * @default 12000
   */
  keepAliveMs?: number;
}

/** A graphql-ws endpoint attached to an HTTP server. */
export interface GraphQLWsEndpoint {
  readonly wss: WebSocketServer;
  /** Open WebSocket connections right now. */
  readonly connections: number;
  /** Closes every connection with 1001 (going away), then stops accepting. */
  close(): Promise<void>;
}

/**
 * Serves the graphql-ws protocol (graphql-ws's `makeServer`) over `ws` on the server's
 * `path`, next to its HTTP routes on the same port. This is graphql-ws's own `useServer`
 * adapter in substance, but it logs through our logger instead of the console and counts
 * connections — and it lets `extra` carry the caller's per-connection state.
 */
export function attachGraphQLWs<P extends Record<string, unknown>, E extends WsExtra>(
  options: AttachGraphQLWsOptions,
  serverOptions: ServerOptions<P, E>,
  makeExtra: (socket: WebSocket, request: IncomingMessage) => E,
): GraphQLWsEndpoint {
  const { logger } = options;
  const keepAliveMs = options.keepAliveMs ?? 12_000;
  const server = makeServer<P, E>(serverOptions);
  const wss = new WebSocketServer({
    server: options.httpServer,
    path: options.path ?? '/graphql',
    maxPayload: options.maxPayloadBytes ?? 64 * 1024,
    handleProtocols: (protocols) => handleProtocols(protocols),
    // Compression costs CPU per message and per subscriber; subscription payloads are small.
    perMessageDeflate: false,
  });

  wss.on('error', (err) => logger.error({ err }, 'graphql-ws server error'));
  wss.on('connection', (socket, request) => {
    let alive = true;
    socket.on('pong', () => {
      alive = true;
    });
    const pinger =
      keepAliveMs > 0
        ? setInterval(() => {
            if (!alive) return socket.terminate();
            alive = false;
            socket.ping();
          }, keepAliveMs)
        : undefined;
    // ws closes the socket itself after an 'error' (e.g. 1009 for an oversized message).
    socket.on('error', (err) => logger.debug({ err }, 'graphql-ws socket error'));

    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve) => {
            if (socket.readyState !== socket.OPEN) return resolve();
            socket.send(data, () => resolve());
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (cb) =>
          socket.on('message', (data) => {
            // binaryType is ws's default 'nodebuffer': every message arrives as one Buffer.
            cb((data as Buffer).toString('utf8')).catch((err: unknown) => {
              logger.error({ err }, 'graphql-ws message handling failed');
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            });
          }),
      },
      makeExtra(socket, request),
    );
    socket.once('close', (code, reason) => {
      clearInterval(pinger);
      closed(code, reason.toString()).catch((err: unknown) => logger.error({ err }, 'graphql-ws close handling failed'));
    });
  });

  return {
    wss,
    get connections() {
      return wss.clients.size;
    },
    async close() {
      for (const client of wss.clients) client.close(1001, 'Going away');
      await new Promise<void>((resolve) => {
        // Peers get a moment to answer the close frame; whoever does not is cut off.
        const cut = setTimeout(() => wss.clients.forEach((c) => c.terminate()), 1_000);
        cut.unref();
        wss.close(() => {
          clearTimeout(cut);
          resolve();
        });
      });
    },
  };
}
