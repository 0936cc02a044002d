import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { createLogger } from '../src/logging';
import { createPubSub, type PubSub, type PubSubOptions } from '../src/subscriptions/create-pubsub';
import { filterEvents, SlowConsumerError } from '../src/subscriptions/event-iterator';

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const logger = createLogger('test', 'silent');

type Factory = (namespace: string, extra?: Partial<PubSubOptions>) => PubSub;

/** One suite, run against both engines: they must behave the same. */
function pubSubContract(name: string, make: Factory) {
  describe(`${name} pub/sub`, () => {
    const open: PubSub[] = [];
    const create: Factory = (namespace, extra) => {
      const p = make(namespace, extra);
      open.push(p);
      return p;
    };
    const ns = () => `t${randomBytes(4).toString('hex')}`;
    afterAll(async () => {
      await Promise.all(open.map((p) => p.close()));
    });

    it('delivers each published payload, as JSON, to every iterator of the trigger', async () => {
      const pubsub = create(ns());
      const a = pubsub.asyncIterableIterator<{ at: string; n: number }>('order.updated.1');
      const b = pubsub.asyncIterableIterator<{ at: string; n: number }>(['order.updated.1', 'order.updated.2']);
      await Promise.all([a.ready, b.ready]);
      await pubsub.publish('order.updated.1', { at: new Date('2026-01-02T03:04:05.000Z'), n: 1 });
      await pubsub.publish('order.updated.2', { at: new Date('2026-01-02T03:04:06.000Z'), n: 2 });
      expect((await a.next()).value).toEqual({ at: '2026-01-02T03:04:05.000Z', n: 1 });
      expect((await b.next()).value).toMatchObject({ n: 1 });
      expect((await b.next()).value).toMatchObject({ n: 2 });
      await a.return();
      await b.return();
    });

    it('keeps namespaces apart', async () => {
      const mine = create(ns());
      const theirs = create(ns());
      const it = mine.asyncIterableIterator<{ who: string }>('x');
      await it.ready;
      await theirs.publish('x', { who: 'them' });
      await mine.publish('x', { who: 'me' });
      expect((await it.next()).value).toEqual({ who: 'me' });
      await it.return();
    });

    it('stops delivering once the iterator is returned', async () => {
      const pubsub = create(ns());
      const it = pubsub.asyncIterableIterator('gone');
      await it.ready;
      await it.return();
      await pubsub.publish('gone', { late: true });
      expect(await it.next()).toEqual({ value: undefined, done: true });
    });

    it('filters events with filterEvents', async () => {
      const pubsub = create(ns());
      const source = pubsub.asyncIterableIterator<{ status: string }>('feed');
      await source.ready;
      const ready = filterEvents(source, (e) => e.status === 'READY');
      for (const status of ['PLACED', 'READY', 'PICKED_UP', 'READY']) await pubsub.publish('feed', { status });
      expect((await ready.next()).value).toEqual({ status: 'READY' });
      expect((await ready.next()).value).toEqual({ status: 'READY' });
      await ready.return!();
      expect(await source.next()).toEqual({ value: undefined, done: true });
    });

    it('ends a consumer that falls too far behind with SlowConsumerError', async () => {
      const pubsub = create(ns(), { maxQueuedPerIterator: 2 });
      const it = pubsub.asyncIterableIterator('fast');
      // One subscriber connection delivers in publish order: once the marker arrives, so have
      // the three events before it.
      const marker = pubsub.asyncIterableIterator('fast-marker');
      await Promise.all([it.ready, marker.ready]);
      for (let n = 0; n < 3; n++) await pubsub.publish('fast', { n });
      await pubsub.publish('fast-marker', {});
      await marker.next();
      await expect(it.next()).rejects.toBeInstanceOf(SlowConsumerError);
      await marker.return();
    });

    it('ends open iterators on close', async () => {
      const pubsub = make(ns());
      const it = pubsub.asyncIterableIterator('x');
      await it.ready;
      const pending = it.next();
      await pubsub.close();
      expect(await pending).toEqual({ value: undefined, done: true });
    });
  });
}

pubSubContract('in-memory', (namespace, extra) => createPubSub({ namespace, logger, ...extra }));
pubSubContract('Redis', (namespace, extra) => createPubSub({ namespace, logger, redisUrl: REDIS_URL, ...extra }));

describe('Redis pub/sub channels', () => {
  it('prefixes channels with the namespace and unsubscribes when the last iterator returns', async () => {
    const namespace = `t${randomBytes(4).toString('hex')}`;
    const pubsub = createPubSub({ namespace, logger, redisUrl: REDIS_URL });
    const admin = new Redis(REDIS_URL);
    try {
      const it = pubsub.asyncIterableIterator('order.updated.9');
      await it.ready;
      const channel = `${namespace}:order.updated.9`;
      expect(await admin.pubsub('NUMSUB', channel)).toEqual([channel, 1]);
      await it.return();
      const deadline = Date.now() + 2_000;
      while ((await admin.pubsub('NUMSUB', channel))[1] !== 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(await admin.pubsub('NUMSUB', channel)).toEqual([channel, 0]);
    } finally {
      await pubsub.close();
      await admin.quit();
    }
  });
});
