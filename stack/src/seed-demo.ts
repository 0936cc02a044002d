import { DEMO_LOGINS, DEMO_RESTAURANTS } from './demo-data';
import { postGraphQL } from './graphql-client';

export { DEMO_LOGINS };

export type SeedResult = 'seeded' | 'already-seeded';

/**
 * Seeds the demo data set through the router's public API, as real users would create it,
 * unless it is there already (the demo partner can sign in). The admin must exist already
 * (the users subgraph bootstraps it from FOODGRAPH_ADMIN_EMAIL/PASSWORD).
 */
export async function seedDemoData(routerUrl: string): Promise<SeedResult> {
  const call = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    const r = await postGraphQL<T>(routerUrl, query, { variables, ...(token ? { token } : {}) });
    if (!r.data || r.errors?.length) throw new Error(`demo seed failed: ${JSON.stringify(r.errors)}`);
    return r.data;
  };
  const login = async (who: { email: string; password: string }) =>
    (
      await call<{ login: { accessToken: string } }>(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
        { e: who.email, p: who.password },
      )
    ).login.accessToken;

  const probe = await postGraphQL(routerUrl, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', {
    variables: { e: DEMO_LOGINS.partner.email, p: DEMO_LOGINS.partner.password },
  });
  if (probe.data) return 'already-seeded';

  const admin = await login(DEMO_LOGINS.admin);
  for (const role of ['PARTNER', 'COURIER'] as const) {
    const who = role === 'PARTNER' ? DEMO_LOGINS.partner : DEMO_LOGINS.courier;
    await call('mutation($input: CreateStaffInput!) { createStaffAccount(input: $input) { id } }', { input: { ...who, role } }, admin);
  }
  await call('mutation($input: RegisterInput!) { register(input: $input) { accessToken } }', { input: DEMO_LOGINS.customer });

  const partner = await login(DEMO_LOGINS.partner);
  for (const restaurant of DEMO_RESTAURANTS) {
    const { createRestaurant } = await call<{ createRestaurant: { id: string } }>(
      'mutation($input: CreateRestaurantInput!) { createRestaurant(input: $input) { id } }',
      { input: restaurant.input },
      partner,
    );
    const restaurantId = createRestaurant.id;
    for (const [position, category] of restaurant.categories.entries()) {
      const { createMenuCategory } = await call<{ createMenuCategory: { id: string } }>(
        'mutation($r: ID!, $n: String!, $p: Int) { createMenuCategory(restaurantId: $r, name: $n, position: $p) { id } }',
        { r: restaurantId, n: category.name, p: position },
        partner,
      );
      for (const item of category.items) {
        await call(
          'mutation($input: MenuItemInput!) { createMenuItem(input: $input) { id } }',
          { input: { ...item, restaurantId, categoryId: createMenuCategory.id } },
          partner,
        );
      }
    }
    await call('mutation($id: ID!) { approveRestaurant(id: $id) { id } }', { id: restaurantId }, admin);
  }
  return 'seeded';
}
