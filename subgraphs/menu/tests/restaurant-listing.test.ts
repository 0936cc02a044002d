import { startMenu, ok, errorOf, user, anonymous, type MenuHarness } from './support/menu-harness';
import { RestaurantListingService } from '../src/services/restaurant-listing.service';
import {
  APPROVE,
  CREATE_RESTAURANT,
  RESTAURANTS,
  SET_OPEN,
  SUSPEND,
  restaurantInput,
  type RestaurantPageView,
} from './support/menu-operations';

let menu: MenuHarness;
const partner = user('PARTNER');
const admin = user('ADMIN');
const ids: Record<string, string> = {};
const MONDAY_NOON_UTC = '2026-11-23T12:00:00Z';
const SATURDAY_1AM_UTC = '2026-11-28T01:00:00Z';
const everyDay = (opens: string, closes: string) => [1, 2, 3, 4, 5, 6, 7].map((dayOfWeek) => ({ dayOfWeek, opens, closes }));
const FILLERS = 11;

async function addRestaurant(key: string, overrides: Record<string, unknown>, approve = true): Promise<void> {
  ids[key] = ok(await menu.query(partner, CREATE_RESTAURANT, { input: restaurantInput(overrides) })).createRestaurant.id;
  if (approve) ok(await menu.query(admin, APPROVE, { id: ids[key] }));
}

beforeAll(async () => {
  menu = await startMenu();
  const berlin = (lat: number, lng: number) => ({ line1: 'Street 1', city: 'Berlin', postalCode: '10115', location: { lat, lng } });
  await addRestaurant('pho', {
    name: 'Pho Hanoi',
    description: 'Soups',
    cuisines: ['Vietnamese', 'Noodles'],
    address: berlin(52.5291, 13.4015),
    openingHours: everyDay('10:00', '22:00'),
  });
  await addRestaurant('sushi', {
    name: 'Sushi Place',
    description: 'Fresh fish, 100% raw',
    cuisines: ['Japanese'],
    address: berlin(52.499, 13.418),
    openingHours: [{ dayOfWeek: 5, opens: '18:00', closes: '02:00' }],
  });
  await addRestaurant('curry', {
    name: 'Curry Corner',
    description: null,
    cuisines: ['German'],
    address: { line1: 'Reeperbahn 1', city: 'Hamburg', postalCode: '20359', location: { lat: 53.5497, lng: 9.9633 } },
    openingHours: everyDay('10:00', '22:00'),
    timeZone: 'Asia/Ho_Chi_Minh',
  });
  await addRestaurant('noodleBar', {
    name: 'The Noodle Bar',
    description: 'Hand-pulled',
    cuisines: ['Chinese'],
    address: { line1: 'x', city: 'Berlin', postalCode: '1' },
    openingHours: everyDay('00:00', '24:00'),
  });
  ok(await menu.query(partner, SET_OPEN, { id: ids['noodleBar'], open: false }));
  await addRestaurant('pending', { name: 'Pending Pho', cuisines: ['Vietnamese'], address: berlin(52.52, 13.405) }, false);
  for (let i = 0; i < FILLERS; i++)
    await addRestaurant(`filler${i}`, {
      name: `Pizza ${i}`,
      description: null,
      cuisines: ['Pizza'],
      address: { line1: 'x', city: 'Rome', postalCode: '1' },
      openingHours: [],
    });
});
afterAll(() => menu.stop());

async function names(filter: Record<string, unknown>, first = 100): Promise<string[]> {
  const { restaurants } = ok(await menu.query(anonymous, RESTAURANTS, { filter, first }));
  return restaurants.edges.map((e) => e.node.name);
}

