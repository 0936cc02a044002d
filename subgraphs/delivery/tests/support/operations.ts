export { ok, errorOf } from '@foodgraph/testing';

/** GraphQL documents the tests send, written as a client would. */
export const COURIER_FIELDS = `id name vehicle status user { id } location { lat lng } lastSeenAt
  activeDelivery { id status } offeredDelivery { id status }`;
export const DELIVERY_FIELDS = `id status distanceMeters etaMinutes createdAt assignedAt pickedUpAt deliveredAt
  order { id } courier { id name status location { lat lng } }
  pickup { line1 city location { lat lng } } dropoff { line1 city location { lat lng } }
  track(last: 10) { location { lat lng } at }`;

export const CREATE_COURIER = `mutation ($input: CreateCourierInput!) { createCourier(input: $input) { ${COURIER_FIELDS} } }`;
export const UPDATE_COURIER = `mutation ($id: ID!, $name: String, $vehicle: VehicleType) { updateCourier(id: $id, name: $name, vehicle: $vehicle) { ${COURIER_FIELDS} } }`;
export const DELETE_COURIER = `mutation ($id: ID!) { deleteCourier(id: $id) }`;
export const SET_AVAILABILITY = `mutation ($available: Boolean!) { setCourierAvailability(available: $available) { ${COURIER_FIELDS} } }`;
export const UPDATE_LOCATION = `mutation ($location: GeoPointInput!) { updateCourierLocation(location: $location) { ${COURIER_FIELDS} } }`;
export const COURIERS = `query ($status: CourierStatus, $first: Int, $after: String) { couriers(status: $status, first: $first, after: $after) { id name status } }`;
export const MY_PROFILE = `query { myCourierProfile { ${COURIER_FIELDS} } }`;
export const DELIVERY = `query ($id: ID!) { delivery(id: $id) { ${DELIVERY_FIELDS} } }`;
export const ACCEPT = `mutation ($id: ID!) { acceptDelivery(deliveryId: $id) { ${DELIVERY_FIELDS} } }`;
export const DECLINE = `mutation ($id: ID!) { declineDelivery(deliveryId: $id) { id status } }`;
export const PICKED_UP = `mutation ($id: ID!) { markPickedUp(deliveryId: $id) { ${DELIVERY_FIELDS} } }`;
export const DELIVERED = `mutation ($id: ID!) { markDelivered(deliveryId: $id) { ${DELIVERY_FIELDS} } }`;
export const EARNINGS = `query ($id: ID!, $from: DateTime!, $to: DateTime!) { _entities(representations: [{ __typename: "Courier", id: $id }]) {
  ... on Courier { earnings(from: $from, to: $to) { deliveries basePay { amount currency } bonus { amount currency } total { amount currency }
    bonusLines { rule description amount { amount currency } } } } } }`;
export const ENTITIES = `query ($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on User { id courierProfile { id name } }
  ... on Order { id delivery { id status courier { id } } }
  ... on Courier { id name vehicle }
  ... on Delivery { id status }
} }`;

export interface GeoResult {
  lat: number;
  lng: number;
}
export interface CourierResult {
  id: string;
  name: string;
  vehicle: string;
  status: string;
  user: { id: string };
  location: GeoResult | null;
  lastSeenAt: string | null;
  activeDelivery: { id: string; status: string } | null;
  offeredDelivery: { id: string; status: string } | null;
}
export interface DeliveryResult {
  id: string;
  status: string;
  distanceMeters: number;
  etaMinutes: number | null;
  createdAt: string;
  assignedAt: string | null;
  pickedUpAt: string | null;
  deliveredAt: string | null;
  order: { id: string };
  courier: { id: string; name: string; status: string; location: GeoResult | null } | null;
  pickup: { line1: string; city: string; location: GeoResult | null };
  dropoff: { line1: string; city: string; location: GeoResult | null };
  track: { location: GeoResult; at: string }[];
}
