import { ADMIN, firstError, startUsersHarness, type UsersHarness } from './support/users-harness';
import { CREATE_STAFF, GUEST, LOGIN, ME, REGISTER, type AuthResultData, type UserResult } from './support/operations';

let h: UsersHarness;
beforeAll(async () => {
  h = await startUsersHarness();
});
afterAll(async () => {
  await h?.stop();
});

const register = (input: Record<string, unknown>) => h.call<{ register: AuthResultData }>(REGISTER, { input });

describe('registration and login', () => {
  it('registers a customer, logs in with any letter case and answers me', async () => {
    const reg = await register({
      email: 'Ann.Lee@Example.com',
      password: 'a long password',
      name: '  Ann  Lee ',
      phone: '+49 151 1234567',
    });
    expect(reg.errors).toBeUndefined();
    const registered = reg.data!.register;
    expect(registered.user).toMatchObject({
      email: 'ann.lee@example.com',
      name: 'Ann Lee',
      phone: '+491511234567',
      role: 'CUSTOMER',
      isGuest: false,
    });
    expect(new Date(registered.expiresAt).getTime()).toBeGreaterThan(Date.now());

    const login = await h.call<{ login: AuthResultData }>(LOGIN, { email: 'ANN.LEE@example.COM', password: 'a long password' });
    expect(login.errors).toBeUndefined();
    expect(login.data!.login.user.id).toBe(registered.user.id);

    const identity = await h.identityOf(login.data!.login.accessToken);
    expect(identity).toEqual({ kind: 'user', userId: registered.user.id, role: 'CUSTOMER', isGuest: false });
    const me = await h.call<{ me: UserResult }>(ME, {}, identity);
    expect(me.data!.me).toEqual(registered.user);
  });

  it('answers me with null when signed out', async () => {
    const me = await h.call<{ me: UserResult | null }>(ME);
    expect(me.errors).toBeUndefined();
    expect(me.data!.me).toBeNull();
  });

  it('refuses a weak password on input.password', async () => {
    const res = await register({ email: 'weak@example.com', password: 'short', name: 'Weak' });
    expect(firstError(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
  });

  it('refuses a malformed email on input.email', async () => {
    const res = await register({ email: 'not-an-email', password: 'a long password', name: 'Bad' });
    expect(firstError(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
  });

  it('refuses an empty name on input.name and a bad phone on input.phone', async () => {
    expect(firstError(await register({ email: 'n@example.com', password: 'a long password', name: '   ' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.name',
    });
    expect(firstError(await register({ email: 'p@example.com', password: 'a long password', name: 'P', phone: 'call me' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.phone',
    });
  });

  it('answers CONFLICT for an email that differs only in letter case', async () => {
    expect((await register({ email: 'dup@example.com', password: 'a long password', name: 'One' })).errors).toBeUndefined();
    expect(firstError(await register({ email: 'DUP@example.com', password: 'a long password', name: 'Two' }))).toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('lets exactly one of two racing registrations of the same email win', async () => {
    const results = await Promise.all(
      [1, 2, 3].map((n) => register({ email: 'race@example.com', password: 'a long password', name: `Racer ${n}` })),
    );
    expect(results.filter((r) => r.data?.register).length).toBe(1);
    expect(results.filter((r) => firstError(r).code === 'CONFLICT').length).toBe(2);
  });

  it('answers every failed login with the same UNAUTHENTICATED message', async () => {
    await register({ email: 'known@example.com', password: 'a long password', name: 'Known' });
    const wrongPassword = await h.call(LOGIN, { email: 'known@example.com', password: 'not the password' });
    const unknownEmail = await h.call(LOGIN, { email: 'nobody@example.com', password: 'a long password' });
    const garbage = await h.call(LOGIN, { email: 'garbage', password: 'x' });
    for (const res of [wrongPassword, unknownEmail, garbage]) expect(firstError(res).code).toBe('UNAUTHENTICATED');
    expect(firstError(unknownEmail).message).toBe(firstError(wrongPassword).message);
    expect(firstError(garbage).message).toBe(firstError(wrongPassword).message);
  });
});

describe('guests', () => {
  it('starts a guest customer session without email', async () => {
    const res = await h.call<{ startGuestSession: AuthResultData }>(GUEST, { name: 'Hungry' });
    expect(res.errors).toBeUndefined();
    const { user, accessToken } = res.data!.startGuestSession;
    expect(user).toMatchObject({ name: 'Hungry', email: null, role: 'CUSTOMER', isGuest: true });
    expect(await h.identityOf(accessToken)).toEqual({ kind: 'user', userId: user.id, role: 'CUSTOMER', isGuest: true });
  });

  it('calls a guest without a name "Guest"', async () => {
    const res = await h.call<{ startGuestSession: AuthResultData }>(GUEST, {});
    expect(res.data!.startGuestSession.user.name).toBe('Guest');
  });
});

describe('contact details', () => {
  it('shows email and phone to the user and admins but not to other users', async () => {
    const owner = (await register({ email: 'private@example.com', password: 'a long password', name: 'Private', phone: '+3312345678' }))
      .data!.register;
    const other = (await register({ email: 'nosy@example.com', password: 'a long password', name: 'Nosy' })).data!.register;
    const admin = (await h.call<{ login: AuthResultData }>(LOGIN, ADMIN)).data!.login;
    const query = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on User { id email phone } } }`;
    const reps = [{ __typename: 'User', id: owner.user.id }];
    const asOther = await h.call<{ _entities: UserResult[] }>(query, { reps }, await h.identityOf(other.accessToken));
    expect(asOther.data!._entities[0]).toEqual({ id: owner.user.id, email: null, phone: null });
    const asAdmin = await h.call<{ _entities: UserResult[] }>(query, { reps }, await h.identityOf(admin.accessToken));
    expect(asAdmin.data!._entities[0]).toEqual({ id: owner.user.id, email: 'private@example.com', phone: '+3312345678' });
    const anonymous = await h.call<{ _entities: UserResult[] }>(query, { reps });
    expect(anonymous.data!._entities[0].email).toBeNull();
  });
});

describe('users.user.registered', () => {
  it('is published through the outbox for registrations, guests, staff accounts and the bootstrap admin', async () => {
    const customer = (await register({ email: 'evented@example.com', password: 'a long password', name: 'Evented' })).data!.register.user;
    const guest = (await h.call<{ startGuestSession: AuthResultData }>(GUEST, { name: 'Evented guest' })).data!.startGuestSession.user;
    const admin = (await h.call<{ login: AuthResultData }>(LOGIN, ADMIN)).data!.login;
    const staff = await h.call<{ createStaffAccount: UserResult }>(
      CREATE_STAFF,
      { input: { email: 'courier@example.com', password: 'a long password', name: 'Carla', role: 'COURIER' } },
      await h.identityOf(admin.accessToken),
    );
    expect(staff.errors).toBeUndefined();
    const ids = [customer.id, guest.id, staff.data!.createStaffAccount.id, admin.user.id];
    await h.waitForEvents((events) => ids.every((id) => events.some((e) => (e.data as { userId: string }).userId === id)));
    const byUser = (id: string) => h.events.find((e) => (e.data as { userId: string }).userId === id)!;
    expect(byUser(customer.id)).toMatchObject({
      type: 'users.user.registered',
      version: 1,
      producer: 'users',
      data: { email: 'evented@example.com', role: 'CUSTOMER', isGuest: false },
    });
    expect(byUser(guest.id).data).toMatchObject({ email: null, role: 'CUSTOMER', isGuest: true, name: 'Evented guest' });
    expect(byUser(staff.data!.createStaffAccount.id).data).toMatchObject({ role: 'COURIER', email: 'courier@example.com' });
    expect(byUser(admin.user.id).data).toMatchObject({ role: 'ADMIN', email: ADMIN.email });
  });
});
