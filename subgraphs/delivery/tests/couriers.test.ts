import { uuidv7 } from '@foodgraph/platform/ids';
import { DeliveryHarness, user } from './support/delivery-harness';
import {
  ACCEPT,
  COURIERS,
  CREATE_COURIER,
  DELETE_COURIER,
  errorOf,
  MY_PROFILE,
  ok,
  SET_AVAILABILITY,
  UPDATE_COURIER,
  UPDATE_LOCATION,
  type CourierResult,
} from './support/operations';
import { acceptedOrder, north, offeredTo, seedCourier, seedRestaurant } from './support/world';

describe('couriers', () => {
  let h: DeliveryHarness;

  beforeAll(async () => {
    h = await DeliveryHarness.start({ config: { pingsPerSecond: 1, pingBurst: 3 } });
  });
  afterAll(() => h.stop());

  const register = async (role: 'COURIER' | 'CUSTOMER') => {
    const account = user(role);
    await h.publish('users.user.registered', {
      userId: account.userId,
      name: 'Someone',
      email: null,
      role,
      isGuest: false,
      createdAt: new Date().toISOString(),
    });
    await h.waitFor(
      async () => (await h.dataSource.query('SELECT 1 FROM user_snapshots WHERE id = $1', [account.userId])).length > 0,
      'the user',
    );
    return account;
  };

  it('lets an admin create a courier for a COURIER account only, once', async () => {
    const account = await register('COURIER');
    const input = { userId: account.userId, name: '  Carla Courier ', vehicle: 'SCOOTER' };
    expect(errorOf(await h.call(user('PARTNER'), CREATE_COURIER, { input }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await h.call({ kind: 'anonymous' }, CREATE_COURIER, { input }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    const customer = await register('CUSTOMER');
    expect(errorOf(await h.call(h.admin, CREATE_COURIER, { input: { ...input, userId: customer.userId } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.userId',
    });
    expect(errorOf(await h.call(h.admin, CREATE_COURIER, { input: { ...input, userId: uuidv7() } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.userId',
    });
    expect(errorOf(await h.call(h.admin, CREATE_COURIER, { input: { ...input, name: ' ' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.name',
    });

    const created = ok(await h.call<{ createCourier: CourierResult }>(h.admin, CREATE_COURIER, { input })).createCourier;
    expect(created).toMatchObject({
      name: 'Carla Courier',
      vehicle: 'SCOOTER',
      status: 'OFFLINE',
      user: { id: account.userId },
      location: null,
    });
    expect(errorOf(await h.call(h.admin, CREATE_COURIER, { input }))).toMatchObject({ code: 'CONFLICT' });
    expect(ok(await h.call<{ myCourierProfile: CourierResult }>(account, MY_PROFILE)).myCourierProfile.id).toBe(created.id);
    expect(ok(await h.call(customer, MY_PROFILE))).toEqual({ myCourierProfile: null });

    const updated = ok(
      await h.call<{ updateCourier: CourierResult }>(h.admin, UPDATE_COURIER, { id: created.id, name: 'Carla C.', vehicle: 'CAR' }),
    ).updateCourier;
    expect(updated).toMatchObject({ name: 'Carla C.', vehicle: 'CAR' });
    expect(errorOf(await h.call(account, UPDATE_COURIER, { id: created.id, name: 'Me' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await h.call(h.admin, UPDATE_COURIER, { id: uuidv7(), name: 'X' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await h.call(h.admin, UPDATE_COURIER, { id: created.id, name: 'x'.repeat(101) }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
    });
  });

  it('creates the courier of an account whose registration reaches delivery a moment after the call', async () => {
    const account = user('COURIER');
    const input = { userId: account.userId, name: 'Just Signed Up', vehicle: 'BICYCLE' };
    const creating = h.call<{ createCourier: CourierResult }>(h.admin, CREATE_COURIER, { input });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await h.publish('users.user.registered', {
      userId: account.userId,
      name: 'Just Signed Up',
      email: null,
      role: 'COURIER',
      isGuest: false,
      createdAt: new Date().toISOString(),
    });
    expect(ok(await creating).createCourier).toMatchObject({ name: 'Just Signed Up', user: { id: account.userId } });
  });

  it('lists couriers for admins by status, a page at a time', async () => {
    const a = await seedCourier(h, 'List A', { available: true });
    const b = await seedCourier(h, 'List B', { available: true });
    const available = ok(await h.call<{ couriers: { id: string }[] }>(h.admin, COURIERS, { status: 'AVAILABLE' })).couriers.map(
      (c) => c.id,
    );
    expect(available).toEqual(expect.arrayContaining([a.id, b.id]));
    const [firstPage] = ok(await h.call<{ couriers: { id: string }[] }>(h.admin, COURIERS, { status: 'AVAILABLE', first: 1 })).couriers;
    const next = ok(await h.call<{ couriers: { id: string }[] }>(h.admin, COURIERS, { status: 'AVAILABLE', after: firstPage.id })).couriers;
    expect(next.map((c) => c.id)).not.toContain(firstPage.id);
    expect(errorOf(await h.call(h.admin, COURIERS, { first: 0 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(errorOf(await h.call(h.admin, COURIERS, { after: 'nope' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(errorOf(await h.call(a.identity, COURIERS, {}))).toMatchObject({ code: 'FORBIDDEN' });
    for (const c of [a, b]) ok(await h.call(c.identity, SET_AVAILABILITY, { available: false }));
  });

  it('validates location reports and limits how often a courier may send them', async () => {
    const c = await seedCourier(h, 'Pinging Pia', { available: false });
    expect(errorOf(await h.call(c.identity, UPDATE_LOCATION, { location: { lat: 91, lng: 13 } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'location.lat',
    });
    expect(errorOf(await h.call(c.identity, UPDATE_LOCATION, { location: { lat: 52, lng: -180.5 } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'location.lng',
    });
    // A burst of three, then one per second.
    for (let i = 0; i < 3; i++) ok(await h.call(c.identity, UPDATE_LOCATION, { location: north(i) }));
    expect(errorOf(await h.call(c.identity, UPDATE_LOCATION, { location: north(9) }))).toMatchObject({ code: 'RATE_LIMITED' });
    await new Promise((r) => setTimeout(r, 1100));
    const profile = ok(
      await h.call<{ updateCourierLocation: CourierResult }>(c.identity, UPDATE_LOCATION, { location: north(10) }),
    ).updateCourierLocation;
    expect(profile.location?.lat).toBeCloseTo(north(10).lat, 8);
    expect(profile.lastSeenAt).not.toBeNull();
    // Others see the courier but not where they are.
    expect(errorOf(await h.call(user('CUSTOMER'), UPDATE_LOCATION, { location: north(0) }))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('deletes an idle courier, handing their open offer to someone else, but not one on a delivery', async () => {
    const venue = await seedRestaurant(h);
    const doomed = await seedCourier(h, 'Doomed Dan', { at: north(50) });
    const backup = await seedCourier(h, 'Backup Bea', { at: north(5000) });
    const order = await acceptedOrder(h, venue, north(-100));
    expect(await offeredTo(h, order.deliveryId)).toBe(doomed.id);
    expect(ok(await h.call(h.admin, DELETE_COURIER, { id: doomed.id }))).toEqual({ deleteCourier: true });
    await h.waitFor(async () => (await offeredTo(h, order.deliveryId)) === backup.id, 'the offer to move on');
    expect(ok(await h.call(doomed.identity, MY_PROFILE))).toEqual({ myCourierProfile: null });
    expect(errorOf(await h.call(h.admin, DELETE_COURIER, { id: doomed.id }))).toMatchObject({ code: 'NOT_FOUND' });

    ok(await h.call(backup.identity, ACCEPT, { id: order.deliveryId }));
    expect(errorOf(await h.call(h.admin, DELETE_COURIER, { id: backup.id }))).toMatchObject({ code: 'CONFLICT' });
  });
});
