import {
  connectLive,
  createDemoRestaurant,
  dataOf,
  errorCodes,
  eventually,
  login,
  loginAdmin,
  readStreamEvents,
  redeliverStreamEvent,
  signUp,
  startSupergraph,
  type DemoRestaurant,
  type LiveClient,
  type SignedIn,
  type TestSupergraph,
} from '@foodgraph/testing';
import { createClient } from 'graphql-sse';
import { randomUUID } from 'node:crypto';
import { createTestCourier, deliveryStep, goOffline, goOnline, waitForOffer, type TestCourier } from './support/couriers';
import { acceptOrder, cookUntilReady, KITCHEN_AT, pickUpOnceReady, placePaidOrder } from './support/journey';
import { upstreamLive, upstreamOf } from './support/live';
import { inboxOf, journalOf, NOTIFICATION_ADDED, waitForNotification, type TestNotification } from './support/notifications';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';

let sg: TestSupergraph;
let smtp: SmtpSink;
let admin: SignedIn;
let partner: SignedIn;
let customer: SignedIn;
let chef: SignedIn;
let venue: DemoRestaurant;
let rider: TestCourier;
const clients: LiveClient[] = [];
const sseStops: Array<() => void> = [];

/** What `notificationAdded` delivered to one subscriber, over whichever transport. */
interface Received {
  readonly notifications: TestNotification[];
  readonly errors: unknown[];
}

/** `notificationAdded` over graphql-ws, as `who`. */
function overWebSocket(who: SignedIn): Received {
  const client = connectLive(sg.url, { token: who.token });
  clients.push(client);
  const sub = client.subscribe<{ notificationAdded: TestNotification }>(NOTIFICATION_ADDED);
  return {
    get notifications() {
      return sub.results.flatMap((r) => (r.data ? [r.data.notificationAdded] : []));
    },
    get errors() {
      return sub.results.flatMap((r) => r.errors ?? []);
    },
  };
}

/** `notificationAdded` over server-sent events (graphql-sse, distinct connections), as `who`. */
function overSse(who: SignedIn): Received {
  const client = createClient({ url: sg.url, retryAttempts: 0, headers: { authorization: `Bearer ${who.token}` } });
  const got: Received = { notifications: [], errors: [] };
  const stop = client.subscribe<{ notificationAdded: TestNotification }>(
    { query: NOTIFICATION_ADDED },
    {
      next: (r) => {
        if (r.data) got.notifications.push(r.data.notificationAdded);
        else got.errors.push(r.errors);
      },
      error: (e) => void got.errors.push(e),
      complete: () => undefined,
    },
  );
  sseStops.push(() => {
    stop();
    client.dispose();
  });
  return got;
}

const notificationsUpstream = () => upstreamOf(sg, 'notifications');

beforeAll(async () => {
  smtp = await startSmtpSink();
  sg = await startSupergraph({
    env: { SMTP_URL: smtp.url, EMAIL_POLL_INTERVAL: '100ms', OFFER_TIMEOUT: '60s', DISPATCH_POLL_INTERVAL: '200ms' },
  });
  admin = await loginAdmin(sg);
  [partner, customer] = await Promise.all([signUp(sg, 'PARTNER', 'Nora Notified'), signUp(sg, 'CUSTOMER', 'Cleo Customer')]);
  venue = await createDemoRestaurant(sg, partner, { name: 'Bell Bistro', items: [{ name: 'Soup', price: 900 }] });
  // The restaurant's kitchen staff hear of new orders too (users announces the membership).
  const chefLogin = { email: `chef-${Date.now()}@test.foodgraph`, password: 'chef-password-for-tests' };
  dataOf(
    await sg.query('mutation($id: ID!, $input: StaffMemberInput!) { addRestaurantStaff(restaurantId: $id, input: $input) { id } }', {
      token: partner.token,
      variables: { id: venue.id, input: { ...chefLogin, name: 'Chet Chef' } },
    }),
    'addRestaurantStaff',
  );
  chef = await login(sg, chefLogin.email, chefLogin.password);
  rider = await createTestCourier(sg, 'Rita Rider');
  await goOnline(sg, rider, KITCHEN_AT);
}, 120_000);
afterAll(async () => {
  for (const stop of sseStops) stop();
  await Promise.all(clients.map((c) => c.dispose()));
  await sg?.stop();
  await smtp?.stop();
});

