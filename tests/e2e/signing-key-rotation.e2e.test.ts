import { dataOf, errorCodes, loginAdmin, signUp, startSupergraph, type TestSupergraph } from '@foodgraph/testing';

/*
 * Issue 17, item 7: foodgraph's own signing keys rotate. `rotateSigningKey` (admin) makes the
 * next key — published ahead, so the router already holds it — sign new tokens; tokens of the
 * previous key keep working until they expire, and it stays in the JWKS until then; keys live in
 * the users database, so a second replica's ring follows (here: a reload, as its worker does).
 */

const ROTATE = 'mutation RotateSigningKey { rotateSigningKey { kid activatedAt previousKid } }';
const ME = 'query Me { me { id } }';

let sg: TestSupergraph;

beforeAll(async () => {
  // Only users: tokens, keys and the router are all this needs.
  // Its JWKS refetches on unknown kids are an hour apart: a rotated-to key verifies only
  // because the router fetched it ahead, as the next key.
  sg = await startSupergraph({ only: ['users'], router: { jwksMinRefetchIntervalMs: 3_600_000 } });
});
afterAll(() => sg?.stop());

const kidOf = (token: string): string =>
  (JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf8')) as { kid: string }).kid;
const jwks = async (): Promise<string[]> => {
  const res = await fetch(new URL('/.well-known/jwks.json', sg.stack.subgraphs['users'].url));
  return ((await res.json()) as { keys: { kid: string }[] }).keys.map((k) => k.kid);
};

it('refuses rotateSigningKey to anyone but an admin', async () => {
  const customer = await signUp(sg, 'CUSTOMER');
  expect(errorCodes(await sg.query(ROTATE, { token: customer.token }))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await sg.query(ROTATE))).toEqual(['UNAUTHENTICATED']);
});

it('signs new tokens with the published next key while tokens of the previous key keep working', async () => {
  const admin = await loginAdmin(sg);
  const before = await signUp(sg, 'CUSTOMER');
  // The router has fetched the JWKS for these tokens already, next key included.
  expect(dataOf(await sg.query<{ me: { id: string } }>(ME, { token: before.token }), 'me').me.id).toBe(before.id);
  const oldKid = kidOf(before.token);
  const publishedBefore = await jwks();
  expect(publishedBefore[0]).toBe(oldKid);
  expect(publishedBefore).toHaveLength(2);

  const rotation = dataOf(
    await sg.query<{ rotateSigningKey: { kid: string; previousKid: string } }>(ROTATE, { token: admin.token }),
    'rotateSigningKey',
  ).rotateSigningKey;
  expect(rotation.previousKid).toBe(oldKid);
  // The key that now signs was the published next key.
  expect(publishedBefore).toContain(rotation.kid);

  const after = await signUp(sg, 'CUSTOMER');
  expect(kidOf(after.token)).toBe(rotation.kid);
  expect(dataOf(await sg.query<{ me: { id: string } }>(ME, { token: after.token }), 'me').me.id).toBe(after.id);
  expect(dataOf(await sg.query<{ me: { id: string } }>(ME, { token: before.token }), 'me').me.id).toBe(before.id);
  // Signing key, a new next key, and the retired one until its tokens have expired.
  const publishedAfter = await jwks();
  expect(publishedAfter[0]).toBe(rotation.kid);
  expect(publishedAfter).toContain(oldKid);
  expect(publishedAfter).toHaveLength(3);
});
