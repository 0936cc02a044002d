import { OrderStatusV1, type DomainEvent } from '@foodgraph/events';
import { readModelLeavesAlone } from '../../src/reactions';

/** Only the event fields the skip decision reads; the rest of the envelope does not matter to it. */
const statusChanged = (to: string): DomainEvent => ({ type: 'orders.order.status_changed', data: { to } }) as unknown as DomainEvent;

describe('the read-model consumer leaves alone', () => {
  it('every status change but DELIVERED, CANCELLED and REJECTED', () => {
    const recorded = OrderStatusV1.options.filter((status) => !readModelLeavesAlone(statusChanged(status)));
    expect(recorded.sort()).toEqual(['CANCELLED', 'DELIVERED', 'REJECTED']);
  });

  it('no other event', () => {
    for (const type of ['orders.order.placed', 'delivery.delivery.delivered', 'menu.restaurant.changed'])
      expect(readModelLeavesAlone({ type, data: {} } as unknown as DomainEvent)).toBe(false);
  });
});
