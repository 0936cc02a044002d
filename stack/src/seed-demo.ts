import { DEMO_LOGINS, DEMO_RESTAURANTS } from './demo-data';
import { postGraphQL } from './graphql-client';

export { DEMO_LOGINS };

export type SeedResult = 'seeded' | 'already-seeded';

export interface SeedOptions {
  /**
   * The admin the seed signs in as: the one the users subgraph bootstrapped from
   * FOODGRAPH_ADMIN_EMAIL/PASSWORD (an operator's own admin), else the demo admin.
   * @default DEMO_LOGINS.admin
   */
  admin?: { email: string; password: string };
}

/**
 * Seeds the demo data set through the router's public API, as real users would create it,
 * unless it is there already (the demo partner can sign in). The admin must exist already
 * (the users subgraph bootstraps it from FOODGRAPH_ADMIN_EMAIL/PASSWORD). The demo courier
 * gets a courier profile, also when an older seed made the account without one.
 */
export async function seedDemoData(routerUrl: string, options: SeedOptions = {}): Promise<SeedResult> {
  const adminLogin = options.admin ?? DEMO_LOGINS.admin;
  const call = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    const r = await postGraphQL<T>(routerUrl, query, { variables, ...(token ? { token } : {}) });
    if (!r.data || r.errors?.length) throw new Error(`demo seed failed: ${JSON.stringify(r.errors)}`);
    return r.data;
  };
  /** A COURIER account only takes deliveries with a courier profile (delivery subgraph). */
  const createCourier = (userId: string, adminToken: string) =>
    call(
      'mutation($input: CreateCourierInput!) { createCourier(input: $input) { id } }',
      { input: { userId, name: DEMO_LOGINS.courier.name, vehicle: 'BICYCLE' } },
      adminToken,
    );
  const ensureCourierProfile = async (adminToken: () => Promise<string>) => {
    const courier = await postGraphQL<{ login: { accessToken: string; user: { id: string } } }>(
      routerUrl,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken user { id } } }',
      { variables: { e: DEMO_LOGINS.courier.email, p: DEMO_LOGINS.courier.password } },
    );
    if (!courier.data) return; // the demo courier's password was changed: not ours to touch
    const { myCourierProfile } = await call<{ myCourierProfile: { id: string } | null }>(
      '{ myCourierProfile { id } }',
      {},
      courier.data.login.accessToken,
    );
    if (!myCourierProfile) await createCourier(courier.data.login.user.id, await adminToken());
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
  const signInAsAdmin = async () => {
    try {
      return await login(adminLogin);
    } catch (err) {
      throw new Error(
        `demo seed: cannot sign in as the admin ${adminLogin.email} (FOODGRAPH_ADMIN_EMAIL/FOODGRAPH_ADMIN_PASSWORD; ` +
          `an admin created earlier keeps its first password): ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  };
  if (probe.data) {
    await ensureCourierProfile(signInAsAdmin);
    return 'already-seeded';
  }

  const admin = await signInAsAdmin();
  await call(
    'mutation($input: CreateStaffInput!) { createStaffAccount(input: $input) { id } }',
    { input: { ...DEMO_LOGINS.partner, role: 'PARTNER' } },
    admin,
  );
  const { createStaffAccount: courier } = await call<{ createStaffAccount: { id: string } }>(
    'mutation($input: CreateStaffInput!) { createStaffAccount(input: $input) { id } }',
    { input: { ...DEMO_LOGINS.courier, role: 'COURIER' } },
    admin,
  );
  await createCourier(courier.id, admin);
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
