import { anonymous, ok, startMenu, user, type MenuHarness } from './support/menu-harness';
import {
  APPROVE,
  CREATE_CATEGORY,
  CREATE_ITEM,
  CREATE_RESTAURANT,
  RESTAURANT,
  RESTAURANTS,
  restaurantInput,
} from './support/menu-operations';

// `npm start` without servers runs on PGlite; the SQL of the listing must work there too.
describe('menu on the embedded database (PGlite)', () => {
  let menu: MenuHarness;
  beforeAll(async () => {
    menu = await startMenu({ database: 'pglite' });
  });
  afterAll(() => menu.stop());

  it('runs the whole onboarding and every listing filter', async () => {
    const partner = user('PARTNER');
    const id = ok(await menu.query(partner, CREATE_RESTAURANT, { input: restaurantInput() })).createRestaurant.id;
    ok(await menu.query(user('ADMIN'), APPROVE, { id }));
    const categoryId = ok(await menu.query(partner, CREATE_CATEGORY, { restaurantId: id, name: 'Soups' })).createMenuCategory.id;
    ok(await menu.query(partner, CREATE_ITEM, { input: { restaurantId: id, categoryId, name: 'Pho bo', price: 1290 } }));

    const filter = { search: 'noodle', cuisine: 'VIETNAMESE', openNow: true, near: { lat: 52.52, lng: 13.405 }, radiusMeters: 3000 };
    const { restaurants } = ok(await menu.query(anonymous, RESTAURANTS, { filter, first: 5 }));
    expect(restaurants.edges.map((e) => e.node.id)).toEqual([id]);
    const restaurant = ok(await menu.query(anonymous, RESTAURANT, { id })).restaurant!;
    expect(restaurant.categories[0].items.map((i) => i.name)).toEqual(['Pho bo']);
  });
});
