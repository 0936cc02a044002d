import { randomUUID } from 'node:crypto';
import { SANDBOX_SIGNATURE_HEADER, SANDBOX_WEBHOOK_PATH, signSandboxWebhook } from '@foodgraph/orders';
import type { GraphQLResult } from '@foodgraph/stack';
import type { SignedIn } from './accounts';
import { eventually } from './eventually';
import { ORDER_OPS, type TestOrder } from './order-operations';
import { dataOf } from './results';
import type { TestSupergraph } from './start-supergraph';

/** A delivery address inside the demo city. */
export const TEST_ADDRESS = { line1: 'Customer Road 5', city: 'Springfield', postalCode: '12345', location: { lat: 40.01, lng: -75.01 } };

export interface PlaceOrderSpec {
  restaurantId: string;
  lines: readonly { menuItemId: string; quantity: number; notes?: string }[];
  /** @default 'QR_CODE' */
  paymentMethod?: 'QR_CODE' | 'CASH_ON_DELIVERY';
  /** @default a fresh UUID */
  idempotencyKey?: string;
  notes?: string;
}

/** Sends `placeOrder` for `customer` through the router; the raw result, errors included. */
export function placeOrder(
  sg: TestSupergraph,
  customer: SignedIn,
  spec: PlaceOrderSpec,
): Promise<GraphQLResult<{ placeOrder: TestOrder }>> {
  return sg.query<{ placeOrder: TestOrder }>(ORDER_OPS.place, {
    token: customer.token,
    variables: {
      input: {
        restaurantId: spec.restaurantId,
        lines: spec.lines,
        deliveryAddress: TEST_ADDRESS,
        paymentMethod: spec.paymentMethod ?? 'QR_CODE',
        idempotencyKey: spec.idempotencyKey ?? randomUUID(),
        ...(spec.notes !== undefined ? { notes: spec.notes } : {}),
      },
    },
  });
}

/** `order(id)` as `reader` sees it; throws on errors. */
export async function readOrder(sg: TestSupergraph, reader: SignedIn, id: string): Promise<TestOrder | null> {
  return dataOf(await sg.query<{ order: TestOrder | null }>(ORDER_OPS.read, { token: reader.token, variables: { id } }), 'order').order;
}

/** Runs an order mutation of `ORDER_OPS` as `actor`; the raw result. */
export function orderMutation<K extends keyof typeof ORDER_OPS>(
  sg: TestSupergraph,
  actor: SignedIn,
  operation: K,
  variables: Record<string, unknown>,
): Promise<GraphQLResult<Record<string, TestOrder>>> {
  return sg.query<Record<string, TestOrder>>(ORDER_OPS[operation], { token: actor.token, variables });
}

/** The order a successful order mutation answered with. */
export function orderOf(result: GraphQLResult<Record<string, TestOrder>>, what: string): TestOrder {
  const data = dataOf(result, what);
  const order = Object.values(data)[0];
  if (!order) throw new Error(`${what} answered no order`);
  return order;
}

/**
 * Waits until the order, as `reader` reads it, has `status` (and passes `extra` when given),
 * and returns it. Saga steps run on events, so a status may take a moment to show.
 */
export function waitForOrder(
  sg: TestSupergraph,
  reader: SignedIn,
  id: string,
  status: string,
  extra: (order: TestOrder) => boolean = () => true,
  timeoutMs = 10_000,
): Promise<TestOrder> {
  return eventually(async () => {
    const order = await readOrder(sg, reader, id);
    if (order?.status !== status || !extra(order))
      throw new Error(`order ${id} is ${order?.status ?? 'missing'} (payment ${order?.payment.status}), waiting for ${status}`);
    return order;
  }, timeoutMs);
}

export interface WebhookOptions {
  /** The provider's notification id; the same id again is a redelivery. @default `evt_<order id>` */
  eventId?: string;
  /** @default 'payment.paid' */
  type?: 'payment.paid' | 'payment.failed';
  /** Where the orders subgraph listens. @default the in-process stack's orders subgraph */
  ordersUrl?: string;
  /** @default the stack's SANDBOX_WEBHOOK_SECRET */
  secret?: string;
}

/**
 * Plays the sandbox payment provider: posts a signed `payment.paid` notification for the
 * order's QR payment to the orders subgraph's webhook route. The provider calls the payment
 * service directly, not through the router, so this is the one call that bypasses it.
 */
export async function payBySandboxWebhook(
  sg: TestSupergraph,
  order: Pick<TestOrder, 'id' | 'total' | 'payment'>,
  options: WebhookOptions = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const ordersUrl = options.ordersUrl ?? sg.stack.subgraphs['orders']?.url;
  if (!ordersUrl) throw new Error('no orders subgraph URL: pass options.ordersUrl');
  const secret = options.secret ?? sg.env['SANDBOX_WEBHOOK_SECRET'];
  if (!secret) throw new Error('no SANDBOX_WEBHOOK_SECRET: pass options.secret');
  if (!order.payment.providerReference) throw new Error(`order ${order.id} has no payment reference yet`);
  const body = JSON.stringify({
    id: options.eventId ?? `evt_${order.id}`,
    type: options.type ?? 'payment.paid',
    reference: order.payment.providerReference,
    amount: order.total.amount,
    currency: order.total.currency,
    occurredAt: new Date().toISOString(),
  });
  const res = await fetch(new URL(SANDBOX_WEBHOOK_PATH, ordersUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SANDBOX_SIGNATURE_HEADER]: signSandboxWebhook(secret, body) },
    body,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
