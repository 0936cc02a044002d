import { ANONYMOUS_LABEL, BoundedLabel, OTHER_LABEL } from '../../src/metrics/bounded-label';

describe('BoundedLabel', () => {
  const names = new BoundedLabel(['PlaceOrder', 'MyOrders']);

  it('keeps a known value as it is', () => {
    expect(names.of('PlaceOrder')).toBe('PlaceOrder');
    expect(names.of('MyOrders')).toBe('MyOrders');
  });

  it('labels a missing or empty value anonymous', () => {
    expect(names.of(undefined)).toBe(ANONYMOUS_LABEL);
    expect(names.of(null)).toBe(ANONYMOUS_LABEL);
    expect(names.of('')).toBe(ANONYMOUS_LABEL);
  });

  it('folds every unknown value into other, however many distinct ones arrive', () => {
    const seen = new Set(Array.from({ length: 1000 }, (_, i) => names.of(`Attacker${i}`)));
    expect([...seen]).toEqual([OTHER_LABEL]);
    // Case and look-alikes are other names, not the listed one.
    expect(names.of('placeorder')).toBe(OTHER_LABEL);
    expect(names.of('PlaceOrder ')).toBe(OTHER_LABEL);
  });
});
