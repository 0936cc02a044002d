import { cpfWithCheckDigits } from '../src/domain/cpf';
import { ADMIN, firstError, startUsersHarness, type UsersHarness } from './support/users-harness';
import { AUTH_FIELDS, LOGIN, ME, REFRESH, REGISTER, type AuthResultData } from './support/operations';

let h: UsersHarness;
beforeAll(async () => {
  h = await startUsersHarness();
});
afterAll(async () => {
  await h?.stop();
});

const IDENTIFY = `mutation ($document: String!) { identifyCustomer(document: $document) { ${AUTH_FIELDS} } }`;
const DOCUMENT_OF = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on User { id document } } }`;
const CPF = cpfWithCheckDigits('529982247');
const punctuated = (cpf: string) => `${cpf.slice(0, 3)}.${cpf.slice(3, 6)}.${cpf.slice(6, 9)}-${cpf.slice(9)}`;

const register = (input: Record<string, unknown>) =>
  h.call<{ register: AuthResultData & { user: { document: string | null } } }>(REGISTER.replace('user { ', 'user { document '), {
    input: { password: 'a long password', name: 'Maria Silva', ...input },
  });
const identify = (document: string) => h.call<{ identifyCustomer: AuthResultData }>(IDENTIFY, { document });
const signIn = async (email: string, password: string) =>
  h.identityOf((await h.call<{ login: AuthResultData }>(LOGIN, { email, password })).data!.login.accessToken);

describe('CPF documents and kiosk sessions in the users subgraph', () => {
  let customerId: string;

  beforeAll(async () => {
    const reg = await register({ email: 'maria@example.com', document: punctuated(CPF) });
    expect(reg.errors).toBeUndefined();
    customerId = reg.data!.register.user.id;
    // The person registering sees the document they gave, normalized to its digits.
    expect(reg.data!.register.user.document).toBe(CPF);
  });

  it('refuses a CPF with wrong check digits on input.document, and a taken one as CONFLICT on input.document', async () => {
    expect(firstError(await register({ email: 'bad@example.com', document: '529.982.247-24' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.document',
    });
    expect(firstError(await register({ email: 'twin@example.com', document: CPF }))).toMatchObject({
      code: 'CONFLICT',
      field: 'input.document',
    });
  });

  it('shows the document to its user and admins, null to anyone else', async () => {
    const reps = [{ __typename: 'User', id: customerId }];
    const seen = async (identity: Awaited<ReturnType<typeof signIn>>) =>
      (await h.call<{ _entities: { document: string | null }[] }>(DOCUMENT_OF, { reps }, identity)).data!._entities[0].document;
    await register({ email: 'other@example.com' });
    expect(await seen(await signIn('maria@example.com', 'a long password'))).toBe(CPF);
    expect(await seen(await signIn(ADMIN.email, ADMIN.password))).toBe(CPF);
    expect(await seen(await signIn('other@example.com', 'a long password'))).toBeNull();
  });

  it('opens a kiosk session of at most 15 minutes whose payload hides the contact details', async () => {
    const res = await identify(CPF);
    expect(res.errors).toBeUndefined();
    const session = res.data!.identifyCustomer;
    expect(session.user).toMatchObject({ id: customerId, name: 'Maria Silva', email: null, phone: null });
    expect(new Date(session.expiresAt).getTime()).toBeLessThanOrEqual(Date.now() + 15 * 60_000 + 1000);
    const identity = await h.identityOf(session.accessToken);
    expect(identity).toEqual({ kind: 'kiosk', userId: customerId, kioskSessionId: expect.any(String) });

    expect(firstError(await h.call(ME, {}, identity))).toMatchObject({ code: 'FORBIDDEN' });
    // Its refresh token exists (the contract's payload has one) but cannot extend the session.
    expect(firstError(await h.call(REFRESH, { token: session.refreshToken }))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses a disabled customer FORBIDDEN, and identifies them again once enabled', async () => {
    const cpf = cpfWithCheckDigits('123456789');
    const reg = await register({ email: 'disabled@example.com', document: cpf });
    const admin = await signIn(ADMIN.email, ADMIN.password);
    const setDisabled = (disabled: boolean) =>
      h.call(
        'mutation ($id: ID!, $d: Boolean!) { setUserDisabled(userId: $id, disabled: $d) { id } }',
        { id: reg.data!.register.user.id, d: disabled },
        admin,
      );
    expect((await setDisabled(true)).errors).toBeUndefined();
    expect(firstError(await identify(cpf))).toMatchObject({ code: 'FORBIDDEN' });
    expect((await setDisabled(false)).errors).toBeUndefined();
    expect((await identify(cpf)).errors).toBeUndefined();
  });

  it('answers NOT_FOUND for a valid CPF nobody registered and BAD_USER_INPUT on document for a malformed one', async () => {
    expect(firstError(await identify(cpfWithCheckDigits('111444777')))).toMatchObject({ code: 'NOT_FOUND' });
    expect(firstError(await identify('111.111.111-11'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'document' });
    expect(firstError(await identify('12345'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'document' });
  });
});
