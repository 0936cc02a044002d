import type { DomainEvent, EventEnvelope } from '@foodgraph/events';
import { MenuItemEntity } from '../src/entities/menu-item.entity';
import { RestaurantEntity } from '../src/entities/restaurant.entity';
import { startMenu, ok, user, anonymous, type MenuHarness } from './support/menu-harness';
import {
  APPROVE,
  CREATE_CATEGORY,
  CREATE_ITEM,
  CREATE_RESTAURANT,
  DELETE_ITEM,
  ENTITIES,
  MENU_ITEM,
  RESTAURANT,
  RESTAURANTS,
  SET_OPEN,
  SUSPEND,
  UPDATE_ITEM,
  UPDATE_RESTAURANT,
  restaurantInput,
} from './support/menu-operations';

let menu: MenuHarness;
const partner = user('PARTNER');
const admin = user('ADMIN');
const customer = user('CUSTOMER');
const published: EventEnvelope[] = [];

beforeAll(async () => {
  menu = await startMenu();
  await menu.bus.consume({
    consumer: 'menu-lifecycle-test',
    types: ['menu.restaurant.changed', 'menu.item.changed'],
    handle: async (message) => void published.push(message.payload as EventEnvelope),
    deadLetter: async () => undefined,
  });
});
afterAll(() => menu.stop());

async function outbox(): Promise<DomainEvent[]> {
  const rows = await menu.dataSource.query<{ payload: DomainEvent }[]>('SELECT payload FROM outbox ORDER BY seq');
  return rows.map((r) => r.payload);
}

const isRestaurantChanged = (e: DomainEvent): e is DomainEvent<'menu.restaurant.changed'> => e.type === 'menu.restaurant.changed';
const isItemChanged = (e: DomainEvent): e is DomainEvent<'menu.item.changed'> => e.type === 'menu.item.changed';

