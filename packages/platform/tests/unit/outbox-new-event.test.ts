import { validateEvent } from '@foodgraph/events';
import { isUuid, uuidv7 } from '../../src/ids';
import { newEvent } from '../../src/messaging/new-event';

const data = {
  itemId: uuidv7(),
  revision: 3,
  restaurantId: uuidv7(),
  name: 'Pho',
  price: 1290,
  currency: 'EUR',
  available: true,
  stock: 12,
  deleted: false,
};

describe('newEvent', () => {
  it('builds a valid envelope at the registry version with a fresh uuidv7 id', () => {
    const event = newEvent('menu.item.changed', data, {
      producer: 'menu',
      correlationId: 'req-7',
      occurredAt: new Date('2025-05-01T12:00:00Z'),
    });
    expect(event).toEqual({
      id: expect.any(String),
      type: 'menu.item.changed',
      version: 1,
      occurredAt: '2025-05-01T12:00:00.000Z',
      producer: 'menu',
      correlationId: 'req-7',
      causationId: null,
      data,
    });
    expect(isUuid(event.id) && event.id[14]).toBe('7');
    expect(validateEvent(event).ok).toBe(true);
  });

  it('links a reaction to the event that caused it', () => {
    const cause = newEvent('menu.item.changed', data, { producer: 'menu', correlationId: 'req-7' });
    const reaction = newEvent('menu.item.changed', data, { producer: 'menu', correlationId: cause.correlationId, causationId: cause.id });
    expect(reaction).toMatchObject({ correlationId: 'req-7', causationId: cause.id });
    expect(reaction.id).not.toBe(cause.id);
  });

  it('refuses a payload that breaks the contract, naming the field', () => {
    expect(() => newEvent('menu.item.changed', { ...data, price: -1 }, { producer: 'menu', correlationId: 'req-7' })).toThrow(
      /menu\.item\.changed.*price/,
    );
  });
});
