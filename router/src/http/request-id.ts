import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const SANE_REQUEST_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The client's `x-request-id` when it is a sane token (≤ 64 of `A-Z a-z 0-9 - _`), else a new
 * UUID. A client-chosen id lets a caller correlate its own logs with ours; anything odder
 * is replaced so log lines and subgraph headers cannot be injected into.
 */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}
