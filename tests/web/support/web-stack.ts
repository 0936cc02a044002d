import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  createDemoRestaurant,
  loginAdmin,
  signUp,
  startSupergraph,
  TEST_ADMIN,
  type DemoRestaurant,
  type DemoRestaurantSpec,
  type SignedIn,
  type TestSupergraph,
  type TestSupergraphOptions,
} from '@foodgraph/testing';

export const WEB_DIST = resolve(__dirname, '../../../web/dist');

/** The tests drive the app `npm run build` made; a test run that comes first builds it. */
export function ensureWebBuilt(): void {
  if (existsSync(join(WEB_DIST, 'index.html'))) return;
  const built = spawnSync('npm', ['run', 'build', '-w', 'web'], { cwd: resolve(__dirname, '../../..'), encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`web build failed: ${built.stdout}\n${built.stderr}`);
}

export interface WebStackOptions extends TestSupergraphOptions {
  /** The router allows the persisted-query list only, as a production router may. */
  safelist?: boolean;
}

/**
 * The whole platform on port 0 with the built app served by the router at `/` (same origin,
 * as in production), maps without tiles (no network here: the app draws on a plain background).
 */
export async function startWebStack(options: WebStackOptions = {}): Promise<TestSupergraph> {
  ensureWebBuilt();
  const { safelist, router, ...rest } = options;
  return startSupergraph({
    ...rest,
    router: {
      ...router,
      webApp: { dir: WEB_DIST, mapTiles: null },
      ...(safelist ? { persistedQueries: { mode: 'safelist' } } : {}),
    },
  });
}

export interface Accounts {
  customer: SignedIn & { password: string };
  partner: SignedIn & { password: string };
  courier: SignedIn & { password: string };
  admin: SignedIn & { password: string };
}

/** The password signUp gives every account (testing/src/accounts.ts). */
export const TEST_PASSWORD = 'correct-horse-battery';

/** One fresh account per role; the courier with a courier profile, so it can go online. */
export async function createAccounts(sg: TestSupergraph): Promise<Accounts> {
  const [customer, partner, courier] = await Promise.all([signUp(sg, 'CUSTOMER'), signUp(sg, 'PARTNER'), signUp(sg, 'COURIER')]);
  const admin = await loginAdmin(sg);
  const profile = await sg.query(`mutation($input: CreateCourierInput!) { createCourier(input: $input) { id } }`, {
    token: admin.token,
    variables: { input: { userId: courier.id, name: 'Test Courier', vehicle: 'BICYCLE' } },
  });
  if (profile.errors) throw new Error(`createCourier: ${JSON.stringify(profile.errors)}`);
  return {
    customer: { ...customer, password: TEST_PASSWORD },
    partner: { ...partner, password: TEST_PASSWORD },
    courier: { ...courier, password: TEST_PASSWORD },
    admin: { ...admin, password: TEST_ADMIN.password },
  };
}

/** An approved restaurant of `partner` with a small menu (through the API: the screens under test come later). */
export function openRestaurant(sg: TestSupergraph, partner: SignedIn, spec: DemoRestaurantSpec): Promise<DemoRestaurant> {
  return createDemoRestaurant(sg, partner, spec);
}
