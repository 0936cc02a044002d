import { dataOf, eventually, loginAdmin, signUp, type SignedIn, type TestSupergraph } from '@foodgraph/testing';

/** A point as GraphQL's `GeoPointInput` takes it. */
export interface LatLng {
  lat: number;
  lng: number;
}

/** A COURIER account with its courier profile. */
export interface TestCourier extends SignedIn {
  courierId: string;
  name: string;
}

/** A delivery as `DELIVERY_FIELDS` selects it. */
export interface TestDelivery {
  id: string;
  status: string;
  distanceMeters: number;
  assignedAt: string | null;
  pickedUpAt: string | null;
  deliveredAt: string | null;
  order: { id: string };
  courier: { id: string; name: string } | null;
}

export const DELIVERY_FIELDS = 'id status distanceMeters assignedAt pickedUpAt deliveredAt order { id } courier { id name }';

/** What a courier does with a delivery, as a courier app would send it. */
export const DELIVERY_OPS = {
  acceptDelivery: `mutation Accept($id: ID!) { acceptDelivery(deliveryId: $id) { ${DELIVERY_FIELDS} } }`,
  declineDelivery: `mutation Decline($id: ID!) { declineDelivery(deliveryId: $id) { ${DELIVERY_FIELDS} } }`,
  markPickedUp: `mutation PickUp($id: ID!) { markPickedUp(deliveryId: $id) { ${DELIVERY_FIELDS} } }`,
  markDelivered: `mutation DropOff($id: ID!) { markDelivered(deliveryId: $id) { ${DELIVERY_FIELDS} } }`,
} as const;

export type DeliveryOperation = keyof typeof DELIVERY_OPS;

/**
 * A COURIER account created by the admin, then its courier profile (`createCourier`). The
 * delivery subgraph learns of new users from users' events, so the profile is retried until
 * delivery knows the account.
 */
export async function createTestCourier(sg: TestSupergraph, name: string, vehicle = 'BICYCLE'): Promise<TestCourier> {
  const [account, admin] = await Promise.all([signUp(sg, 'COURIER', name), loginAdmin(sg)]);
  const created = await eventually(async () => {
    const r = await sg.query<{ createCourier: { id: string; name: string; status: string } }>(
      'mutation($input: CreateCourierInput!) { createCourier(input: $input) { id name status } }',
      { token: admin.token, variables: { input: { userId: account.id, name, vehicle } } },
    );
    return dataOf(r, `createCourier ${name}`).createCourier;
  }, 10_000);
  if (created.status !== 'OFFLINE') throw new Error(`a new courier should start OFFLINE, got ${created.status}`);
  return { ...account, courierId: created.id, name: created.name };
}

/** The courier reports where they are, then starts taking deliveries. */
export async function goOnline(sg: TestSupergraph, courier: TestCourier, at: LatLng): Promise<void> {
  dataOf(
    await sg.query('mutation($at: GeoPointInput!) { updateCourierLocation(location: $at) { id } }', {
      token: courier.token,
      variables: { at },
    }),
    `updateCourierLocation ${courier.name}`,
  );
  const r = await sg.query<{ setCourierAvailability: { status: string } }>(
    'mutation { setCourierAvailability(available: true) { status } }',
    { token: courier.token },
  );
  const status = dataOf(r, `setCourierAvailability ${courier.name}`).setCourierAvailability.status;
  if (status !== 'AVAILABLE') throw new Error(`${courier.name} should be AVAILABLE, is ${status}`);
}

/** The couriers stop taking deliveries, so later scenarios of the same stack do not reach them. */
export async function goOffline(sg: TestSupergraph, ...couriers: TestCourier[]): Promise<void> {
  for (const courier of couriers)
    dataOf(
      await sg.query('mutation { setCourierAvailability(available: false) { status } }', { token: courier.token }),
      `going offline ${courier.name}`,
    );
}

/** The courier's own profile: status and the delivery offered to them right now, if any. */
export async function courierView(
  sg: TestSupergraph,
  courier: TestCourier,
): Promise<{ status: string; offeredDelivery: TestDelivery | null }> {
  const r = await sg.query<{ myCourierProfile: { status: string; offeredDelivery: TestDelivery | null } }>(
    `query { myCourierProfile { status offeredDelivery { ${DELIVERY_FIELDS} } } }`,
    { token: courier.token },
  );
  return dataOf(r, `myCourierProfile ${courier.name}`).myCourierProfile;
}

/** Waits until `orderId`'s delivery is offered to `courier` and returns it. */
export function waitForOffer(sg: TestSupergraph, courier: TestCourier, orderId: string, timeoutMs = 10_000): Promise<TestDelivery> {
  return eventually(async () => {
    const offered = (await courierView(sg, courier)).offeredDelivery;
    if (offered?.order.id !== orderId)
      throw new Error(`${courier.name} has no offer for order ${orderId} (offered: ${offered?.order.id ?? 'none'})`);
    return offered;
  }, timeoutMs);
}

/** Runs a delivery mutation as `courier`; the raw result, errors included. */
export function deliveryMutation(sg: TestSupergraph, courier: SignedIn, operation: DeliveryOperation, deliveryId: string) {
  return sg.query<Record<string, TestDelivery>>(DELIVERY_OPS[operation], { token: courier.token, variables: { id: deliveryId } });
}

/** The delivery a successful delivery mutation answered with. */
export async function deliveryStep(sg: TestSupergraph, courier: TestCourier, operation: DeliveryOperation, deliveryId: string) {
  const delivery = dataOf(await deliveryMutation(sg, courier, operation, deliveryId), `${operation} by ${courier.name}`)[operation];
  if (!delivery) throw new Error(`${operation} answered no delivery`);
  return delivery;
}