describe('notifications through the router', () => {
  it('tells admins of a restaurant waiting for approval and its owner of the approval', async () => {
    const pending = await waitForNotification(sg, admin, (n) => n.restaurant?.id === venue.id);
    expect(pending).toMatchObject({ kind: 'RESTAURANT_STATUS', title: 'Bell Bistro is waiting for approval', readAt: null });
    const approved = await waitForNotification(sg, partner, (n) => n.restaurant?.id === venue.id);
    expect(approved).toMatchObject({ kind: 'RESTAURANT_STATUS', title: 'Bell Bistro is approved', order: null });
  });

  it("an order's journey tells the customer, the partner, the kitchen staff and the courier, in order, once each, live over graphql-ws and SSE, even when NATS redelivers", async () => {
    const customerLive = overWebSocket(customer);
    const partnerLive = overSse(partner);
    const riderLive = overWebSocket(rider);
    await upstreamLive(notificationsUpstream, 3);
    const partnerBefore = (await inboxOf(sg, partner)).notifications.length;

    // Each step waits for the customer's notification of it, so the order of what the customer
    // is told does not depend on how the orders and delivery streams interleave.
    const order = await placePaidOrder(sg, customer, venue, [{ menuItemId: venue.items[0].id, quantity: 2 }]);
    const n = order.number;
    const told = (title: string) => waitForNotification(sg, customer, (x) => x.title === title);
    await told(`Payment received for order #${n}`);
    await acceptOrder(sg, partner, order.id);
    await told(`Order #${n} accepted`);
    const offer = await waitForOffer(sg, rider, order.id);
    await deliveryStep(sg, rider, 'acceptDelivery', offer.id);
    await told(`A courier is on the way for order #${n}`);
    await cookUntilReady(sg, partner, order.id);
    await told(`Order #${n} is ready`);
    await pickUpOnceReady(sg, rider, offer.id);
    await told(`Order #${n} picked up`);
    await deliveryStep(sg, rider, 'markDelivered', offer.id);
    await told(`Order #${n} delivered`);
    await waitForNotification(sg, rider, (x) => x.kind === 'DELIVERY_STATUS' && x.order?.id === order.id);

    const customerJournal: Array<[string, string]> = [
      ['ORDER_STATUS', `Order #${n} is waiting for payment`],
      ['PAYMENT', `Payment received for order #${n}`],
      ['ORDER_STATUS', `Order #${n} accepted`],
      ['DELIVERY_STATUS', `A courier is on the way for order #${n}`],
      ['ORDER_STATUS', `Order #${n} is being prepared`],
      ['ORDER_STATUS', `Order #${n} is ready`],
      ['ORDER_STATUS', `Order #${n} picked up`],
      ['ORDER_STATUS', `Order #${n} delivered`],
    ];
    const partnerJournal: Array<[string, string]> = [['NEW_ORDER', `New order #${n}`]];
    const riderJournal: Array<[string, string]> = [
      ['DELIVERY_OFFER', `New delivery offer: order #${n}`],
      ['DELIVERY_STATUS', `Delivered order #${n}`],
    ];
    const expectJournals = async () => {
      expect(await journalOf(sg, customer)).toEqual(customerJournal);
      expect((await journalOf(sg, partner)).slice(partnerBefore)).toEqual(partnerJournal);
      expect(await journalOf(sg, rider)).toEqual(riderJournal);
      expect(await journalOf(sg, chef)).toEqual(partnerJournal);
    };
    await expectJournals();

    // Every event of the journey once more, as after lost acks: nobody is told twice.
    const redelivered = [...(await readStreamEvents(sg.namespace, 'orders')), ...(await readStreamEvents(sg.namespace, 'delivery'))].filter(
      (m) => m.event.data['orderId'] === order.id,
    );
    expect(redelivered.length).toBeGreaterThanOrEqual(customerJournal.length + riderJournal.length);
    const membership = (await readStreamEvents(sg.namespace, 'users')).filter((m) => m.event.type.startsWith('users.staff.'));
    expect(membership).toHaveLength(1);
    for (const message of [...membership, ...redelivered]) await redeliverStreamEvent(message);
    // A later event on each stream is handled only after the redelivered ones before it.
    const sentinel = await signUp(sg, 'CUSTOMER', 'Sam Sentinel');
    const later = await placePaidOrder(sg, sentinel, venue, [{ menuItemId: venue.items[0].id, quantity: 1 }]);
    await waitForNotification(sg, sentinel, (x) => x.title === `Payment received for order #${later.number}`);
    await acceptOrder(sg, partner, later.id);
    await waitForOffer(sg, rider, later.id);
    await waitForNotification(sg, rider, (x) => x.kind === 'DELIVERY_OFFER' && x.order?.id === later.id);
    expect(await journalOf(sg, customer)).toEqual(customerJournal);
    expect(await journalOf(sg, rider)).toEqual([...riderJournal, ['DELIVERY_OFFER', `New delivery offer: order #${later.number}`]]);
    expect((await journalOf(sg, partner)).slice(partnerBefore)).toEqual([...partnerJournal, ['NEW_ORDER', `New order #${later.number}`]]);
    expect(await journalOf(sg, chef)).toEqual([...partnerJournal, ['NEW_ORDER', `New order #${later.number}`]]);

    // Live: the same notifications, in the same order, once each, over both transports.
    const stored = (await inboxOf(sg, customer)).notifications.reverse();
    await eventually(() => expect(customerLive.notifications.map((x) => x.id)).toEqual(stored.map((x) => x.id)));
    expect(customerLive.errors).toEqual([]);
    expect(customerLive.notifications[1]).toMatchObject({ kind: 'PAYMENT', order: { id: order.id }, restaurant: { id: venue.id } });
    await eventually(() =>
      expect(partnerLive.notifications.map((x) => x.title)).toEqual([`New order #${n}`, `New order #${later.number}`]),
    );
    expect(partnerLive.errors).toEqual([]);
    await eventually(() =>
      expect(riderLive.notifications.map((x) => x.title)).toEqual([
        ...riderJournal.map(([, t]) => t),
        `New delivery offer: order #${later.number}`,
      ]),
    );
    await goOffline(sg, rider);
  });

  it('e-mails an order status change to the customer through SMTP', async () => {
    const accepted = await eventually(() => {
      const mail = smtp.received.find((m) => m.to.includes(customer.email) && /accepted/.test(m.subject));
      if (!mail) throw new Error('no e-mail of the acceptance yet');
      return mail;
    }, 15_000);
    expect(accepted.subject).toMatch(/^Order #\S+ accepted$/);
    expect(accepted.raw).toContain('The restaurant accepted your order.');
    // Delivery offers expire too soon for e-mail: the courier gets none of them.
    expect(smtp.received.filter((m) => m.to.includes(rider.email) && /offer/i.test(m.subject))).toEqual([]);
    // Sent once each, redelivered events or not.
    const subjects = smtp.received.filter((m) => m.to.includes(customer.email)).map((m) => m.subject);
    expect(new Set(subjects).size).toBe(subjects.length);
  });

  it('marks notifications read, counts the unread and lists the unread only', async () => {
    const before = await inboxOf(sg, customer);
    expect(before.unreadCount).toBe(before.notifications.length);
    const [newest, second] = before.notifications;
    const mark = (who: SignedIn, ids: string[] | null) =>
      sg.query<{ markNotificationsRead: number }>('mutation Mark($ids: [ID!]) { markNotificationsRead(ids: $ids) }', {
        token: who.token,
        variables: { ids },
      });

    // Someone else's ids change nothing.
    expect(dataOf(await mark(partner, [newest.id]), 'markNotificationsRead').markNotificationsRead).toBe(0);
    expect(dataOf(await mark(customer, [newest.id, second.id]), 'markNotificationsRead').markNotificationsRead).toBe(2);
    expect(dataOf(await mark(customer, [newest.id]), 'markNotificationsRead').markNotificationsRead).toBe(0);
    const after = await inboxOf(sg, customer, { unreadOnly: true, first: 100 });
    expect(after.unreadCount).toBe(before.unreadCount - 2);
    expect(after.notifications.map((x) => x.id)).toEqual(before.notifications.slice(2).map((x) => x.id));
    expect((await inboxOf(sg, customer)).notifications[0].readAt).not.toBeNull();

    expect(dataOf(await mark(customer, null), 'markNotificationsRead').markNotificationsRead).toBe(before.unreadCount - 2);
    expect((await inboxOf(sg, customer)).unreadCount).toBe(0);

    const bad = await mark(customer, ['not-an-id']);
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0]?.extensions?.['field']).toBe('ids');
  });

  it('tells every admin of an event a consumer gave up on (a dead letter), once per dead letter', async () => {
    // An envelope no consumer can read, straight onto orders' stream.
    const eventId = randomUUID();
    await redeliverStreamEvent({
      subject: `${sg.namespace}.orders.order.placed`,
      event: { id: eventId, type: 'orders.order.placed', data: {} },
    });
    const told = await waitForNotification(sg, admin, (x) => x.title === 'Dead letter in notifications: orders.order.placed');
    expect(told).toMatchObject({ kind: 'SYSTEM', order: null, restaurant: null });
    expect(told.body).toMatch(/^notifications-inbox gave up after 1 attempt\(s\): bad envelope: .* \(notifications:[0-9a-f-]{36}\)$/);
    // Every consumer of the type dead-letters it, and each dead letter is told once.
    await waitForNotification(sg, admin, (x) => x.title === 'Dead letter in menu: orders.order.placed');
    const titles = (await inboxOf(sg, admin)).notifications.filter((x) => x.kind === 'SYSTEM').map((x) => x.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect((await inboxOf(sg, customer)).notifications.filter((x) => x.kind === 'SYSTEM')).toEqual([]);

    // The admin console lists the notifications subgraph's dead letter under the id the notification gave.
    const id = /\((notifications:[0-9a-f-]{36})\)$/.exec(told.body)![1];
    const window = { from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date(Date.now() + 3_600_000).toISOString() };
    const r = await sg.query<{ adminDashboard: { deadLetters: { id: string; subgraph: string; eventType: string; eventId: string }[] } }>(
      'query($from: DateTime!, $to: DateTime!) { adminDashboard(from: $from, to: $to) { deadLetters { id subgraph eventType eventId } } }',
      { token: admin.token, variables: window },
    );
    expect(dataOf(r, 'adminDashboard').adminDashboard.deadLetters).toContainEqual({
      id,
      subgraph: 'notifications',
      eventType: 'orders.order.placed',
      eventId,
    });
  });

  it('pages newest first and refuses anonymous callers', async () => {
    const all = await inboxOf(sg, customer);
    const first = await inboxOf(sg, customer, { first: 3 });
    expect(first.hasNextPage).toBe(true);
    expect(first.notifications.map((x) => x.id)).toEqual(all.notifications.slice(0, 3).map((x) => x.id));
    const r = await sg.query('{ myNotifications { unreadCount } }');
    expect(errorCodes(r)).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await sg.query('query { myNotifications(first: 0) { unreadCount } }', { token: customer.token }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});