describe('public restaurant listing', () => {
  beforeEach(() => menu.setNow(MONDAY_NOON_UTC));

  it('lists only ACTIVE restaurants, oldest first', async () => {
    const all = await names({});
    expect(all).toHaveLength(4 + FILLERS);
    expect(all.slice(0, 4)).toEqual(['Pho Hanoi', 'Sushi Place', 'Curry Corner', 'The Noodle Bar']);
    expect(all).not.toContain('Pending Pho');
  });

  it('searches name, description and cuisines case-insensitively', async () => {
    expect(await names({ search: 'NOODLE' })).toEqual(['Pho Hanoi', 'The Noodle Bar']);
    expect(await names({ search: 'hand-pulled' })).toEqual(['The Noodle Bar']);
    expect(await names({ search: 'japan' })).toEqual(['Sushi Place']);
  });

  it('treats LIKE wildcards in search text literally', async () => {
    expect(await names({ search: '100%' })).toEqual(['Sushi Place']);
    expect(await names({ search: '%' })).toEqual(['Sushi Place']);
    expect(await names({ search: 'P_zza' })).toEqual([]);
  });

  it('filters by exact cuisine, ignoring case', async () => {
    expect(await names({ cuisine: 'vietnamese' })).toEqual(['Pho Hanoi']);
    expect(await names({ cuisine: 'Viet' })).toEqual([]);
  });

  it('filters restaurants open now in their own time zone', async () => {
    // Monday 12:00 UTC: Pho (10–22 UTC) open; Curry (10–22 in UTC+7, i.e. 19:00 there) open;
    // Sushi opens Friday nights only; the Noodle Bar switched itself off; Pizza has no hours.
    expect(await names({ openNow: true })).toEqual(['Pho Hanoi', 'Curry Corner']);
    expect(await names({ openNow: false })).toHaveLength(4 + FILLERS);
  });

  it('finds the overnight restaurant open in the small hours of the next day', async () => {
    menu.setNow(SATURDAY_1AM_UTC);
    expect(await names({ openNow: true })).toEqual(['Sushi Place']);
    const { restaurants } = ok(await menu.query(anonymous, RESTAURANTS, { filter: { search: 'sushi' } }));
    expect(restaurants.edges[0].node.isOpen).toBe(true);
  });

  it('filters by distance with a default radius of 5 km', async () => {
    const berlinCentre = { lat: 52.52, lng: 13.405 };
    expect(await names({ near: berlinCentre })).toEqual(['Pho Hanoi', 'Sushi Place']);
    expect(await names({ near: berlinCentre, radiusMeters: 1500 })).toEqual(['Pho Hanoi']);
    expect(await names({ near: { lat: 53.55, lng: 10.0 } })).toEqual(['Curry Corner']);
    expect(await names({ near: berlinCentre, radiusMeters: 50_000, cuisine: 'japanese' })).toEqual(['Sushi Place']);
  });

  it('refuses radii above 50 km and a radius without a centre', async () => {
    expect(
      errorOf(await menu.query(anonymous, RESTAURANTS, { filter: { near: { lat: 52.5, lng: 13.4 }, radiusMeters: 50_001 } })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.radiusMeters',
    });
    expect(errorOf(await menu.query(anonymous, RESTAURANTS, { filter: { radiusMeters: 100 } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.near',
    });
  });
});

describe('listing by status (the approval queue)', () => {
  beforeEach(() => menu.setNow(MONDAY_NOON_UTC));
  const namesAs = async (identity: typeof admin, filter: Record<string, unknown>) =>
    ok(await menu.query(identity, RESTAURANTS, { filter, first: 100 })).restaurants.edges.map((e) => e.node);

  it('lets an admin list pending and suspended restaurants, combined with the other criteria', async () => {
    expect(await namesAs(admin, { status: 'PENDING_APPROVAL' })).toEqual([{ id: ids['pending'], name: 'Pending Pho', isOpen: false }]);
    expect(await namesAs(admin, { status: 'PENDING_APPROVAL', cuisine: 'Japanese' })).toEqual([]);
    // A pending restaurant is never open, whatever its hours say.
    expect(await namesAs(admin, { status: 'PENDING_APPROVAL', openNow: true })).toEqual([]);
    expect(await namesAs(admin, { status: 'ACTIVE' })).toHaveLength(4 + FILLERS);
  });

  it('moves a restaurant out of the queue once approved', async () => {
    const id = ok(await menu.query(partner, CREATE_RESTAURANT, { input: restaurantInput({ name: 'Queued Udon' }) })).createRestaurant.id;
    expect((await namesAs(admin, { status: 'PENDING_APPROVAL' })).map((r) => r.id)).toEqual([ids['pending'], id]);
    ok(await menu.query(admin, APPROVE, { id }));
    ok(await menu.query(admin, SUSPEND, { id, reason: 'Hygiene inspection' }));
    expect((await namesAs(admin, { status: 'PENDING_APPROVAL' })).map((r) => r.id)).toEqual([ids['pending']]);
    expect((await namesAs(admin, { status: 'SUSPENDED' })).map((r) => r.name)).toEqual(['Queued Udon']);
  });

  it('refuses other statuses to everyone but admins, even the owner', async () => {
    for (const status of ['PENDING_APPROVAL', 'SUSPENDED']) {
      expect(errorOf(await menu.query(partner, RESTAURANTS, { filter: { status } })).code).toBe('FORBIDDEN');
      expect(errorOf(await menu.query(user('CUSTOMER'), RESTAURANTS, { filter: { status } })).code).toBe('FORBIDDEN');
      expect(errorOf(await menu.query(anonymous, RESTAURANTS, { filter: { status } })).code).toBe('UNAUTHENTICATED');
    }
    expect(await names({ status: 'ACTIVE' })).toHaveLength(4 + FILLERS);
  });
});

describe('listing pagination', () => {
  beforeEach(() => menu.setNow(MONDAY_NOON_UTC));

  async function pageThrough(filter: Record<string, unknown>, first: number): Promise<{ ids: string[]; pages: number }> {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { restaurants }: { restaurants: RestaurantPageView } = ok(await menu.query(anonymous, RESTAURANTS, { filter, first, after }));
      pages += 1;
      seen.push(...restaurants.edges.map((e) => e.node.id));
      if (restaurants.edges.length) expect(restaurants.pageInfo.endCursor).toBe(restaurants.edges.at(-1)!.cursor);
      if (!restaurants.pageInfo.hasNextPage) break;
      expect(restaurants.edges).toHaveLength(first);
      after = restaurants.pageInfo.endCursor;
    }
    return { ids: seen, pages };
  }

  it('pages through every restaurant exactly once, in id order', async () => {
    const { ids: paged, pages } = await pageThrough({}, 4);
    expect(pages).toBe(4);
    expect(new Set(paged).size).toBe(4 + FILLERS);
    expect([...paged].sort()).toEqual(paged);
  });

  it('fills pages when filters are checked in code', async () => {
    const { ids: paged } = await pageThrough({ near: { lat: 52.52, lng: 13.405 } }, 1);
    expect(paged).toEqual([ids['pho'], ids['sushi']]);
  });

  it('keeps reading in rounds until a page is full when most rows fail the exact check', async () => {
    // Two rows per round forces several rounds past the Pizza places that have no hours.
    const listing = new RestaurantListingService(menu.dataSource, 2);
    const criteria = { openNow: true as const };
    const now = new Date(MONDAY_NOON_UTC);
    const first = await listing.page({ kind: 'anonymous' }, criteria, 1, null, now);
    expect(first.items.map((r) => r.name)).toEqual(['Pho Hanoi']);
    expect(first.hasNextPage).toBe(true);
    const second = await listing.page({ kind: 'anonymous' }, criteria, 1, first.items[0].id, now);
    expect(second.items.map((r) => r.name)).toEqual(['Curry Corner']);
    expect(second.hasNextPage).toBe(false);
  });

  it('returns an empty last page with a null end cursor', async () => {
    const { restaurants } = ok(await menu.query(anonymous, RESTAURANTS, { filter: { cuisine: 'Thai' } }));
    expect(restaurants).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it.each([0, -1, 101])('refuses first = %p naming first', async (first) => {
    expect(errorOf(await menu.query(anonymous, RESTAURANTS, { first }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('refuses a cursor it did not issue naming after', async () => {
    expect(errorOf(await menu.query(anonymous, RESTAURANTS, { after: 'garbage' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });
});
