import { startMenu, ok, errorOf, user, anonymous, type MenuHarness } from './support/menu-harness';
import {
  APPROVE,
  CREATE_CATEGORY,
  CREATE_ITEM,
  CREATE_RESTAURANT,
  DELETE_ITEM,
  RESTAURANT,
  SET_OPEN,
  SUSPEND,
  UPDATE_ITEM,
  UPDATE_RESTAURANT,
  restaurantInput,
  type Operation,
} from './support/menu-operations';

let menu: MenuHarness;
const owner = user('PARTNER');
const otherPartner = user('PARTNER');
const admin = user('ADMIN');
const customer = user('CUSTOMER');
const guest = { ...user('CUSTOMER'), isGuest: true };
let restaurantId: string;
let otherRestaurantId: string;
let itemId: string;
let otherCategoryId: string;

beforeAll(async () => {
  menu = await startMenu();
  restaurantId = ok(await menu.query(owner, CREATE_RESTAURANT, { input: restaurantInput() })).createRestaurant.id;
  otherRestaurantId = ok(await menu.query(otherPartner, CREATE_RESTAURANT, { input: restaurantInput({ name: 'Other' }) })).createRestaurant
    .id;
  otherCategoryId = ok(await menu.query(otherPartner, CREATE_CATEGORY, { restaurantId: otherRestaurantId, name: 'Theirs' }))
    .createMenuCategory.id;
  itemId = ok(await menu.query(owner, CREATE_ITEM, { input: { restaurantId, name: 'Pho', price: 1000 } })).createMenuItem.id;
});
afterAll(() => menu.stop());

