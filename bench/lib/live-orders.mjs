// A customer's view of their orders as an app has it: one graphql-ws connection to the router
// per customer, one `orderUpdated(orderId)` subscription per order in progress, and a single
// read of the order right after subscribing (an update that landed before the subscription
// was set up would otherwise be missed). No polling: a subscription that stays silent for
// `stallMs` is read once more and counted (`fallbackReads`), so a lost update shows in the
// results instead of hanging the customer.
import { createRequire } from 'node:module';
import { join } from 'node:path';

const need = (root) => createRequire(join(root, 'router', 'package.json'));

export const ORDER_FIELDS = 'id status total { amount currency } payment { providerReference } delivery { id status courier { id } }';
const WATCH = `subscription Watch($id: ID!) { orderUpdated(orderId: $id) { ${ORDER_FIELDS} } }`;
/** The statuses in the order an order goes through them; the two failures last. */
const RANK = [
  'PENDING',
  'AWAITING_PAYMENT',
  'PLACED',
  'ACCEPTED',
  'PREPARING',
  'READY_FOR_PICKUP',
  'PICKED_UP',
  'DELIVERED',
  'CANCELLED',
  'REJECTED',
];
const FAILED = ['CANCELLED', 'REJECTED'];
const READ = `query Read($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`;

/** POSTs one operation; throws on GraphQL errors (their first one, with its code). */
export async function gql(url, query, variables, token) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length) {
    const error = new Error(JSON.stringify(body.errors[0]).slice(0, 300));
    error.code = body.errors[0].extensions?.code;
    throw error;
  }
  return body.data;
}

/** A customer's live connection; `watch(id)` follows one order. */
export function connectCustomer(root, url, token, { stallMs = 3000, counters }) {
  const { createClient } = need(root)('graphql-ws');
  const WebSocket = need(root)('ws');
  const client = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: false,
    retryAttempts: 3,
    onNonLazyError: () => undefined,
  });

  /** Follows order `id`: `until(status)` resolves with the order once it got to `status` (or past it). */
  function watch(id) {
    let latest = null;
    let failure = null;
    const waiters = new Set();
    const settle = () => {
      for (const w of [...waiters]) {
        if (failure) w.reject(failure);
        else if (latest && RANK.indexOf(latest.status) >= RANK.indexOf(w.status)) w.resolve(latest);
        else continue;
        waiters.delete(w);
        clearTimeout(w.timer);
      }
    };
    const see = (order) => {
      if (!order) return;
      // Live updates and the read may cross: a later status never goes back to an earlier one.
      if (latest && RANK.indexOf(order.status) < RANK.indexOf(latest.status)) return;
      latest = { ...latest, ...order };
      if (FAILED.includes(latest.status)) failure = new Error(`order ${id} ended ${latest.status}`);
      settle();
    };
    const dispose = client.subscribe(
      { query: WATCH, variables: { id } },
      {
        next: (result) => {
          if (result.errors?.length) failure = new Error(`orderUpdated: ${JSON.stringify(result.errors[0]).slice(0, 300)}`);
          see(result.data?.orderUpdated);
          settle();
        },
        error: (error) => {
          failure = error instanceof Error ? error : new Error(`orderUpdated ended: ${JSON.stringify(error).slice(0, 200)}`);
          settle();
        },
        complete: () => undefined,
      },
    );
    const read = async () => see((await gql(url, READ, { id }, token)).order);
    const ready = read();
    return {
      get latest() {
        return latest;
      },
      async until(status, timeoutMs = 30_000) {
        await ready;
        const deadline = Date.now() + timeoutMs;
        return new Promise((resolve, reject) => {
          const waiter = { status, resolve, reject, timer: null };
          const arm = () => {
            waiter.timer = setTimeout(async () => {
              if (Date.now() > deadline) {
                waiters.delete(waiter);
                reject(new Error(`order ${id} is ${latest?.status}, waited for ${status}`));
                return;
              }
              counters.fallbackReads++;
              await read().catch(() => undefined);
              if (waiters.has(waiter)) arm();
            }, stallMs);
          };
          waiters.add(waiter);
          arm();
          settle();
        });
      },
      /** Re-reads the order (for fields no live update carries yet). */
      read,
      dispose,
    };
  }

  return { watch, close: () => client.dispose() };
}
