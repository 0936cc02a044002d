import { validateMenuItemPatch, validateNewMenuItem, isItemAvailable } from '../../src/domain/menu-item-rules';
import { validateNewRestaurant, validateRestaurantPatch, type NewRestaurantDraft } from '../../src/domain/restaurant-rules';
import { validateRestaurantFilter } from '../../src/domain/restaurant-filter';
import { likePattern } from '../../src/domain/search';

function badField(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    const ext = (err as { extensions: Record<string, unknown> }).extensions;
    expect(ext['code']).toBe('BAD_USER_INPUT');
    return ext['field'];
  }
  throw new Error('expected BAD_USER_INPUT');
}

const restaurant: NewRestaurantDraft = {
  name: '  Pho 24 ',
  description: '',
  cuisines: ['Vietnamese', 'vietnamese', ' Noodles '],
  address: { line1: '1 Main St', city: 'Berlin', postalCode: '10115', location: { lat: 52.5, lng: 13.4 } },
  openingHours: [{ dayOfWeek: 1, opens: '11:00', closes: '22:00' }],
  deliveryFee: 0,
  minimumOrder: 1000,
  currency: 'EUR',
};

describe('restaurant input rules', () => {
  it('normalizes a valid restaurant and applies the default time zone', () => {
    const valid = validateNewRestaurant(restaurant, 'UTC');
    expect(valid).toMatchObject({
      name: 'Pho 24',
      description: null,
      cuisines: ['Vietnamese', 'Noodles'],
      timeZone: 'UTC',
      currency: 'EUR',
    });
    expect(valid.address).toEqual({
      line1: '1 Main St',
      line2: null,
      city: 'Berlin',
      postalCode: '10115',
      location: { lat: 52.5, lng: 13.4 },
    });
  });

  it.each([
    [{ currency: 'eur' }, 'input.currency'],
    [{ currency: 'EURO' }, 'input.currency'],
    [{ deliveryFee: -1 }, 'input.deliveryFee'],
    [{ minimumOrder: -5 }, 'input.minimumOrder'],
    [{ name: '   ' }, 'input.name'],
    [{ name: 'x'.repeat(121) }, 'input.name'],
    [{ cuisines: ['ok', ''] }, 'input.cuisines[1]'],
    [{ timeZone: 'Nowhere/City' }, 'input.timeZone'],
    [{ openingHours: [{ dayOfWeek: 9, opens: '10:00', closes: '11:00' }] }, 'input.openingHours[0].dayOfWeek'],
    [{ address: { line1: 'a', city: 'b', postalCode: 'c', location: { lat: 91, lng: 0 } } }, 'input.address.location.lat'],
    [{ address: { line1: '', city: 'b', postalCode: 'c' } }, 'input.address.line1'],
  ])('refuses %o naming %s', (change, field) => {
    expect(badField(() => validateNewRestaurant({ ...restaurant, ...change }, 'UTC'))).toBe(field);
  });

  it('keeps only the fields a patch sets, and lets it clear the description', () => {
    expect(validateRestaurantPatch({ name: 'New', description: null, deliveryFee: undefined })).toEqual({ name: 'New', description: null });
    expect(validateRestaurantPatch({ name: null })).toEqual({});
    expect(badField(() => validateRestaurantPatch({ minimumOrder: -1 }))).toBe('input.minimumOrder');
  });
});

describe('menu item input rules', () => {
  it('defaults to available, unlimited stock and no tags', () => {
    expect(validateNewMenuItem({ name: 'Pho bo', price: 1250 })).toEqual({
      name: 'Pho bo',
      description: null,
      price: 1250,
      available: true,
      stock: null,
      tags: [],
    });
  });

  it.each([
    [{ price: 0 }, 'input.price'],
    [{ price: -100 }, 'input.price'],
    [{ price: 12.5 }, 'input.price'],
    [{ stock: -1 }, 'input.stock'],
    [{ name: '' }, 'input.name'],
    [{ name: 'x'.repeat(121) }, 'input.name'],
    [{ tags: ['a'.repeat(41)] }, 'input.tags[0]'],
  ])('refuses %o naming %s', (change, field) => {
    expect(badField(() => validateNewMenuItem({ name: 'Pho', price: 100, ...change }))).toBe(field);
  });

  it('accepts stock 0 (sold out) and null (unlimited)', () => {
    expect(validateNewMenuItem({ name: 'Pho', price: 100, stock: 0 }).stock).toBe(0);
    expect(validateNewMenuItem({ name: 'Pho', price: 100, stock: null }).stock).toBeNull();
  });

  it('distinguishes clearing stock from leaving it unchanged in a patch', () => {
    expect(validateMenuItemPatch({ stock: null })).toEqual({ stock: null });
    expect(validateMenuItemPatch({})).toEqual({});
    expect(badField(() => validateMenuItemPatch({ price: 0 }))).toBe('input.price');
  });

  it('is unavailable when switched off, sold out or deleted', () => {
    expect(isItemAvailable({ available: true, stock: null })).toBe(true);
    expect(isItemAvailable({ available: true, stock: 3 })).toBe(true);
    expect(isItemAvailable({ available: true, stock: 0 })).toBe(false);
    expect(isItemAvailable({ available: false, stock: 3 })).toBe(false);
    expect(isItemAvailable({ available: true, stock: null, deletedAt: new Date() })).toBe(false);
  });
});

describe('listing filter', () => {
  it('defaults the radius and ignores blank texts', () => {
    expect(validateRestaurantFilter({ search: '  ', near: { lat: 1, lng: 2 } })).toEqual({
      near: { center: { lat: 1, lng: 2 }, radiusMeters: 5000 },
    });
    expect(validateRestaurantFilter(null)).toEqual({});
  });

  it('refuses radii outside 1..50000 and a radius without a centre', () => {
    expect(badField(() => validateRestaurantFilter({ near: { lat: 1, lng: 2 }, radiusMeters: 50_001 }))).toBe('filter.radiusMeters');
    expect(badField(() => validateRestaurantFilter({ near: { lat: 1, lng: 2 }, radiusMeters: 0 }))).toBe('filter.radiusMeters');
    expect(badField(() => validateRestaurantFilter({ radiusMeters: 100 }))).toBe('filter.near');
    expect(badField(() => validateRestaurantFilter({ near: { lat: 0, lng: 200 } }))).toBe('filter.near.lng');
  });

  it('escapes LIKE wildcards in search text', () => {
    expect(likePattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });
});
