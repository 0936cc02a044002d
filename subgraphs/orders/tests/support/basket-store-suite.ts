import { emptyBasket, type StoredBasket } from '../../src/domain/basket';
import { updateBasket, type BasketStore } from '../../src/services/basket-store';

/** What a store under test needs: a fresh store, and a way to let `ms` of idle time pass. */
export interface BasketStoreFixture {
  store: BasketStore;
  /** Moves time on (a fake clock) or waits (Redis expires keys by its own clock). */
  idle(ms: number): Promise<void>;
  /** The idle TTL the store was made with. */
  idleTtlMs: number;
  /** Another replica's store over the same baskets, where the adapter shares them (Redis). */
  replica?: () => BasketStore;
}

const NOW = new Date('2026-11-23T12:00:00Z');
const withTip = (basket: StoredBasket, tip: number): StoredBasket => ({ ...basket, tip });

/**
 * One suite for every `BasketStore` adapter (memory, Redis): the same compare-and-set,
 * no lost updates under concurrent writes, and idle expiry restarted by every write.
 */
export function describeBasketStore(name: string, open: () => Promise<BasketStoreFixture>): void {
  describe(`the ${name} basket store`, () => {
    let fixture: BasketStoreFixture;
    let customer = 0;
    const nextCustomer = () => `customer-${process.pid}-${Date.now()}-${(customer += 1)}`;
    beforeEach(async () => {
      fixture = await open();
    });
    afterEach(() => fixture.store.close());

    it('has no basket for a new customer, stores one, and hands out copies', async () => {
      const id = nextCustomer();
      expect(await fixture.store.get(id)).toBeNull();
      expect(await fixture.store.compareAndSet(id, 0, emptyBasket('b1', NOW))).toBe(true);
      const read = await fixture.store.get(id);
      expect(read).toEqual({ basket: emptyBasket('b1', NOW), version: 1 });
      read!.basket.tip = 999;
      expect((await fixture.store.get(id))!.basket.tip).toBe(0);
    });

    it('refuses a write based on a stale version', async () => {
      const id = nextCustomer();
      expect(await fixture.store.compareAndSet(id, 0, emptyBasket('b1', NOW))).toBe(true);
      expect(await fixture.store.compareAndSet(id, 0, emptyBasket('b2', NOW))).toBe(false);
      expect(await fixture.store.compareAndSet(id, 1, withTip(emptyBasket('b1', NOW), 5))).toBe(true);
      expect(await fixture.store.compareAndSet(id, 1, withTip(emptyBasket('b1', NOW), 6))).toBe(false);
      expect(await fixture.store.get(id)).toEqual({ basket: withTip(emptyBasket('b1', NOW), 5), version: 2 });
    });

    const addOne = (store: BasketStore, id: string) =>
      updateBasket(store, id, (current) => withTip(current ?? emptyBasket('b1', NOW), (current?.tip ?? 0) + 1));

    it('loses no update when 200 changes of one basket race in one process', async () => {
      const id = nextCustomer();
      await Promise.all(Array.from({ length: 200 }, () => addOne(fixture.store, id)));
      expect((await fixture.store.get(id))!.basket.tip).toBe(200);
    });

    it('loses no update when two replicas change one basket at once', async () => {
      if (!fixture.replica) return; // one process's memory has no second replica
      const other = fixture.replica();
      try {
        const id = nextCustomer();
        await Promise.all(Array.from({ length: 30 }, (_, i) => addOne(i % 2 === 0 ? fixture.store : other, id)));
        expect((await fixture.store.get(id))!.basket.tip).toBe(30);
      } finally {
        await other.close();
      }
    });

    it('writes nothing when the change says so', async () => {
      const id = nextCustomer();
      expect(await updateBasket(fixture.store, id, () => null)).toBeNull();
      expect(await fixture.store.get(id)).toBeNull();
    });

    it('drops a basket left idle for its TTL; every write restarts the TTL', async () => {
      const id = nextCustomer();
      const ttl = fixture.idleTtlMs;
      await fixture.store.compareAndSet(id, 0, emptyBasket('b1', NOW));
      await fixture.idle(ttl * 0.6);
      expect(await fixture.store.compareAndSet(id, 1, withTip(emptyBasket('b1', NOW), 1))).toBe(true);
      await fixture.idle(ttl * 0.6);
      expect((await fixture.store.get(id))?.basket.tip).toBe(1);
      await fixture.idle(ttl * 0.6);
      expect(await fixture.store.get(id)).toBeNull();
      // Gone means gone: the next basket starts over at version 0.
      expect(await fixture.store.compareAndSet(id, 0, emptyBasket('b2', NOW))).toBe(true);
    });
  });
}
