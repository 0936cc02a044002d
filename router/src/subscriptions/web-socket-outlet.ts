import type { WebSocket } from 'ws';
import { SubscriptionCloseCode } from './close-codes';
import type { SubscriberOutlet } from './feed-subscriber';

const SUFFIX = Buffer.from('}');

/**
 * A subscription's events as graphql-ws `next` messages on its socket. The id prefix is built
 * once; clients mostly number their subscriptions (`1`, `2`, …), so subscribers with the same
 * id share whole messages.
 */
export function webSocketOutlet(socket: WebSocket, id: string, maxBufferedBytes: number): SubscriberOutlet {
  const prefix = Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`);
  return {
    shareKey: `ws\n${id}`,
    frame: ({ json }) => Buffer.concat([prefix, json, SUFFIX], prefix.length + json.length + 1),
    write(frame) {
      if (socket.readyState !== socket.OPEN) return;
      // One stalled phone must not make the router buffer without bound.
      if (socket.bufferedAmount > maxBufferedBytes) {
        socket.close(SubscriptionCloseCode.TryAgainLater, 'Client reads too slowly');
        return;
      }
      socket.send(frame, { binary: false });
    },
  };
}
