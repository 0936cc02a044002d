import type { GraphQLFormattedError } from 'graphql';
import type { ServerResponse } from 'node:http';
import type { FeedEvent, SubscriberOutlet } from '../subscriptions';

/**
 * Apollo's multipart subscription protocol (what Apollo Client's HttpLink speaks when it
 * sends `Accept: multipart/mixed;subscriptionSpec="1.0"`): one `multipart/mixed` response,
 * one JSON part per event as `{"payload": <ExecutionResult>}`, `{}` parts as heartbeats, a
 * transport failure as `{"payload": null, "errors": […]}`, and the closing boundary at the end.
 */
export const MULTIPART_CONTENT_TYPE = 'multipart/mixed;boundary="graphql";subscriptionSpec="1.0"';

// Every write is whole parts and ends with the boundary: a client's parser hands a part over
// when it sees the boundary after it, so an event must not wait for the next write.
const BOUNDARY = '\r\n--graphql';
const PART_HEAD = '\r\ncontent-type: application/json; charset=utf-8\r\n\r\n';
const PART_OPEN = Buffer.from(`${PART_HEAD}{"payload":`);
const PART_CLOSE = Buffer.from(`}${BOUNDARY}`);
const HEARTBEAT = `${PART_HEAD}{}${BOUNDARY}`;
/** After a boundary, `--` makes it the closing one. */
const END = '--\r\n';

/** Apollo Router's interval; Apollo Client ignores heartbeats, proxies see a live response. */
const HEARTBEAT_MS = 5_000;

/** Starts the multipart response; heartbeats until `res` ends. */
export function startMultipart(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': MULTIPART_CONTENT_TYPE, 'cache-control': 'no-cache' });
  // A first heartbeat sends the headers now, so the client knows the subscription is open.
  res.write(`${BOUNDARY}${HEARTBEAT}`);
  const heartbeat = setInterval(() => res.write(HEARTBEAT), HEARTBEAT_MS);
  heartbeat.unref();
  res.once('close', () => clearInterval(heartbeat));
}

/** Ends the multipart response, with a last part carrying `errors` when the subscription failed. */
export function endMultipart(res: ServerResponse, errors?: readonly GraphQLFormattedError[], transport = true): void {
  if (!res.writable) return;
  // A refusal before anything ran is the operation's GraphQL errors; a failure later is the transport's.
  if (errors) res.write(`${PART_HEAD}${JSON.stringify(transport ? { payload: null, errors } : { payload: { errors } })}${BOUNDARY}`);
  res.end(END);
}

/** A subscription's events as parts of its multipart response. */
export function multipartOutlet(res: ServerResponse, maxBufferedBytes: number): SubscriberOutlet {
  return {
    shareKey: 'multipart',
    frame: ({ json }: FeedEvent) => Buffer.concat([PART_OPEN, json, PART_CLOSE], PART_OPEN.length + json.length + PART_CLOSE.length),
    write(frame) {
      if (!res.writable) return;
      // One stalled client must not make the router buffer without bound.
      if (res.writableLength > maxBufferedBytes) {
        res.destroy();
        return;
      }
      res.write(frame);
    },
    ended: (errors) => endMultipart(res, errors),
  };
}
