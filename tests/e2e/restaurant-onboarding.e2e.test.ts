import { errorCodes, loginAdmin, signUp, startSupergraph, type SignedIn, type TestSupergraph } from '@foodgraph/testing';

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7].map((dayOfWeek) => ({ dayOfWeek, opens: '00:00', closes: '23:59' }));
const restaurantInput = (name: string) => ({
  name,
  description: 'Handmade noodles',
  cuisines: ['chinese'],
  address: { line1: 'Main St 1', city: 'Springfield', postalCode: '12345', location: { lat: 40.0, lng: -75.0 } },
  openingHours: EVERY_DAY,
  deliveryFee: 250,
  minimumOrder: 1200,
  currency: 'EUR',
});

describe('restaurant onboarding through the router', () => {
  let sg: TestSupergraph;
  let admin: SignedIn;
  let partner: SignedIn;

  beforeAll(async () => {
    sg = await startSupergraph();
    admin = await loginAdmin(sg);
    partner = await signUp(sg, 'PARTNER', 'Noodle Nora');
  });
  afterAll(() => sg?.stop());

  it('shows an approved restaurant with its owner and priced menu to an anonymous client in one query', async () => {
    const created = await sg.query<{ createRestaurant: { id: string; status: string } }>(
      'mutation($input: CreateRestaurantInput!) { createRestaurant(input: $input) { id status } }',
      { token: partner.token, variables: { input: restaurantInput('Noodle Bar') } },
    );
    expect(created.errors).toBeUndefined();
    const restaurantId = created.data!.createRestaurant.id;
    expect(created.data!.createRestaurant.status).toBe('PENDING_APPROVAL');

    // Not public before approval.
    const hidden = await sg.query<{ restaurant: unknown }>('query($id: ID!) { restaurant(id: $id) { id } }', {
      variables: { id: restaurantId },
    });
    expect(hidden.data!.restaurant).toBeNull();

    const approved = await sg.query<{ approveRestaurant: { status: string } }>(
      'mutation($id: ID!) { approveRestaurant(id: $id) { status } }',
      {
        token: admin.token,
        variables: { id: restaurantId },
      },
    );
    expect(approved.data!.approveRestaurant.status).toBe('ACTIVE');

    const category = await sg.query<{ createMenuCategory: { id: string } }>(
      'mutation($r: ID!) { createMenuCategory(restaurantId: $r, name: "Noodles", position: 1) { id } }',
      { token: partner.token, variables: { r: restaurantId } },
    );
    const categoryId = category.data!.createMenuCategory.id;
    for (const [name, price] of [
      ['Dan dan noodles', 1150],
      ['Wonton soup', 890],
    ] as const) {
      const item = await sg.query('mutation($input: MenuItemInput!) { createMenuItem(input: $input) { id } }', {
        token: partner.token,
        variables: { input: { restaurantId, categoryId, name, price } },
      });
      expect(item.errors).toBeUndefined();
    }

    const listing = await sg.query<{
      restaurants: {
        edges: {
          node: {
            id: string;
            name: string;
            isOpen: boolean;
            owner: { name: string };
            menu: { name: string; price: { amount: number; currency: string } }[];
          };
        }[];
      };
    }>(
      `{ restaurants(first: 10) { edges { node { id name isOpen owner { name } categories { name items { name } } menu { name price { amount currency } } } } } }`,
    );
    expect(listing.errors).toBeUndefined();
    const node = listing.data!.restaurants.edges.map((e) => e.node).find((n) => n.id === restaurantId)!;
    expect(node).toMatchObject({ name: 'Noodle Bar', isOpen: true, owner: { name: 'Noodle Nora' } });
    expect(node.menu.map((m) => [m.name, m.price.amount, m.price.currency]).sort()).toEqual([
      ['Dan dan noodles', 1150, 'EUR'],
      ['Wonton soup', 890, 'EUR'],
    ]);

    // The partner sees their restaurant through the users subgraph's User entity.
    const me = await sg.query<{ me: { restaurants: { id: string }[] } }>('{ me { name restaurants { id name } } }', {
      token: partner.token,
    });
    expect(me.data!.me.restaurants.map((r) => r.id)).toContain(restaurantId);
  });

  it('refuses anonymous, customer and foreign-partner writes with the right codes', async () => {
    const customer = await signUp(sg, 'CUSTOMER');
    const otherPartner = await signUp(sg, 'PARTNER');
    const create = 'mutation($input: CreateRestaurantInput!) { createRestaurant(input: $input) { id } }';

    expect(errorCodes(await sg.query(create, { variables: { input: restaurantInput('Anon') } }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await sg.query(create, { token: customer.token, variables: { input: restaurantInput('Cust') } }))).toEqual([
      'FORBIDDEN',
    ]);

    const own = await sg.query<{ createRestaurant: { id: string } }>(create, {
      token: partner.token,
      variables: { input: restaurantInput('Mine') },
    });
    const id = own.data!.createRestaurant.id;
    expect(
      errorCodes(await sg.query('mutation($id: ID!) { approveRestaurant(id: $id) { id } }', { token: customer.token, variables: { id } })),
    ).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(await sg.query('mutation($id: ID!) { approveRestaurant(id: $id) { id } }', { token: partner.token, variables: { id } })),
    ).toEqual(['FORBIDDEN']);
    const foreignEdit = await sg.query('mutation($id: ID!) { updateRestaurant(id: $id, input: { name: "Hijacked" }) { id } }', {
      token: otherPartner.token,
      variables: { id },
    });
    expect(errorCodes(foreignEdit)).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query('{ users { id } }', { token: customer.token }))).toEqual(['FORBIDDEN']);
  });

  it('names the offending field of invalid input', async () => {
    const bad = await sg.query('mutation($input: CreateRestaurantInput!) { createRestaurant(input: $input) { id } }', {
      token: partner.token,
      variables: { input: { ...restaurantInput('Bad'), deliveryFee: -5 } },
    });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0].extensions!['field']).toBe('input.deliveryFee');

    const weak = await sg.query(
      'mutation { register(input: { email: "weak@test.foodgraph", password: "short", name: "W" }) { accessToken } }',
    );
    expect(errorCodes(weak)).toEqual(['BAD_USER_INPUT']);
    expect(weak.errors![0].extensions!['field']).toBe('input.password');

    const email = await sg.query(
      'mutation { register(input: { email: "not-an-email", password: "long-enough-password", name: "E" }) { accessToken } }',
    );
    expect(errorCodes(email)).toEqual(['BAD_USER_INPUT']);
    expect(email.errors![0].extensions!['field']).toBe('input.email');
  });
});