describe('who may do what', () => {
  it('refuses restaurant creation to customers and guests (FORBIDDEN) and anonymous callers (UNAUTHENTICATED)', async () => {
    expect(errorOf(await menu.query(customer, CREATE_RESTAURANT, { input: restaurantInput() })).code).toBe('FORBIDDEN');
    expect(errorOf(await menu.query(guest, CREATE_RESTAURANT, { input: restaurantInput() })).code).toBe('FORBIDDEN');
    expect(errorOf(await menu.query(anonymous, CREATE_RESTAURANT, { input: restaurantInput() })).code).toBe('UNAUTHENTICATED');
  });

  it('refuses edits by another partner and by customers, but lets an admin edit', async () => {
    for (const caller of [otherPartner, customer]) {
      expect(errorOf(await menu.query(caller, UPDATE_RESTAURANT, { id: restaurantId, input: { name: 'Hijacked' } })).code).toBe(
        'FORBIDDEN',
      );
      expect(errorOf(await menu.query(caller, SET_OPEN, { id: restaurantId, open: false })).code).toBe('FORBIDDEN');
      expect(errorOf(await menu.query(caller, CREATE_CATEGORY, { restaurantId, name: 'Mine now' })).code).toBe('FORBIDDEN');
      expect(errorOf(await menu.query(caller, CREATE_ITEM, { input: { restaurantId, name: 'X', price: 100 } })).code).toBe('FORBIDDEN');
      expect(errorOf(await menu.query(caller, UPDATE_ITEM, { id: itemId, input: { price: 1 } })).code).toBe('FORBIDDEN');
      expect(errorOf(await menu.query(caller, DELETE_ITEM, { id: itemId })).code).toBe('FORBIDDEN');
    }
    expect(
      ok(await menu.query(admin, UPDATE_RESTAURANT, { id: restaurantId, input: { description: 'Edited by support' } })).updateRestaurant
        .description,
    ).toBe('Edited by support');
    expect(ok(await menu.query(owner, RESTAURANT, { id: restaurantId })).restaurant!.name).toBe('Pho Hanoi');
  });

  it("says FORBIDDEN before looking at the input of someone else's restaurant", async () => {
    expect(errorOf(await menu.query(otherPartner, UPDATE_RESTAURANT, { id: restaurantId, input: { deliveryFee: -1 } })).code).toBe(
      'FORBIDDEN',
    );
  });

  it('requires sign-in for every write', async () => {
    expect(errorOf(await menu.query(anonymous, UPDATE_RESTAURANT, { id: restaurantId, input: { name: 'x' } })).code).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorOf(await menu.query(anonymous, CREATE_ITEM, { input: { restaurantId, name: 'X', price: 100 } })).code).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorOf(await menu.query(anonymous, DELETE_ITEM, { id: itemId })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await menu.query(anonymous, APPROVE, { id: restaurantId })).code).toBe('UNAUTHENTICATED');
  });

  it('lets only admins approve and suspend', async () => {
    expect(errorOf(await menu.query(owner, APPROVE, { id: restaurantId })).code).toBe('FORBIDDEN');
    expect(errorOf(await menu.query(customer, SUSPEND, { id: restaurantId, reason: 'x' })).code).toBe('FORBIDDEN');
  });

  it('refuses illegal status moves with INVALID_STATE_TRANSITION', async () => {
    expect(errorOf(await menu.query(admin, SUSPEND, { id: restaurantId, reason: 'Too early' }))).toMatchObject({
      code: 'INVALID_STATE_TRANSITION',
      from: 'PENDING_APPROVAL',
      to: 'SUSPENDED',
    });
    ok(await menu.query(admin, APPROVE, { id: restaurantId }));
    expect(errorOf(await menu.query(admin, APPROVE, { id: restaurantId }))).toMatchObject({
      code: 'INVALID_STATE_TRANSITION',
      from: 'ACTIVE',
      to: 'ACTIVE',
    });
    expect(errorOf(await menu.query(admin, SUSPEND, { id: restaurantId, reason: '  ' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
  });

  it('answers NOT_FOUND for unknown ids and BAD_USER_INPUT for malformed ones', async () => {
    const unknown = '019ab2c3-4d5e-7f60-8a1b-2c3d4e5f6071';
    expect(errorOf(await menu.query(admin, APPROVE, { id: unknown })).code).toBe('NOT_FOUND');
    expect(errorOf(await menu.query(owner, UPDATE_ITEM, { id: unknown, input: { price: 5 } })).code).toBe('NOT_FOUND');
    expect(errorOf(await menu.query(owner, CREATE_ITEM, { input: { restaurantId: unknown, name: 'X', price: 100 } })).code).toBe(
      'NOT_FOUND',
    );
    expect(errorOf(await menu.query(admin, APPROVE, { id: 'nope' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(errorOf(await menu.query(anonymous, RESTAURANT, { id: 'nope' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(ok(await menu.query(anonymous, RESTAURANT, { id: unknown })).restaurant).toBeNull();
  });
});

describe('input validation', () => {
  const field = async <T>(identity: typeof owner, operation: Operation<T>, variables: Record<string, unknown>) => {
    const error = errorOf(await menu.query(identity, operation, variables));
    expect(error.code).toBe('BAD_USER_INPUT');
    return error.field;
  };

  it('refuses a price of 0 naming input.price, on create and update', async () => {
    expect(await field(owner, CREATE_ITEM, { input: { restaurantId, name: 'Free lunch', price: 0 } })).toBe('input.price');
    expect(await field(owner, UPDATE_ITEM, { id: itemId, input: { price: 0 } })).toBe('input.price');
  });

  it('refuses negative stock, empty or overlong names, naming the field', async () => {
    expect(await field(owner, CREATE_ITEM, { input: { restaurantId, name: 'Pho', price: 100, stock: -1 } })).toBe('input.stock');
    expect(await field(owner, CREATE_ITEM, { input: { restaurantId, name: '  ', price: 100 } })).toBe('input.name');
    expect(await field(owner, UPDATE_ITEM, { id: itemId, input: { name: 'x'.repeat(500) } })).toBe('input.name');
  });

  it('refuses a category of another restaurant naming input.categoryId', async () => {
    expect(await field(owner, CREATE_ITEM, { input: { restaurantId, categoryId: otherCategoryId, name: 'Pho', price: 100 } })).toBe(
      'input.categoryId',
    );
    expect(await field(owner, UPDATE_ITEM, { id: itemId, input: { categoryId: otherCategoryId } })).toBe('input.categoryId');
  });

  it('names the offending opening-hours field', async () => {
    const bad = (entry: Record<string, unknown>) =>
      restaurantInput({ openingHours: [{ dayOfWeek: 1, opens: '10:00', closes: '14:00' }, entry] });
    expect(await field(owner, CREATE_RESTAURANT, { input: bad({ dayOfWeek: 1, opens: '25:00', closes: '14:00' }) })).toBe(
      'input.openingHours[1].opens',
    );
    expect(await field(owner, CREATE_RESTAURANT, { input: bad({ dayOfWeek: 1, opens: '10:00', closes: '9pm' }) })).toBe(
      'input.openingHours[1].closes',
    );
    expect(await field(owner, CREATE_RESTAURANT, { input: bad({ dayOfWeek: 8, opens: '10:00', closes: '14:00' }) })).toBe(
      'input.openingHours[1].dayOfWeek',
    );
    expect(
      await field(owner, UPDATE_RESTAURANT, {
        id: restaurantId,
        input: { openingHours: [{ dayOfWeek: 0, opens: '10:00', closes: '11:00' }] },
      }),
    ).toBe('input.openingHours[0].dayOfWeek');
  });

  it('refuses bad currencies, negative fees, unknown time zones and bad coordinates', async () => {
    expect(await field(owner, CREATE_RESTAURANT, { input: restaurantInput({ currency: 'eur' }) })).toBe('input.currency');
    expect(await field(owner, CREATE_RESTAURANT, { input: restaurantInput({ deliveryFee: -1 }) })).toBe('input.deliveryFee');
    expect(await field(owner, CREATE_RESTAURANT, { input: restaurantInput({ minimumOrder: -1 }) })).toBe('input.minimumOrder');
    expect(await field(owner, CREATE_RESTAURANT, { input: restaurantInput({ timeZone: 'Moon/Base' }) })).toBe('input.timeZone');
    expect(
      await field(owner, CREATE_RESTAURANT, {
        input: restaurantInput({ address: { line1: 'a', city: 'b', postalCode: 'c', location: { lat: 0, lng: 181 } } }),
      }),
    ).toBe('input.address.location.lng');
  });

  it('refuses a negative category position naming position', async () => {
    expect(await field(owner, CREATE_CATEGORY, { restaurantId, name: 'Desserts', position: -1 })).toBe('position');
    expect(await field(owner, CREATE_CATEGORY, { restaurantId, name: '', position: 1 })).toBe('name');
  });

  it('writes nothing when a request is refused', async () => {
    const rows = await menu.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM menu_items');
    expect(rows[0].n).toBe(1);
  });
});
