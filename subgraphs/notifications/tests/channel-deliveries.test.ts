import { uuidv7 } from '@foodgraph/platform/ids';
import type { DeliveryChannel, OutgoingMessage } from '../src';
import { NotificationsHarness } from './support/notifications-harness';

/*
 * The queue beside the inbox: what a channel is handed, once; who it skips; how a failing
 * channel is retried and then given up. The channel here is a recording fake that fails on
 * demand; tests/e2e/notifications.e2e.test.ts sends real e-mail through an SMTP sink.
 */

let now = new Date('2026-12-03T12:00:00.000Z');
const sent: OutgoingMessage[] = [];
let failing = false;
const channel: DeliveryChannel = {
  name: 'fake',
  accepts: (kind) => kind !== 'DELIVERY_OFFER',
  addressOf: (recipient) => recipient.email,
  async send(message) {
    if (failing) throw new Error('mail server says no');
    sent.push(message);
  },
  async close() {},
};

let h: NotificationsHarness;
beforeAll(async () => {
  h = await NotificationsHarness.start({ channels: [channel], clock: () => now });
});
afterAll(() => h?.stop());

async function registered(email: string | null, isGuest = false): Promise<string> {
  const userId = uuidv7();
  await h.publish('users.user.registered', { userId, name: 'x', email, role: 'CUSTOMER', isGuest, createdAt: now.toISOString() });
  // In the platform a user registers long before their first order. Users' and orders' events
  // come on separate streams, so without this wait an order event may win the race, and its
  // delivery waits for a retry the stopped clock here never reaches.
  await h.waitFor(async () => {
    const rows = await h.dataSource.query<unknown[]>(`SELECT 1 FROM recipients WHERE user_id = $1`, [userId]);
    return rows.length === 1;
  }, `the recipient ${userId}`);
  return userId;
}

function statusChanged(customerId: string, to: 'AWAITING_PAYMENT' | 'ACCEPTED') {
  return h.publish('orders.order.status_changed', {
    orderId: uuidv7(),
    number: 'N1',
    customerId,
    restaurantId: uuidv7(),
    from: 'PENDING',
    to,
    reason: null,
    actorKind: 'SYSTEM',
    actorId: null,
    paymentStatus: 'PENDING',
    estimatedReadyAt: null,
    at: now.toISOString(),
  });
}

async function deliveryOf(recipientId: string): Promise<{ status: string; attempts: number; last_error: string | null }> {
  return h.waitFor(async () => {
    const [row] = await h.dataSource.query<Array<{ status: string; attempts: number; last_error: string | null }>>(
      `SELECT d.status, d.attempts, d.last_error FROM channel_deliveries d JOIN notifications n ON n.id = d.notification_id
        WHERE n.recipient_id = $1 AND d.channel = 'fake'`,
      [recipientId],
    );
    return row && row.status !== 'PENDING' ? row : undefined;
  }, `the delivery to ${recipientId} settled`);
}

it('hands the channel each notification once, addressed to the recipient, even when the event comes twice', async () => {
  const customer = await registered('cleo@example.com');
  const event = await statusChanged(customer, 'ACCEPTED');
  await h.bus.publish(event);
  expect(await deliveryOf(customer)).toMatchObject({ status: 'SENT', attempts: 1 });
  expect(sent.filter((m) => m.to === 'cleo@example.com')).toEqual([
    { to: 'cleo@example.com', subject: 'Order #N1 accepted', text: 'The restaurant accepted your order.' },
  ]);
});

it('skips a recipient the channel cannot reach (a guest has no e-mail)', async () => {
  const guest = await registered(null, true);
  await statusChanged(guest, 'AWAITING_PAYMENT');
  expect(await deliveryOf(guest)).toMatchObject({ status: 'SKIPPED', attempts: 0 });
});

it('retries a failing send later and gives it up after the last attempt', async () => {
  failing = true;
  const customer = await registered('dora@example.com');
  await statusChanged(customer, 'ACCEPTED');
  await h.waitFor(async () => {
    const [row] = await h.dataSource.query<Array<{ attempts: number }>>(
      `SELECT d.attempts FROM channel_deliveries d JOIN notifications n ON n.id = d.notification_id WHERE n.recipient_id = $1`,
      [customer],
    );
    return row?.attempts === 1;
  }, 'the first attempt');
  // The next attempt waits for its delay: move the clock past it.
  now = new Date(now.getTime() + 10_000);
  expect(await deliveryOf(customer)).toEqual({ status: 'FAILED', attempts: 2, last_error: 'mail server says no' });
  failing = false;
  now = new Date(now.getTime() + 3_600_000);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(sent.filter((m) => m.to === 'dora@example.com')).toEqual([]);
});

it('queues no copy of a kind the channel does not carry (delivery offers)', async () => {
  const courier = await registered('rita@example.com');
  await h.publish('delivery.delivery.offered', {
    deliveryId: uuidv7(),
    orderId: uuidv7(),
    offerId: uuidv7(),
    courierId: uuidv7(),
    courierUserId: courier,
    expiresAt: now.toISOString(),
    at: now.toISOString(),
  });
  await h.waitFor(async () => {
    const rows = await h.dataSource.query<unknown[]>(`SELECT 1 FROM notifications WHERE recipient_id = $1`, [courier]);
    return rows.length === 1;
  }, 'the offer in the inbox');
  expect(
    await h.dataSource.query(
      `SELECT 1 FROM channel_deliveries d JOIN notifications n ON n.id = d.notification_id WHERE n.recipient_id = $1`,
      [courier],
    ),
  ).toEqual([]);
});
