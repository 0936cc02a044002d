import {
  connectLive,
  createDemoRestaurant,
  eventually,
  freePort,
  orderOf,
  placeOrder,
  postGraphQL,
  PRODUCTION_PARTITIONS,
  signUp,
  sleep,
  startSubgraphProcess,
  startSupergraph,
  TEST_DATABASE_URL,
  TEST_NATS_URL,
  waitForOrder,
  wsUrlOf,
  type LiveClient,
  type SignedIn,
  type SubgraphProcess,
  type TestOrder,
  type TestSupergraph,
} from '@foodgraph/testing';
import { createClient, type Client } from 'graphql-ws';
import { openDatabase } from '@foodgraph/platform/db';
import { createLogger } from '@foodgraph/platform/logging';
import { connect } from 'nats';
import type { DataSource } from 'typeorm';
import { createServer, connect as connectTcp, type Server } from 'node:net';
import WebSocket from 'ws';
import { startHoldingProxy, type HoldingProxy } from './support/holding-proxy';
import { payThroughRouter } from './support/journey';
import { ORDER_UPDATED, upstreamLive, upstreamOf, type LiveOrder } from './support/live';
import { startRouterProcess, type RouterProcess } from './support/processes';

/** Short enough for a test, long enough for a loaded 2-core machine. */
const SHUTDOWN_GRACE_MS = 15_000;
const SLOW_QUERY = 'query SlowMenu($id: ID!) { restaurant(id: $id) { name menu { name } } }';

/**
 * A TCP front that sends the first connection to `first` and every later one to `then`: a
 * client that reconnects after a router went away lands on the other one, as behind a balancer
 * that took the stopping router out of rotation.
 */
