export { ok, errorOf } from '@foodgraph/testing';

/** GraphQL documents the tests send, written as a client would. */
export const ORDER_FIELDS = `
  id number status statusReason notes estimatedReadyAt placedAt updatedAt
  customer { id } restaurant { id }
  subtotal { amount currency } deliveryFee { amount currency } total { amount currency }
  lines { id menuItem { id } name unitPrice { amount currency } quantity notes lineTotal { amount currency } status }
  history { status at actor { id } reason }
  payment { method status amount { amount currency } qrCode providerReference paidAt refundedAt }
  deliveryAddress { line1 line2 city postalCode location { lat lng } }`;

export const PLACE_ORDER = `mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { ${ORDER_FIELDS} } }`;
export const ORDER = `query ($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`;
export const MY_ORDERS = `query ($first: Int, $after: String) { myOrders(first: $first, after: $after) { edges { cursor node { id number status } } pageInfo { hasNextPage endCursor } } }`;
export const KITCHEN = `query ($restaurantId: ID!) { kitchenQueue(restaurantId: $restaurantId) { id number status lines { id status } } }`;
export const CANCEL = `mutation ($orderId: ID!, $reason: String) { cancelOrder(orderId: $orderId, reason: $reason) { ${ORDER_FIELDS} } }`;
export const CONFIRM = `mutation ($orderId: ID!) { confirmSandboxPayment(orderId: $orderId) { ${ORDER_FIELDS} } }`;
export const ACCEPT = `mutation ($orderId: ID!, $prepMinutes: Int!) { acceptOrder(orderId: $orderId, prepMinutes: $prepMinutes) { ${ORDER_FIELDS} } }`;
export const REJECT = `mutation ($orderId: ID!, $reason: String!) { rejectOrder(orderId: $orderId, reason: $reason) { ${ORDER_FIELDS} } }`;
export const START_PREPARING = `mutation ($orderId: ID!) { startPreparing(orderId: $orderId) { ${ORDER_FIELDS} } }`;
export const SET_LINE = `mutation ($orderId: ID!, $lineId: ID!, $status: LineStatus!) { setLineStatus(orderId: $orderId, lineId: $lineId, status: $status) { ${ORDER_FIELDS} } }`;
export const READY = `mutation ($orderId: ID!) { markOrderReady(orderId: $orderId) { ${ORDER_FIELDS} } }`;
export const ENTITIES = `query ($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on User { id orders(first: 10) { edges { node { id } } } }
  ... on Restaurant { id orders(status: [PLACED, ACCEPTED], first: 10) { edges { node { id status } } } }
  ... on Order { id number }
} }`;

export interface MoneyResult {
  amount: number;
  currency: string;
}
export interface OrderLineResult {
  id: string;
  menuItem: { id: string };
  name: string;
  unitPrice: MoneyResult;
  quantity: number;
  notes: string | null;
  lineTotal: MoneyResult;
  status: string;
}
export interface StatusChangeResult {
  status: string;
  at: string;
  actor: { id: string } | null;
  reason: string | null;
}
/** An order as ORDER_FIELDS selects it. */
export interface OrderResult {
  id: string;
  number: string;
  status: string;
  statusReason: string | null;
  notes: string | null;
  estimatedReadyAt: string | null;
  placedAt: string;
  updatedAt: string;
  customer: { id: string };
  restaurant: { id: string };
  subtotal: MoneyResult;
  deliveryFee: MoneyResult;
  total: MoneyResult;
  lines: OrderLineResult[];
  history: StatusChangeResult[];
  payment: {
    method: string;
    status: string;
    amount: MoneyResult;
    qrCode: string | null;
    providerReference: string | null;
    paidAt: string | null;
    refundedAt: string | null;
  };
  deliveryAddress: { line1: string; line2: string | null; city: string; postalCode: string; location: { lat: number; lng: number } | null };
}
export interface OrderPageResult {
  edges: { cursor: string; node: { id: string; number: string; status: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export const UPDATE_LINES = `mutation ($orderId: ID!, $lines: [OrderLineInput!]!) { updateOrderLines(orderId: $orderId, lines: $lines) { ${ORDER_FIELDS} } }`;
