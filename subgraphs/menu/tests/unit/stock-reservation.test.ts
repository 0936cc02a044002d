import {
  endsOrderBeforeDelivery,
  itemIdsOf,
  mergeLines,
  planStock,
  shortageReason,
  type ItemStock,
} from '../../src/domain/stock-reservation';

const R = 'restaurant-1';
const item = (id: string, stock: number | null, more: Partial<ItemStock> = {}): [string, ItemStock] => [
  id,
  { id, restaurantId: R, available: true, stock, deleted: false, ...more },
];

describe('mergeLines', () => {
  it('sums the quantities of an item listed twice and sorts by item id', () => {
    expect(
      mergeLines([
        { menuItemId: 'b', quantity: 1 },
        { menuItemId: 'A', quantity: 2 },
        { menuItemId: 'b', quantity: 3 },
      ]),
    ).toEqual([
      { menuItemId: 'a', quantity: 2 },
      { menuItemId: 'b', quantity: 4 },
    ]);
  });

  it('collects the ids of several line sets once each, in lock order', () => {
    expect(
      itemIdsOf(
        [{ menuItemId: 'c', quantity: 1 }],
        [
          { menuItemId: 'a', quantity: 1 },
          { menuItemId: 'c', quantity: 2 },
        ],
      ),
    ).toEqual(['a', 'c']);
  });
});

describe('planStock', () => {
  it('takes limited stock and leaves unlimited items out of the deltas', () => {
    const plan = planStock(
      R,
      new Map([item('a', 5), item('b', null)]),
      [],
      [
        { menuItemId: 'a', quantity: 2 },
        { menuItemId: 'b', quantity: 9 },
      ],
    );
    expect(plan.outcome).toBe('reserved');
    expect([...plan.deltas]).toEqual([['a', -2]]);
  });

  it('reserves exactly what is left', () => {
    expect(planStock(R, new Map([item('a', 2)]), [], [{ menuItemId: 'a', quantity: 2 }]).outcome).toBe('reserved');
  });

  it('rejects all lines when one is short, naming what was left', () => {
    const plan = planStock(
      R,
      new Map([item('a', 5), item('b', 1)]),
      [],
      [
        { menuItemId: 'a', quantity: 1 },
        { menuItemId: 'b', quantity: 2 },
      ],
    );
    expect(plan).toMatchObject({ outcome: 'rejected', short: [{ menuItemId: 'b', requested: 2, available: 1 }] });
    expect(plan.deltas.size).toBe(0);
  });

  it('treats missing, deleted, switched-off and foreign items as not available at all', () => {
    const items = new Map([
      item('off', null, { available: false }),
      item('gone', 4, { deleted: true }),
      item('far', 4, { restaurantId: 'other' }),
    ]);
    const plan = planStock(
      R,
      items,
      [],
      ['off', 'gone', 'far', 'nowhere'].map((menuItemId) => ({ menuItemId, quantity: 1 })),
    );
    expect(plan.outcome === 'rejected' && plan.short.map((s) => [s.menuItemId, s.available])).toEqual([
      ['far', null],
      ['gone', null],
      ['nowhere', null],
      ['off', null],
    ]);
  });

  it('counts what a replaced reservation gives back before taking the new lines', () => {
    const plan = planStock(
      R,
      new Map([item('a', 1), item('b', 3)]),
      [{ menuItemId: 'a', quantity: 2 }],
      [
        { menuItemId: 'a', quantity: 3 },
        { menuItemId: 'b', quantity: 1 },
      ],
    );
    expect(plan.outcome).toBe('reserved');
    expect([...plan.deltas]).toEqual([
      ['a', -1],
      ['b', -1],
    ]);
  });

  it('needs no write for an item re-reserved at the same quantity', () => {
    const plan = planStock(R, new Map([item('a', 0)]), [{ menuItemId: 'a', quantity: 2 }], [{ menuItemId: 'a', quantity: 2 }]);
    expect(plan.outcome).toBe('reserved');
    expect(plan.deltas.size).toBe(0);
  });

  it('still gives the old lines back when the new ones are rejected', () => {
    const plan = planStock(
      R,
      new Map([item('a', 0), item('b', 0)]),
      [{ menuItemId: 'a', quantity: 2 }],
      [{ menuItemId: 'b', quantity: 1 }],
    );
    expect(plan).toMatchObject({ outcome: 'rejected', short: [{ menuItemId: 'b', requested: 1, available: 0 }] });
    expect([...plan.deltas]).toEqual([['a', 2]]);
  });

  it('releases to limited items only, even if the item was switched off meanwhile', () => {
    const items = new Map([item('a', 0, { available: false }), item('b', null)]);
    const plan = planStock(
      R,
      items,
      [
        { menuItemId: 'a', quantity: 2 },
        { menuItemId: 'b', quantity: 1 },
        { menuItemId: 'gone', quantity: 1 },
      ],
      [],
    );
    expect(plan.outcome).toBe('reserved');
    expect([...plan.deltas]).toEqual([['a', 2]]);
  });
});

describe('shortageReason', () => {
  it('names each short item with what was left', () => {
    const reason = shortageReason(
      [
        { menuItemId: 'a', requested: 3, available: 2 },
        { menuItemId: 'b', requested: 1, available: null },
      ],
      (id) => ({ a: 'Pho bo', b: 'Spring rolls' })[id] ?? id,
    );
    expect(reason).toBe('Not enough stock: Pho bo (2 left, 3 ordered); Spring rolls (not available)');
  });
});

describe('orders that end before delivery', () => {
  it.each([
    ['CANCELLED', true],
    ['REJECTED', true],
    ['PENDING', false],
    ['PLACED', false],
    ['ACCEPTED', false],
    ['DELIVERED', false],
  ])('gives stock back when an order moves to %s: %s', (status, ends) => {
    expect(endsOrderBeforeDelivery(status)).toBe(ends);
  });
});
