import { ORDER_FIELDS as SUPERGRAPH_ORDER_FIELDS, type TestOrder } from '@foodgraph/testing';

export {
  ok,
  errorOf,
  type TestMoney as MoneyResult,
  type TestOrderLine as OrderLineResult,
  type TestStatusChange as StatusChangeResult,
} from '@foodgraph/testing';

/** Everything of an order a test may look at: the supergraph tests' selection and the delivery address. */
export const ORDER_FIELDS = `${SUPERGRAPH_ORDER_FIELDS}
  deliveryAddress { line1 line2 city postalCode location { lat lng } }`;

/** GraphQL documents the tests send, written as a client would. */
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

/** An order as ORDER_FIELDS selects it. */
export interface OrderResult extends TestOrder {
  deliveryAddress: { line1: string; line2: string | null; city: string; postalCode: string; location: { lat: number; lng: number } | null };
}
export interface OrderPageResult {
  edges: { cursor: string; node: { id: string; number: string; status: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export const UPDATE_LINES = `mutation ($orderId: ID!, $lines: [OrderLineInput!]!) { updateOrderLines(orderId: $orderId, lines: $lines) { ${ORDER_FIELDS} } }`;
