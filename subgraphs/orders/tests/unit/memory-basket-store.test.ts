import { createMemoryBasketStore } from '../../src/services/basket-store';
import { describeBasketStore } from '../support/basket-store-suite';

describeBasketStore('embedded (memory)', () => {
  let now = Date.parse('2026-11-23T12:00:00Z');
  const idleTtlMs = 24 * 60 * 60_000;
  const store = createMemoryBasketStore({ idleTtlMs, clock: () => new Date(now) });
  return Promise.resolve({
    store,
    idleTtlMs,
    idle: (ms: number) => {
      now += ms;
      return Promise.resolve();
    },
  });
});
