import { cpfWithCheckDigits } from '@foodgraph/users';
import type { RequestOptions } from '@foodgraph/stack';
import { TEST_ADMIN, type TestSupergraph } from './start-supergraph';

export type Role = 'CUSTOMER' | 'PARTNER' | 'COURIER' | 'ADMIN';

export interface SignedIn {
  id: string;
  email: string;
  token: string;
}

const AUTH_FIELDS = 'accessToken user { id email role }';
let counter = 0;

function assertData<T>(result: { data?: T | null; errors?: unknown }, what: string): T {
  if (!result.data) throw new Error(`${what} failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** Signs in with email and password through the router. */
export async function login(sg: TestSupergraph, email: string, password: string): Promise<SignedIn> {
  const r = await sg.query<{ login: { accessToken: string; user: { id: string } } }>(
    `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { ${AUTH_FIELDS} } }`,
    { variables: { email, password } },
  );
  const { login: auth } = assertData(r, `login ${email}`);
  return { id: auth.user.id, email, token: auth.accessToken };
}

const adminSessions = new WeakMap<TestSupergraph, Promise<SignedIn>>();

/**
 * The bootstrap admin, signed in once per supergraph: every login costs a deliberately slow
 * password hash, and tests create staff and approve restaurants through the admin a lot.
 */
export function loginAdmin(sg: TestSupergraph): Promise<SignedIn> {
  let session = adminSessions.get(sg);
  if (!session) {
    session = login(sg, TEST_ADMIN.email, TEST_ADMIN.password);
    // A failed login is not kept: the next call tries again.
    session.catch(() => adminSessions.delete(sg));
    adminSessions.set(sg, session);
  }
  return session;
}

/**
 * A fresh account of `role`: customers register themselves, the other roles are created by
 * the bootstrap admin, exactly as the platform's users would do it.
 */
export async function signUp(
  sg: TestSupergraph,
  role: Role,
  name = `${role.toLowerCase()} ${++counter}`,
  /** A customer's CPF (`RegisterInput.document`), e.g. `freshCpf()`. */
  extra: { document?: string } = {},
): Promise<SignedIn> {
  const email = `${role.toLowerCase()}-${Date.now()}-${++counter}@test.foodgraph`;
  const password = 'correct-horse-battery';
  if (role === 'CUSTOMER') {
    const r = await sg.query<{ register: { accessToken: string; user: { id: string } } }>(
      `mutation($input: RegisterInput!) { register(input: $input) { ${AUTH_FIELDS} } }`,
      { variables: { input: { email, password, name, ...extra } } },
    );
    const { register } = assertData(r, `register ${email}`);
    return { id: register.user.id, email, token: register.accessToken };
  }
  const admin = await loginAdmin(sg);
  const r = await sg.query(`mutation($input: CreateStaffInput!) { createStaffAccount(input: $input) { id } }`, {
    token: admin.token,
    variables: { input: { email, password, name, role } },
  });
  assertData(r, `createStaffAccount ${role}`);
  return login(sg, email, password);
}

/**
 * A guest customer (`startGuestSession`): no email, no password, so no deliberately slow
 * password hash either, which makes it the way to get many customers quickly.
 */
export async function startGuest(sg: TestSupergraph, name = `guest ${++counter}`): Promise<SignedIn> {
  const r = await sg.query<{ startGuestSession: { accessToken: string; user: { id: string } } }>(
    `mutation($name: String) { startGuestSession(name: $name) { accessToken user { id } } }`,
    { variables: { name } },
  );
  const { startGuestSession: auth } = assertData(r, `startGuestSession ${name}`);
  return { id: auth.user.id, email: '', token: auth.accessToken };
}

/**
 * A valid CPF (check digits right) that no other call in this process returns: nine digits
 * from a random start and a counter, so test files sharing a stack do not collide either.
 */
export function freshCpf(): string {
  const start = 100_000_000 + Math.floor(Math.random() * 800_000_000);
  return cpfWithCheckDigits(String(start + ++counter).slice(0, 9));
}

/**
 * A kiosk session (`identifyCustomer`) for the customer registered with CPF `document`; its
 * token is a kiosk token. `options.headers` sets the client address (`x-forwarded-for`) for
 * rate-limit tests.
 */
export async function identifyCustomer(
  sg: TestSupergraph,
  document: string,
  options: Pick<RequestOptions, 'headers'> = {},
): Promise<SignedIn> {
  const r = await sg.query<{ identifyCustomer: { accessToken: string; user: { id: string } } }>(
    `mutation($document: String!) { identifyCustomer(document: $document) { accessToken user { id } } }`,
    { variables: { document }, ...options },
  );
  const { identifyCustomer: auth } = assertData(r, `identifyCustomer ${document}`);
  return { id: auth.user.id, email: '', token: auth.accessToken };
}