async function startFailoverFront(first: number, then: number): Promise<{ port: number; server: Server }> {
  let used = false;
  const server = createServer((client) => {
    const target = used ? then : first;
    used = true;
    const upstream = connectTcp(target, '127.0.0.1');
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { port: (server.address() as { port: number }).port, server };
}

describe('graceful shutdown on SIGTERM', () => {
  let sg: TestSupergraph;
  let feedback: SubgraphProcess | undefined;
  let feedbackPort: number;
  let partner: SignedIn;
  let customer: SignedIn;
  const cleanups: (() => Promise<unknown>)[] = [];

  /** (Re)starts the feedback process on its port, after the previous one exited. */
  const startFeedback = async (env: Record<string, string> = {}) => {
    await feedback?.kill('SIGTERM');
    feedback = await startSubgraphProcess(sg, { name: 'feedback', port: feedbackPort, env: { SHUTDOWN_GRACE: '15s', ...env } });
    return feedback;
  };

  beforeAll(async () => {
    feedbackPort = await freePort();
    sg = await startSupergraph({
      only: ['users', 'menu', 'orders', 'delivery'],
      // Production's partition count: the tests read the partition durables.
      env: PRODUCTION_PARTITIONS,
      router: { subgraphUrls: { feedback: `http://127.0.0.1:${feedbackPort}/graphql` } },
    });
    await startFeedback();
    [partner, customer] = await Promise.all([signUp(sg, 'PARTNER', 'Closing Time'), signUp(sg, 'CUSTOMER', 'Last Call')]);
  });
  afterAll(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
    await feedback?.kill('SIGKILL');
    await sg?.stop();
  });

  describe('a router process', () => {
    let router: RouterProcess;
    let menu: HoldingProxy;
    let order: TestOrder;
    let venueId: string;

    beforeAll(async () => {
      const venue = await createDemoRestaurant(sg, partner, { name: 'Last Orders', items: [{ name: 'Nightcap', price: 700 }] });
      venueId = venue.id;
      const placed = orderOf(
        await placeOrder(sg, customer, { restaurantId: venue.id, lines: [{ menuItemId: venue.items[0].id, quantity: 1 }] }),
        'placeOrder',
      );
      order = await waitForOrder(sg, customer, placed.id, 'AWAITING_PAYMENT');
      menu = await startHoldingProxy(sg.stack.subgraphs['menu'].url);
      cleanups.push(() => menu.close());
      const urls = Object.fromEntries(Object.entries(sg.stack.subgraphs).map(([name, s]) => [name, s.url]));
      router = await startRouterProcess(
        sg,
        await freePort(),
        { ...urls, menu: menu.url, feedback: `http://127.0.0.1:${feedbackPort}/graphql` },
        { ROUTER_DRAIN_DELAY: '1s', SHUTDOWN_GRACE: `${SHUTDOWN_GRACE_MS}ms`, LOG_LEVEL: 'info' },
      );
      cleanups.push(() => router.kill());
    });

    it('answers 503 on /ready, finishes the request in flight, closes subscriptions with 1001 and exits 0 within the grace', async () => {
      // A subscriber straight on the router, and one that reconnects (graphql-ws retries 1001)
      // through a front that sends its next connection to the stack's router.
      const direct: LiveClient = connectLive(router.url, { token: customer.token });
      cleanups.push(() => direct.dispose());
      const watched = direct.subscribe<LiveOrder>(ORDER_UPDATED, { orderId: order.id });
      const front = await startFailoverFront(Number(new URL(router.origin).port), Number(new URL(sg.url).port));
      cleanups.push(() => new Promise((done) => front.server.close(done)));
      const reconnects: number[] = [];
      let connections = 0;
      const retrying: Client = createClient({
        url: wsUrlOf(`http://127.0.0.1:${front.port}/graphql`),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${customer.token}` },
        retryAttempts: 5,
        retryWait: () => sleep(100),
        on: {
          connected: () => void connections++,
          closed: (event) => void reconnects.push((event as { code: number }).code),
        },
      });
      cleanups.push(async () => retrying.dispose());
      const seen: string[] = [];
      retrying.subscribe<LiveOrder>(
        { query: ORDER_UPDATED, variables: { orderId: order.id } },
        { next: (r) => void (r.data && seen.push(r.data.orderUpdated.status)), error: () => undefined, complete: () => undefined },
      );
      // One upstream subscription: the router shares it between its two identical subscribers.
      await upstreamLive(() => upstreamOf(sg, 'orders'), 1);
      await eventually(() => expect(connections).toBe(1));

      // A query whose menu answer is held back: in flight across the whole drain.
      const held = menu.holdNext();
      const slow = postGraphQL<{ restaurant: { name: string } }>(router.url, SLOW_QUERY, { variables: { id: venueId } });
      await held;

      const signalledAt = Date.now();
      router.child.kill('SIGTERM');
      const ready = await eventually(
        async () => {
          const res = await fetch(`${router.origin}/ready`);
          expect(res.status).toBe(503);
          return (await res.json()) as Record<string, unknown>;
        },
        5_000,
        20,
      );
      expect(ready).toMatchObject({ status: 'not ready', reason: 'draining' });

      // After the drain delay the WebSockets go, with "going away".
      expect(await direct.closed).toEqual({ code: 1001, reason: 'Going away' });
      expect(watched.results).toEqual([]);
      expect(router.child.exitCode).toBeNull();

      menu.release();
      const answer = await slow;
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.restaurant.name).toBe('Last Orders');

      expect(await router.exited).toEqual({ code: 0, signal: null });
      expect(Date.now() - signalledAt).toBeLessThan(SHUTDOWN_GRACE_MS);
      expect(router.output()).not.toMatch(/ran out|did not stop cleanly/);

      // The retrying client came back on the other router and sees what happens next.
      expect(reconnects[0]).toBe(1001);
      await eventually(() => expect(connections).toBe(2));
      await upstreamLive(() => upstreamOf(sg, 'orders'), 1);
      await payThroughRouter(sg, order);
      await eventually(() => expect(seen).toContain('PLACED'), 10_000);
    }, 60_000);
  });

  describe('a subgraph process', () => {
    const consumer = 'feedback-read-models';
    let database: DataSource;
    beforeAll(async () => {
      database = await openDatabase({
        name: 'feedback',
        namespace: sg.namespace,
        serverUrl: TEST_DATABASE_URL,
        entities: [],
        migrations: [],
        logger: createLogger('e2e', 'silent'),
      });
      cleanups.push(() => database.destroy());
    });

    const inboxIds = async (events: readonly { id: string }[]): Promise<string[]> =>
      (await database.query<{ event_id: string }[]>('SELECT event_id FROM inbox WHERE consumer = $1', [consumer]))
        .map((r) => r.event_id)
        .filter((id) => events.some((e) => e.id === id));
    /** Holds `table` in `mode` until the returned function commits. */
    const lockTable = async (table: string, mode: string): Promise<() => Promise<void>> => {
      const lock = database.createQueryRunner();
      cleanups.push(async () => {
        if (lock.isTransactionActive) await lock.rollbackTransaction();
        await lock.release();
      });
      await lock.startTransaction();
      await lock.query(`LOCK TABLE ${table} IN ${mode} MODE`);
      return () => lock.commitTransaction();
    };
    /** Waits until a backend of the feedback database waits for a lock on `table`. */
    const someoneWaitsFor = (table: string): Promise<void> =>
      eventually(async () => {
        const [row] = await database.query<{ n: string }[]>(
          `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE $1`,
          [`%${table}%`],
        );
        expect(Number(row.n)).toBeGreaterThan(0);
      }, 10_000);
    const stillRunning = async (running: SubgraphProcess): Promise<boolean> =>
      (await Promise.race([running.exited.then(() => false), sleep(0).then(() => true)])) === true;
    const restaurantEvents = async (restaurantId: string) =>
      (await readMenuStream(sg.namespace)).filter((m) => m.type === 'menu.restaurant.changed' && m.restaurantId === restaurantId);

    it('on SIGTERM answers the request in flight before it exits 0', async () => {
      const venue = await createDemoRestaurant(sg, partner, { name: 'Rated Later', items: [{ name: 'Tea', price: 300 }] });
      // The rating read blocks on the table, inside feedback's resolver.
      const unlock = await lockTable('rating_aggregates', 'ACCESS EXCLUSIVE');
      const answer = sg.query<{ restaurant: { name: string; rating: number | null } }>(
        'query($id: ID!) { restaurant(id: $id) { name rating } }',
        { variables: { id: venue.id } },
      );
      await someoneWaitsFor('rating_aggregates');
      const running = feedback!;
      process.kill(running.pid, 'SIGTERM');
      await sleep(500);
      expect(await stillRunning(running)).toBe(true);
      await unlock();
      const result = await answer;
      expect(result.errors).toBeUndefined();
      expect(result.data?.restaurant).toEqual({ name: 'Rated Later', rating: null });
      expect(await running.exited).toEqual({ code: 0, signal: null });
      await startFeedback();
    }, 60_000);

    it('on SIGTERM mid-consumption finishes and acks the event in hand, hands back the rest, and exits 0', async () => {
      // Every write of a reaction starts with its inbox row: holding the table holds the consumer
      // on the first event it takes, inside its handler.
      const unlock = await lockTable('inbox', 'SHARE');
      const venue = await createDemoRestaurant(sg, partner, { name: 'Drained Diner', items: [{ name: 'Soup', price: 500 }] });
      const events = await restaurantEvents(venue.id);
      expect(events.length).toBeGreaterThanOrEqual(2);
      await someoneWaitsFor('inbox');

      const running = feedback!;
      const signalledAt = Date.now();
      process.kill(running.pid, 'SIGTERM');
      await sleep(500);
      // Still draining: the event in hand is not cut off.
      expect(await stillRunning(running)).toBe(true);
      await unlock();

      expect(await running.exited).toEqual({ code: 0, signal: null });
      expect(Date.now() - signalledAt).toBeLessThan(SHUTDOWN_GRACE_MS);
      const handled = await inboxIds(events);
      expect(handled).toHaveLength(1);
      const [inHand] = handled;
      const state = await durableState(sg.namespace, 'menu', 'feedback');
      // Acked before the exit: nothing of it is waiting for an ack or a redelivery. The rest, taken
      // in parallel and handed back (nak) unstarted, may still count as pending until redelivered.
      expect(state.ackFloor).toBeGreaterThanOrEqual(events.find((e) => e.id === inHand)!.seq);
      expect(state.ackPending).toBeLessThanOrEqual(events.length - 1);

      // The next process takes the rest, and never the acked event again.
      const next = await startFeedback({ LOG_LEVEL: 'debug' });
      await eventually(async () => expect(await inboxIds(events)).toHaveLength(events.length), 15_000);
      const duplicates = next
        .output()
        .split('\n')
        .filter((line) => line.includes('duplicate event skipped') && line.includes(inHand));
      expect(duplicates).toEqual([]);
    }, 60_000);

    it('exits 1 once SHUTDOWN_GRACE runs out, leaving the unfinished event unacked for a redelivery', async () => {
      const impatient = await startFeedback({ SHUTDOWN_GRACE: '1s' });
      const unlock = await lockTable('inbox', 'SHARE');
      const venue = await createDemoRestaurant(sg, partner, { name: 'Stuck Stove', items: [{ name: 'Stew', price: 800 }] });
      const events = await restaurantEvents(venue.id);
      await someoneWaitsFor('inbox');

      const signalledAt = Date.now();
      process.kill(impatient.pid, 'SIGTERM');
      expect(await impatient.exited).toEqual({ code: 1, signal: null });
      expect(Date.now() - signalledAt).toBeLessThan(5_000);
      expect(impatient.output()).toMatch(/shutdown grace \(SHUTDOWN_GRACE\) ran out/);
      await unlock();
      // Its transaction died with the connection, and JetStream still waits for its ack: the
      // next consumer gets it once the ack wait has passed (at-least-once, the inbox dedupes).
      expect(await inboxIds(events)).toEqual([]);
      expect((await durableState(sg.namespace, 'menu', 'feedback')).ackPending).toBeGreaterThan(0);
    }, 60_000);
  });
});

/** The `menu.restaurant.changed` and other events of the menu stream, with their stream sequence. */
async function readMenuStream(namespace: string): Promise<{ seq: number; id: string; type: string; restaurantId: unknown }[]> {
  const nc = await connect({ servers: TEST_NATS_URL });
  try {
    const jsm = await nc.jetstreamManager();
    const stream = `${namespace}_menu`;
    const info = await jsm.streams.info(stream);
    const out: { seq: number; id: string; type: string; restaurantId: unknown }[] = [];
    for (let seq = info.state.first_seq; seq <= info.state.last_seq; seq++) {
      const message = await jsm.streams.getMessage(stream, { seq }).catch(() => null);
      if (!message) continue;
      const event = message.json<{ id: string; type: string; data: Record<string, unknown> }>();
      out.push({ seq, id: event.id, type: event.type, restaurantId: event.data['restaurantId'] ?? event.data['id'] });
    }
    return out;
  } finally {
    await nc.close();
  }
}

/**
 * The ack state of `consumer`'s durables on `producer`'s stream: the bus consumes through one
 * durable per partition (`<consumer>_p<N>`) beside the shared one, so this is the highest ack
 * floor among them (an event's own partition acks past it; the others hold older events) and
 * the messages delivered and not yet acked in all of them.
 */
async function durableState(namespace: string, producer: string, consumer: string): Promise<{ ackFloor: number; ackPending: number }> {
  const nc = await connect({ servers: TEST_NATS_URL });
  try {
    const jsm = await nc.jetstreamManager();
    const all = await jsm.consumers.list(`${namespace}_${producer}`).next();
    const durables = all.filter((c) => c.name.includes(consumer));
    if (durables.length === 0) throw new Error(`no ${consumer} durable on ${producer}: ${all.map((c) => c.name).join(', ')}`);
    return {
      ackFloor: Math.max(...durables.map((c) => c.ack_floor.stream_seq)),
      ackPending: durables.reduce((sum, c) => sum + c.num_ack_pending, 0),
    };
  } finally {
    await nc.close();
  }
}
