import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DocumentNode } from 'graphql';
import { CreateCourierDocument, CreateStaffAccountDocument, LoginDocument, RegisterDocument } from '../../../schema/generated/graphql';
import {
  createDemoRestaurant,
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

export interface Account extends SignedIn {
  password: string;
}

export interface Accounts {
  customer: Account;
  partner: Account;
  courier: Account;
  admin: Account;
}

/** The password every account of createAccounts has. */
export const TEST_PASSWORD = 'correct-horse-battery';
let counter = 0;

/**
 * One operation of the persisted-query list by id, as the app sends it: works against a router
 * in safelist mode too, where a query text is refused.
 */
async function persisted<Data>(sg: TestSupergraph, document: DocumentNode, variables: object, token?: string): Promise<Data> {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  const res = await fetch(sg.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ documentId: `sha256:${hash}`, variables }),
  });
  const body = (await res.json()) as { data?: Data; errors?: unknown };
  if (!body.data) throw new Error(`persisted operation failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function signInPersisted(sg: TestSupergraph, email: string, password: string): Promise<Account> {
  const { login } = await persisted<{ login: { accessToken: string; user: { id: string } } }>(sg, LoginDocument, { email, password });
  return { id: login.user.id, email, token: login.accessToken, password };
}

/**
 * One fresh account per role, made the way the app's people make them (persisted operations
 * only, so it works in safelist mode): the customer registers, the admin creates the partner
 * and the courier, and gives the courier a courier profile so it can go online.
 */
export async function createAccounts(sg: TestSupergraph): Promise<Accounts> {
  const tag = `${Date.now()}-${++counter}`;
  const email = (role: string) => `${role}-${tag}@test.foodgraph`;
  // Signed in afresh for each call: a test may run with access tokens that live a second or two.
  const asAdmin = async () => (await signInPersisted(sg, TEST_ADMIN.email, TEST_ADMIN.password)).token;
  const createStaff = async (role: 'PARTNER' | 'COURIER') => {
    const input = { name: `${role.toLowerCase()} ${tag}`, email: email(role.toLowerCase()), password: TEST_PASSWORD, role };
    await persisted(sg, CreateStaffAccountDocument, { input }, await asAdmin());
    return signInPersisted(sg, email(role.toLowerCase()), TEST_PASSWORD);
  };
  // The three accounts side by side: each is a few password hashes and round trips, and every
  // browser test file makes a set before its first test.
  const [{ register }, partner, courier] = await Promise.all([
    persisted<{ register: { accessToken: string; user: { id: string } } }>(sg, RegisterDocument, {
      input: { name: `Customer ${tag}`, email: email('customer'), password: TEST_PASSWORD },
    }),
    createStaff('PARTNER'),
    createStaff('COURIER'),
  ]);
  const customer = { id: register.user.id, email: email('customer'), token: register.accessToken, password: TEST_PASSWORD };
  const courierProfile = { input: { userId: courier.id, name: 'Test Courier', vehicle: 'BICYCLE' } };
  const [, admin] = await Promise.all([
    (async () => persisted(sg, CreateCourierDocument, courierProfile, await asAdmin()))(),
    signInPersisted(sg, TEST_ADMIN.email, TEST_ADMIN.password),
  ]);
  return { customer, partner, courier, admin };
}

/** An approved restaurant of `partner` with a small menu (through the API: the screens under test come later). */
export function openRestaurant(sg: TestSupergraph, partner: SignedIn, spec: DemoRestaurantSpec): Promise<DemoRestaurant> {
  return createDemoRestaurant(sg, partner, spec);
}