async function waitFor(predicate: () => boolean, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('menu lifecycle', () => {
  let restaurantId: string;
  let phoId: string;
  let rollsId: string;

  it('lets a partner create a restaurant that waits for approval and is owned by them', async () => {
    const { createRestaurant } = ok(await menu.query(partner, CREATE_RESTAURANT, { input: restaurantInput() }));
    restaurantId = createRestaurant.id;
    expect(createRestaurant).toMatchObject({
      name: 'Pho Hanoi',
      status: 'PENDING_APPROVAL',
      isOpen: false,
      timeZone: 'UTC',
      acceptingOrders: true,
      owner: { id: partner.userId },
      deliveryFee: { amount: 250, currency: 'EUR' },
      minimumOrder: { amount: 1500, currency: 'EUR' },
      address: { line1: 'Torstraße 1', line2: null, city: 'Berlin', postalCode: '10119', location: { lat: 52.5291, lng: 13.4015 } },
    });
    expect(createRestaurant.openingHours).toHaveLength(7);
  });

  it('hides a pending restaurant from the public but shows it to its owner and admins', async () => {
    expect(ok(await menu.query(anonymous, RESTAURANT, { id: restaurantId })).restaurant).toBeNull();
    expect(ok(await menu.query(customer, RESTAURANT, { id: restaurantId })).restaurant).toBeNull();
    expect(ok(await menu.query(partner, RESTAURANT, { id: restaurantId })).restaurant!.status).toBe('PENDING_APPROVAL');
    expect(ok(await menu.query(admin, RESTAURANT, { id: restaurantId })).restaurant!.id).toBe(restaurantId);
    expect(ok(await menu.query(anonymous, RESTAURANTS, {})).restaurants.edges).toEqual([]);
  });

  it('lets an admin approve it, which makes it public and open within its hours', async () => {
    expect(ok(await menu.query(admin, APPROVE, { id: restaurantId })).approveRestaurant.status).toBe('ACTIVE');
    const { restaurant } = ok(await menu.query(anonymous, RESTAURANT, { id: restaurantId }));
    expect(restaurant).toMatchObject({ status: 'ACTIVE', isOpen: true, suspensionReason: null });
  });

  it('lets the owner build a menu of categories and items priced in the restaurant currency', async () => {
    const starters = ok(await menu.query(partner, CREATE_CATEGORY, { restaurantId, name: 'Starters', position: 0 })).createMenuCategory;
    const mains = ok(await menu.query(partner, CREATE_CATEGORY, { restaurantId, name: 'Mains' })).createMenuCategory;
    expect(mains.position).toBe(1);

    const pho = ok(
      await menu.query(partner, CREATE_ITEM, {
        input: { restaurantId, categoryId: mains.id, name: 'Pho bo', price: 1290, tags: ['beef'] },
      }),
    ).createMenuItem;
    phoId = pho.id;
    expect(pho).toMatchObject({
      name: 'Pho bo',
      price: { amount: 1290, currency: 'EUR' },
      available: true,
      stock: null,
      tags: ['beef'],
      category: { id: mains.id, name: 'Mains' },
      restaurant: { id: restaurantId, name: 'Pho Hanoi' },
    });
    rollsId = ok(
      await menu.query(partner, CREATE_ITEM, {
        input: { restaurantId, categoryId: starters.id, name: 'Spring rolls', price: 590, stock: 10 },
      }),
    ).createMenuItem.id;
    ok(await menu.query(partner, CREATE_ITEM, { input: { restaurantId, name: 'Secret special', price: 990, available: false } }));
  });

  it('shows the restaurant with its menu in the public listing, menu in category order', async () => {
    const listing = ok(await menu.query(anonymous, RESTAURANTS, {})).restaurants;
    expect(listing.edges.map((e) => e.node)).toEqual([{ id: restaurantId, name: 'Pho Hanoi', isOpen: true }]);
    const restaurant = ok(await menu.query(anonymous, RESTAURANT, { id: restaurantId })).restaurant!;
    expect(restaurant.categories.map((c) => [c.name, c.position, c.items.map((i) => i.name)])).toEqual([
      ['Starters', 0, ['Spring rolls']],
      ['Mains', 1, ['Pho bo']],
    ]);
    // The switched-off item is left out by default (availableOnly = true).
    expect(restaurant.menu.map((i) => i.name)).toEqual(['Spring rolls', 'Pho bo']);
  });

  it('marks an item unavailable when its stock reaches 0 and lets the owner change it', async () => {
    const { updateMenuItem } = ok(
      await menu.query(partner, UPDATE_ITEM, { id: rollsId, input: { stock: 0, price: 650, description: 'Crispy' } }),
    );
    expect(updateMenuItem).toMatchObject({ stock: 0, available: false, price: { amount: 650, currency: 'EUR' }, description: 'Crispy' });
    const restaurant = ok(await menu.query(anonymous, RESTAURANT, { id: restaurantId })).restaurant!;
    expect(restaurant.menu.map((i) => i.name)).toEqual(['Pho bo']);
    const back = ok(await menu.query(partner, UPDATE_ITEM, { id: rollsId, input: { stock: null, categoryId: null } })).updateMenuItem;
    expect(back).toMatchObject({ stock: null, available: true, category: null });
  });

  it('lets the owner delete an item: gone from the menu and lookups, still resolvable by reference', async () => {
    expect(ok(await menu.query(partner, DELETE_ITEM, { id: rollsId })).deleteMenuItem).toBe(true);
    expect(ok(await menu.query(anonymous, MENU_ITEM, { id: rollsId })).menuItem).toBeNull();
    const { _entities } = ok(await menu.query(anonymous, ENTITIES, { representations: [{ __typename: 'MenuItem', id: rollsId }] }));
    expect(_entities).toEqual([{ id: rollsId, name: 'Spring rolls', available: false, price: { amount: 650, currency: 'EUR' } }]);
    expect(ok(await menu.query(anonymous, MENU_ITEM, { id: phoId })).menuItem!.name).toBe('Pho bo');
  });

  it('closes the restaurant when the owner flips the switch, and outside its opening hours', async () => {
    expect(ok(await menu.query(partner, SET_OPEN, { id: restaurantId, open: false })).setRestaurantOpen).toMatchObject({
      acceptingOrders: false,
      isOpen: false,
    });
    expect(ok(await menu.query(partner, SET_OPEN, { id: restaurantId, open: true })).setRestaurantOpen.isOpen).toBe(true);
    menu.setNow('2026-11-23T23:00:00Z');
    expect(ok(await menu.query(anonymous, RESTAURANT, { id: restaurantId })).restaurant!.isOpen).toBe(false);
    menu.setNow('2026-11-23T12:00:00Z');
  });

  it('lets the owner update details and keeps unspecified fields', async () => {
    const { updateRestaurant } = ok(
      await menu.query(partner, UPDATE_RESTAURANT, {
        id: restaurantId,
        input: { name: 'Pho Hanoi Mitte', deliveryFee: 0, timeZone: 'Europe/Berlin' },
      }),
    );
    expect(updateRestaurant).toMatchObject({
      name: 'Pho Hanoi Mitte',
      deliveryFee: { amount: 0, currency: 'EUR' },
      minimumOrder: { amount: 1500, currency: 'EUR' },
      timeZone: 'Europe/Berlin',
    });
  });

  it('lets an admin suspend it with a reason only owner and admins see, and approve it again', async () => {
    expect(ok(await menu.query(admin, SUSPEND, { id: restaurantId, reason: 'Hygiene inspection' })).suspendRestaurant).toMatchObject({
      status: 'SUSPENDED',
      suspensionReason: 'Hygiene inspection',
    });
    expect(ok(await menu.query(anonymous, RESTAURANT, { id: restaurantId })).restaurant).toBeNull();
    expect(ok(await menu.query(anonymous, MENU_ITEM, { id: phoId })).menuItem).toBeNull();
    expect(ok(await menu.query(partner, RESTAURANT, { id: restaurantId })).restaurant).toMatchObject({
      isOpen: false,
      suspensionReason: 'Hygiene inspection',
    });
    // Other subgraphs still resolve it (an order keeps its restaurant).
    expect(
      ok(await menu.query(anonymous, ENTITIES, { representations: [{ __typename: 'Restaurant', id: restaurantId }] }))._entities[0]!.status,
    ).toBe('SUSPENDED');
    expect(ok(await menu.query(admin, APPROVE, { id: restaurantId })).approveRestaurant).toMatchObject({
      status: 'ACTIVE',
      suspensionReason: null,
    });
  });

  it('contributes User.restaurants: all of them for the owner, only ACTIVE ones for others', async () => {
    const pending = ok(await menu.query(partner, CREATE_RESTAURANT, { input: restaurantInput({ name: 'Banh Mi Bar' }) })).createRestaurant;
    const rep = [{ __typename: 'User', id: partner.userId }];
    const mine = ok(await menu.query(partner, ENTITIES, { representations: rep }))._entities[0]!.restaurants!;
    expect(mine.map((r) => r.id)).toEqual([restaurantId, pending.id]);
    const theirs = ok(await menu.query(customer, ENTITIES, { representations: rep }))._entities[0]!.restaurants!;
    expect(theirs.map((r) => r.id)).toEqual([restaurantId]);
  });

  it('resolves many references in one request with one query per type', async () => {
    const restaurantQueries = jest.spyOn(menu.dataSource.getRepository(RestaurantEntity), 'findBy');
    const itemQueries = jest.spyOn(menu.dataSource.getRepository(MenuItemEntity), 'findBy');
    const representations = [
      { __typename: 'Restaurant', id: restaurantId },
      { __typename: 'MenuItem', id: phoId },
      { __typename: 'MenuItem', id: rollsId },
      { __typename: 'Restaurant', id: '019ab2c3-4d5e-7f60-8a1b-2c3d4e5f6071' },
      { __typename: 'MenuItem', id: 'not-a-uuid' },
    ];
    const { _entities } = ok(await menu.query(anonymous, ENTITIES, { representations }));
    expect(_entities.map((e) => e?.id ?? null)).toEqual([restaurantId, phoId, rollsId, null, null]);
    expect(restaurantQueries).toHaveBeenCalledTimes(1);
    expect(itemQueries).toHaveBeenCalledTimes(1);
    restaurantQueries.mockRestore();
    itemQueries.mockRestore();
  });

  it('recorded every change in the outbox as a full snapshot with increasing revisions, and relayed it', async () => {
    const events = await outbox();
    const restaurantEvents = events.filter(isRestaurantChanged).filter((e) => e.data.restaurantId === restaurantId);
    // create, approve, close, open, update, suspend, approve
    expect(restaurantEvents.map((e) => e.data.revision)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(restaurantEvents.map((e) => e.data.status)).toEqual([
      'PENDING_APPROVAL',
      'ACTIVE',
      'ACTIVE',
      'ACTIVE',
      'ACTIVE',
      'SUSPENDED',
      'ACTIVE',
    ]);
    expect(restaurantEvents[4]).toMatchObject({
      version: 1,
      producer: 'menu',
      causationId: null,
      data: {
        restaurantId,
        revision: 5,
        ownerId: partner.userId,
        name: 'Pho Hanoi Mitte',
        status: 'ACTIVE',
        acceptingOrders: true,
        timeZone: 'Europe/Berlin',
        address: { line1: 'Torstraße 1', line2: null, city: 'Berlin', postalCode: '10119', location: { lat: 52.5291, lng: 13.4015 } },
        currency: 'EUR',
        deliveryFee: 0,
        minimumOrder: 1500,
      },
    });
    expect(restaurantEvents[4].data.openingHours).toHaveLength(7);
    expect(restaurantEvents[4].correlationId).toEqual(expect.any(String));

    const rolls = events
      .filter(isItemChanged)
      .filter((e) => e.data.itemId === rollsId)
      .map((e) => e.data);
    expect(rolls.map((d) => [d.revision, d.available, d.stock, d.deleted])).toEqual([
      [1, true, 10, false],
      [2, false, 0, false],
      [3, true, null, false],
      [4, false, null, true],
    ]);
    expect(rolls[1]).toEqual({
      itemId: rollsId,
      revision: 2,
      restaurantId,
      name: 'Spring rolls',
      price: 650,
      currency: 'EUR',
      available: false,
      stock: 0,
      deleted: false,
    });

    await waitFor(() => published.length === events.length);
    expect(published.map((e) => e.id)).toEqual(events.map((e) => e.id));
    const unpublished = await menu.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM outbox WHERE published_at IS NULL');
    expect(unpublished[0].n).toBe(0);
  });
});
